// The subject written before a cue, looking past what stands between them: a parenthetical adverb
// (`Trump, however, said`), appositions set off by commas or dashes (`Jane Roe, a professor…,
// said`), a quoted title inside one, a date adjunct or a modifier.
import type { FunctionWords, Locale } from '../../locales/locale.js';
import type { Document, Token } from '../document/document.js';
import type { Cue } from '../cues/cues.js';
import { adjectiveModifiedSubject } from './adjective-modified-subjects.js';
import { APPOSITION_DASHES, phrasePunctuation } from '../document/punctuation.js';
import { mention, type SourceMention } from './source-mention.js';
import { isNameAfterQuotation, isNominalAt, isPossessiveMarker } from './nominal-words.js';
import { inQuotedNickname } from './quoted-nicknames.js';
import { skipBack } from './verb-group.js';
import { opensSubordinateClause, startsClause } from './clause-openings.js';
import { phraseEndingAt } from './source-noun-phrases.js';
import { beforeDateAdjunct } from './date-adjuncts.js';
import { commaInsideClosingMarks, quotedTitleOpening } from './quoted-titles.js';
import { opensInterjection } from './interjections.js';
import { MAX_APPOSITION } from './source-appositions.js';
import { participleModified, subjectBeforeModifier } from './modified-subjects.js';
import { continuesAside, opensLongAside } from './nested-asides.js';
import { nonSpaceAfter } from '../document/non-space-tokens.js';
import { isNoun } from '../document/nouns.js';
import { coordinatedSubject } from './coordinated-subjects.js';
import { hedgedSubject } from './hedged-subjects.js';
import { leavesAsideOut } from './left-out-asides.js';
import { relativeModifiedSubject } from './relative-modified-subjects.js';
import { isPassiveCue } from '../cues/passive.js';

/** Tokens looked back over from a cue for a subject with its apposition or relative clause (`Rich
 *  Heffley, a top operative who played a major role in…, said`). */
const MAX_SUBJECT_APPOSITION = 45;

/** Whether a token may open an apposition after `Name,`. */
function fitsApposition(t: Token, words: FunctionWords): boolean {
  // `Hicks, his campaign spokeswoman, added`: a possessive opens an apposition too.
  return t.pos === 'DET' || t.pos === 'ADJ' || isNoun(t) || t.pos === 'NUM' || words.personRelatives.has(t.lemma) || words.possessivePronouns.has(t.lemma);
}

/** `Sperling, then 38, said`, `Lewandowski, now a CNN commentator, said`: an adverb of time
 *  before the words of an apposition opens one too. */
function opensApposition(tokens: Token[], k: number, words: FunctionWords): boolean {
  const t = tokens[k]!;
  if (fitsApposition(t, words)) return true;
  const next = nonSpaceAfter(tokens, k);
  return t.pos === 'ADV' && words.appositionAdverbs.has(t.lemma) && next !== undefined && fitsApposition(next, words);
}

/** `Democrats — and some Republicans — say`, `Many speakers — including Muslims — said`: an
 *  aside between dashes that adds others to the subject, which PolNeAR keeps in the source. */
function opensAddition(tokens: Token[], k: number, words: FunctionWords): boolean {
  const t = tokens[k]!;
  if (!words.additiveCoordinators.has(t.lemma) && !words.inclusionWords.has(t.lemma)) return false;
  const next = nonSpaceAfter(tokens, k);
  return next !== undefined && fitsApposition(next, words);
}

/** `Jason Sims — a teacher from Mount Pleasant — says`: the name before an apposition between
 *  dashes, the closing dash at token `close`; the whole subject as written, or null. */
function dashedSubject(doc: Document, close: number, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  for (let j = close - 1; j >= floor && close - j <= MAX_APPOSITION; j--) {
    const a = tokens[j]!;
    if (APPOSITION_DASHES.has(a.text)) {
      if (j === close - 1 || !(fitsApposition(tokens[j + 1]!, locale.words) || opensAddition(tokens, j + 1, locale.words))) return null;
      const named = phraseEndingAt(doc, j - 1, floor, locale);
      return named && named.last === j - 1 && startsClause(tokens, named.first, floor) ? mention(tokens, named.first, close) : null;
    }
    if (a.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(a.text)) return null;
  }
  return null;
}

