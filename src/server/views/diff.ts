// A word diff rendered for people: insertions in <ins>, deletions in <del>, each escaped.
import type { DiffPart } from '../../corpus/store.js';
import { html, type Html } from '../html.js';

export function renderDiff(parts: DiffPart[]): Html {
  return html`${parts.map((p) =>
    p.op === 'insert' ? html`<ins>${p.text}</ins>` : p.op === 'delete' ? html`<del>${p.text}</del>` : html`${p.text}`,
  )}`;
}
