// `/quotes/:id`: the provenance of one quotation — where it was first seen, every outlet and date
// that reported it, each distinct wording as a word diff against the first, and a warning when
// the same words were given to more than one speaker.
import { Hono } from 'hono';
import type { Appearance, ClusterDetail, Store } from '../../corpus/store.js';
import { html } from '../html.js';
import { links } from '../links.js';
import { formatDate, layout, plural } from '../views/layout.js';
import { renderDiff } from '../views/diff.js';
import { speakerColourClass } from '../views/palette.js';
import { notFoundPage } from './not-found.js';
import { cueTypeLabel } from '../views/cue-type-labels.js';

type Wording = { text: string; first: Appearance; appearances: Appearance[] };

/** Appearances grouped by their exact wording, in order of first appearance. */
function wordings(cluster: ClusterDetail): Wording[] {
  const byText = new Map<string, Wording>();
  for (const a of cluster.appearances) {
    const w = byText.get(a.text);
    if (w) w.appearances.push(a);
    else byText.set(a.text, { text: a.text, first: a, appearances: [a] });
  }
  return [...byText.values()];
}

function speakerLink(name: string | null) {
  return name ? html`<a href="${links.speaker(name)}">${name}</a>` : html`<em>unattributed</em>`;
}

export function quotePage(store: Store): Hono {
  return new Hono().get('/quotes/:id{.+}', async (c) => {
    const cluster = await store.getCluster(c.req.param('id'));
    if (!cluster) return c.html(notFoundPage('quotation'), 404);
    const variants = wordings(cluster);
    const conflict = cluster.speakers.length > 1;
    const first = cluster.firstSeen;
    const outlets = new Set(cluster.appearances.map((a) => a.outlet ?? 'unknown outlet'));
    return c.html(layout({ title: `“${cluster.text.slice(0, 60)}”` }, html`
<h1 class="visually-hidden">Quotation provenance</h1>
<blockquote class="canonical ${speakerColourClass(cluster.speaker)}"><p>${cluster.text}</p></blockquote>
<p class="byline">${speakerLink(cluster.speaker)} · first seen in <a href="${links.article(first.article)}">${first.title ?? first.outlet ?? first.article}</a>${
      first.outlet ? html` (${first.outlet})` : ''
    }, <time datetime="${first.published ?? ''}">${formatDate(first.published)}</time></p>
<p class="meta">${plural(cluster.appearances.length, 'appearance')} in ${plural(outlets.size, 'outlet')} · ${plural(variants.length, 'wording')}</p>
${conflict ? html`<section class="conflict" role="note" aria-labelledby="conflict-title">
<h2 id="conflict-title">Conflicting attributions</h2>
<p>These words were attributed to ${plural(cluster.speakers.length, 'different speaker')}:</p>
<ul>${cluster.speakers.map((s) => html`<li>${speakerLink(s.name)} — ${plural(s.count, 'time')}</li>`)}</ul>
</section>` : ''}
<section aria-labelledby="variants-title"><h2 id="variants-title">Wordings</h2>
<p class="muted">Each wording compared word by word with the first seen: <ins>added</ins>, <del>left out</del>.</p>
<ol class="variants">${variants.map((w, i) => html`<li class="variant">
<p class="diff">${i === 0 ? html`${w.text}` : renderDiff(w.first.diff)}</p>
<p class="meta">${i === 0 ? 'First wording · ' : ''}${w.appearances.map((a, j) => html`${j ? ', ' : ''}<a href="${links.article(a.article)}">${a.outlet ?? a.title ?? a.article}</a>`)}</p>
</li>`)}</ol>
</section>
<section aria-labelledby="timeline-title"><h2 id="timeline-title">Every appearance</h2>
<div class="table-wrap"><table class="appearances">
<thead><tr><th scope="col">Date</th><th scope="col">Outlet</th><th scope="col">Article</th><th scope="col">Attributed to</th><th scope="col">Type</th><th scope="col">Wording</th></tr></thead>
<tbody>${cluster.appearances.map((a) => html`<tr>
<td><time datetime="${a.published ?? ''}">${formatDate(a.published)}</time></td>
<td>${a.outlet ?? '—'}</td>
<td><a href="${links.article(a.article)}">${a.title ?? a.article}</a></td>
<td>${speakerLink(a.speaker)}${conflict && a.speaker && a.speaker !== cluster.speaker ? html` <span class="flag">conflict</span>` : ''}</td>
<td class="cue-type">${cueTypeLabel(a.cueType)}</td>
<td class="diff">${renderDiff(a.diff)}</td>
</tr>`)}</tbody>
</table></div>
</section>`));
  });
}
