// Token features for the attribution tagger, read from the Document the rest of the core already
// built (no second tokenisation). Features are strings (`w=said`, `p-1=PROPN`); the perceptron maps
// them to weight rows. Static features depend only on the text; history features add the tags
// already decided to their left. One pass over the tokens plus one per sentence: linear.
import type { CueEntry, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document.js';

/** What the history features of one position need from its static context. */
export type TokenContext = { word: string; pos: string; leftCue: string; quote: string };

/** The tagged positions of a document (its non-space tokens) and their static features. */
export type FeatureSequence = {
  /** Document token index of each position. */
  tokens: number[];
  features: string[][];
  contexts: TokenContext[];
};

type CueMatch = { entry: CueEntry; length: number };
type Phrase = { words: string[]; entry: CueEntry };

const phraseTables = new WeakMap<CueEntry[], Map<string, Phrase[]>>();

/** Cue forms keyed by their first word, longest phrase first. */
function phraseTable(cues: CueEntry[]): Map<string, Phrase[]> {
  let table = phraseTables.get(cues);
  if (table) return table;
  table = new Map();
  for (const entry of cues) {
    for (const form of entry.forms) {
      const words = form.toLowerCase().split(' ');
      const list = table.get(words[0]!) ?? [];
      list.push({ words, entry });
      table.set(words[0]!, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  phraseTables.set(cues, table);
  return table;
}

const OPENING_MARKS = new Set(['“', '«', '„', '‘']);
const CLOSING_MARKS = new Set(['”', '»']);

function shapeOf(text: string): string {
  let shape = '';
  for (const ch of text) {
    let c: string;
    if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'x';
    else c = ch;
    if (shape[shape.length - 1] !== c) shape += c;
    if (shape.length >= 4) break;
  }
  return shape;
}

function bucket(distance: number): string {
  if (distance <= 3) return String(distance);
  if (distance <= 6) return '4-6';
  if (distance <= 10) return '7-10';
  if (distance <= 20) return '11-20';
  return '20+';
}

/** Static features of every non-space token. */
export function extractFeatures(doc: Document, locale: Pick<Locale, 'cues'>): FeatureSequence {
  const docTokens = doc.tokens;
  const positions: number[] = [];
  for (const t of docTokens) if (t.pos !== 'SPACE') positions.push(t.i);
  const n = positions.length;
  const toks: Token[] = positions.map((i) => docTokens[i]!);
  const words = toks.map((t) => t.text.toLowerCase());

  // Cue-lexicon matches, longest phrase first.
  const table = phraseTable(locale.cues ?? []);
  const cueAt: Array<CueMatch | null> = new Array(n).fill(null);
  const cueInside = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const list = table.get(words[k]!);
    if (!list) continue;
    for (const phrase of list) {
      let ok = k + phrase.words.length <= n;
      for (let j = 1; ok && j < phrase.words.length; j++) ok = words[k + j] === phrase.words[j];
      if (!ok) continue;
      cueAt[k] = { entry: phrase.entry, length: phrase.words.length };
      for (let j = 1; j < phrase.words.length; j++) cueInside[k + j] = 1;
      break;
    }
  }

  // Quotation state per paragraph: straight double quotes toggle, curly ones open or close.
  const quote: string[] = new Array(n);
  let open = false;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (k > 0 && toks[k - 1]!.paragraph !== t.paragraph) open = false;
    const text = t.text;
    if (text === '"') {
      quote[k] = open ? 'close' : 'open';
      open = !open;
    } else if (OPENING_MARKS.has(text)) {
      quote[k] = 'open';
      open = true;
    } else if (CLOSING_MARKS.has(text)) {
      quote[k] = 'close';
      open = false;
    } else quote[k] = open ? 'in' : 'out';
  }

  // Nearest cue to the left and right within the sentence.
  const leftCue: string[] = new Array(n).fill('none');
  const leftThat = new Uint8Array(n);
  const rightCue: string[] = new Array(n).fill('none');
  let sentenceStart = 0;
  for (let k = 0; k <= n; k++) {
    if (k < n && (k === 0 || toks[k]!.sentence === toks[k - 1]!.sentence)) continue;
    // [sentenceStart, k) is one sentence.
    let last = -1;
    let lastFrame = '';
    let sawThat = false;
    for (let j = sentenceStart; j < k; j++) {
      if (last >= 0) {
        leftCue[j] = `${bucket(j - last)}|${lastFrame}`;
        leftThat[j] = sawThat ? 1 : 0;
        if (words[j] === 'that') sawThat = true;
      }
      const cue = cueAt[j];
      if (cue) { last = j + cue.length - 1; lastFrame = cue.entry.frame ?? 'clause'; sawThat = false; j = last; }
    }
    let next = -1;
    let nextFrame = '';
    for (let j = k - 1; j >= sentenceStart; j--) {
      if (next >= 0 && j < next) rightCue[j] = `${bucket(next - j)}|${nextFrame}`;
      const cue = cueAt[j];
      if (cue) { next = j; nextFrame = cue.entry.frame ?? 'clause'; }
    }
    sentenceStart = k;
  }

  const features: string[][] = new Array(n);
  const contexts: TokenContext[] = new Array(n);
  const sentenceFirst = (k: number) => k === 0 || toks[k - 1]!.sentence !== toks[k]!.sentence;
  const sentenceLast = (k: number) => k === n - 1 || toks[k + 1]!.sentence !== toks[k]!.sentence;
  let position = 0;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    position = sentenceFirst(k) ? 0 : position + 1;
    const w = words[k]!;
    const pos = t.pos;
    const w1 = k > 0 ? words[k - 1]! : '<s>';
    const w2 = k > 1 ? words[k - 2]! : '<s>';
    const n1 = k + 1 < n ? words[k + 1]! : '</s>';
    const n2 = k + 2 < n ? words[k + 2]! : '</s>';
    const p1 = k > 0 ? toks[k - 1]!.pos : '<s>';
    const p2 = k > 1 ? toks[k - 2]!.pos : '<s>';
    const q1 = k + 1 < n ? toks[k + 1]!.pos : '</s>';
    const q2 = k + 2 < n ? toks[k + 2]!.pos : '</s>';
    const cue = cueAt[k];
    const cueFeature = cue ? `${cue.entry.type}|${cue.entry.frame ?? 'clause'}` : cueInside[k] ? 'inside' : 'no';
    const f: string[] = [
      'b',
      `w=${w}`,
      `l=${t.lemma}`,
      `p=${pos}`,
      `s=${shapeOf(t.text)}`,
      `x=${w.slice(-3)}`,
      `w-1=${w1}`,
      `w+1=${n1}`,
      `w-2=${w2}`,
      `w+2=${n2}`,
      `p-1=${p1}`,
      `p+1=${q1}`,
      `p-2=${p2}`,
      `p+2=${q2}`,
      `pp=${p1}|${pos}`,
      `pn=${pos}|${q1}`,
      `ppp=${p2}|${p1}|${pos}`,
      `ww=${w1}|${w}`,
      `c=${cueFeature}`,
      `q=${quote[k]}`,
      `qp=${quote[k]}|${pos}`,
      `L=${leftCue[k]}`,
      `Lt=${leftThat[k]}|${leftCue[k]}`,
      `Lp=${leftCue[k]}|${pos}`,
      `R=${rightCue[k]}`,
      `Rp=${rightCue[k]}|${pos}`,
      `LR=${leftCue[k] === 'none' ? 0 : 1}${rightCue[k] === 'none' ? 0 : 1}`,
      `ps=${bucket(position)}`,
      `c-1=${k > 0 && cueAt[k - 1] ? 'cue' : 'no'}|${pos}`,
      `c+1=${k + 1 < n && cueAt[k + 1] ? 'cue' : 'no'}|${pos}`,
    ];
    if (cue) f.push(`cl=${cue.entry.lemma}`);
    if (sentenceFirst(k)) f.push('sf');
    if (sentenceLast(k)) f.push('sl');
    features[k] = f;
    contexts[k] = { word: w, pos, leftCue: leftCue[k]!, quote: quote[k]! };
  }
  return { tokens: positions, features, contexts };
}

/** Features of the tags already decided to the left of a position. */
export function historyFeatures(previous: string, beforePrevious: string, context: TokenContext): string[] {
  return [
    `T1=${previous}`,
    `T2=${beforePrevious}|${previous}`,
    `T1w=${previous}|${context.word}`,
    `T1p=${previous}|${context.pos}`,
    `T1L=${previous}|${context.leftCue}`,
    `T1q=${previous}|${context.quote}`,
  ];
}