/** The subject before a cue; looks past appositions set off by commas (`Jane Roe, a professor…, said`). */
export function sourceBefore(doc: Document, cue: Cue, floor: number, locale: Locale): SourceMention | null {
  const { tokens } = doc;
  const dated = skipBack(tokens, cue.first - 1, floor, locale.words);
  /** The last token of the subject as written: the closing marks after a comma kept inside them. */
  const written = beforeDateAdjunct(tokens, dated, floor, locale);
  const k = commaInsideClosingMarks(tokens, written, floor, locale);
  if (k < floor) return null;
  const t = tokens[k]!;
  if (t.text === ',' && (tokens[k - 1]?.pos === 'ADV' || tokens[k - 1]?.pos === 'SCONJ') && tokens[k - 2]?.text === ',' && k - 3 >= floor) {
    // `Trump, however, said`, `Murphy, though, said`: a parenthetical adverb between commas.
    return phraseEndingAt(doc, k - 3, floor, locale);
  }
  if (APPOSITION_DASHES.has(t.text)) return dashedSubject(doc, k, floor, locale);
  if (t.text === ',') {
    // Each comma going back may open an apposition; the outermost name that opens its clause is the
    // subject: `Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said`.
    let innermost = -1;
    /** The last comma inside a longer aside walked past, or -1. */
    let inner = -1;
    let subject: SourceMention | null = null;
    for (let j = k - 1; j >= floor && k - j <= MAX_SUBJECT_APPOSITION; j--) {
      const a = tokens[j]!;
      // `Bill Eastland, wearing “Ted Cruz” campaign pins, said`: a title quoted inside the apposition.
      // Not once a subject is found: a quotation before it is the statement it attributes.
      const quoted = subject === null ? quotedTitleOpening(tokens, j, floor, locale) : -1;
      if (quoted >= 0) { j = quoted; continue; }
      if (a.pos === 'PUNCT' && !phrasePunctuation(locale.apostrophes).has(a.text) && !inQuotedNickname(tokens, j) && !inQuotedNickname(tokens, j + 2)) break;
      if (a.text !== ',') continue;
      // `the spokesman, Josh/VERB Earnest, said`: a name the tagger misread opens an apposition too.
      const apposition = opensApposition(tokens, j + 1, locale.words) || isNominalAt(tokens, j + 1, locale);
      if (!apposition && !opensInterjection(tokens[j + 1]!, locale.words, nonSpaceAfter(tokens, j + 1))) {
        // `…for population, refugees, and migration, said`: a comma inside a longer aside.
        if (subject === null && continuesAside(tokens, j, locale)) { inner = j; continue; }
        break;
      }
      if (apposition && innermost < 0 && inner < 0) innermost = j;
      const head = tokens[j - 1];
      // `Stephens, who, after trading insults…, said`: a relative pronoun before a parenthetical is
      // the subject, standing alone as it does right before a cue.
      if (!apposition && innermost < 0 && head !== undefined && j - 1 >= floor && head.pos === 'PRON' && locale.words.subjectRelatives.has(head.lemma)) return mention(tokens, j - 1, j - 1);
      // `Oliver Hedge/VERB, who…, said`: so does a misread name ending the subject.
      // `Mrs. Clinton herself, as well as her campaign, has`: a reflexive stressing the name ends it.
      const headFits = head !== undefined && j - 1 >= floor && (isNoun(head) || head.text === ')' || isNominalAt(tokens, j - 1, locale)
        || (head.pos === 'PRON' && locale.words.intensiveReflexives.has(head.lemma)));
      // `“…,” Blunt/VERB, after a long pause, said`: a misread name attributing the quotation.
      const misreadName = !headFits && !apposition && isNameAfterQuotation(tokens, j - 1, locale);
      const named = headFits ? phraseEndingAt(doc, j - 1, floor, locale) : misreadName ? mention(tokens, j - 1, j - 1) : null;
      // PolNeAR's source is the whole subject as written, apposition and closing comma included:
      // `Brian Fallon, the campaign’s press secretary, said`.
      const carried = inner < 0 || opensLongAside(tokens, j, locale, apposition);
      if (named && carried && (startsClause(tokens, named.first, floor) || opensSubordinateClause(tokens, named.first, floor, locale))) {
        subject = leavesAsideOut(tokens, j, locale) ? named : mention(tokens, named.first, Math.max(k, written));
      }
    }
    if (subject) return subject;
    if (innermost < 0) return null;
    // `After winning Ohio in the primary, Gov. John Kasich (R-OH), said`: the phrase before the
    // first comma is an adjunct, so the subject is what stands between the commas.
    const between = phraseEndingAt(doc, k - 1, innermost + 1, locale);
    return between && between.first === innermost + 1 ? between : null;
  }
  const modified = k < dated ? participleModified(doc, k, dated, floor, locale) : null;
  if (modified) return modified;
  const postposed = k === dated ? adjectiveModifiedSubject(doc, k, floor, locale) : null;
  if (postposed) return postposed;
  const last = phraseEndingAt(doc, k, floor, locale, cue);
  const coordinated = last ? coordinatedSubject(doc, last, floor, locale) ?? last : null;
  const named = coordinated ? hedgedSubject(doc, coordinated, floor, locale) ?? coordinated : null;
  // `Trump’s claim`: a possessor owning the cue is its whole source.
  const owned = isPossessiveMarker(tokens[cue.first]!, locale.words);
  if (!named || owned || startsClause(tokens, named.first, floor)) return named;
  // `Officials … who made statements of support were mocked`: a passive's subject is no speaker,
  // whatever modifies it.
  const relative = isPassiveCue(tokens, cue.first, cue.verb, locale.words) ? null : relativeModifiedSubject(doc, named, floor, locale);
  return relative ?? subjectBeforeModifier(doc, named, floor, locale) ?? named;
}
