// A small realistic corpus for store and CLI tests: one statement by a minister travelling through
// four outlets in four wordings (exact, elided, with an editorial insertion, truncated), a fragment
// of it quoted later, a near-miss by another politician, a misattribution, and two Smiths.
import { buildExtraction } from './article-builder.js';
import type { ArticleInput } from '../../src/corpus/store.js';
import type { Extraction } from '../../src/types.js';

export type CorpusArticle = { input: ArticleInput; extraction: Extraction };

function article(id: string, outlet: string, published: string, title: string, text: string, spec: Parameters<typeof buildExtraction>[1]): CorpusArticle {
  return {
    input: { id, outlet, published, title, text, origin: `${id}.txt` },
    extraction: buildExtraction(text, { ...spec, outlet, published, title }),
  };
}

const ORIGINAL = 'We will not raise taxes on working families, not this year, not next year, not while I am chancellor';

export const newsCorpus: CorpusArticle[] = [
  // Ingested first but published second: first seen must still be the Herald's earlier article.
  article('tribune-1', 'The Tribune', '2024-03-02T09:00:00Z', 'Chancellor rules out tax rises',
    `Chancellor Rachel Hughes, speaking in Leeds, said: “We will not raise taxes on working families … not while I am chancellor.” Opposition figures called the pledge empty.`,
    { people: [{ name: 'Rachel Hughes', descriptions: ['the chancellor'] }], quotes: [{ content: '“We will not raise taxes on working families … not while I am chancellor.”', by: 'Rachel Hughes', cue: 'said' }] }),
  article('herald-1', 'Daily Herald', '2024-03-01T18:30:00Z', 'Hughes: no tax rises for families',
    `The chancellor, Rachel Hughes, told the conference: "${ORIGINAL}." She did not say how the spending plans would be funded.`,
    { people: [{ name: 'Rachel Hughes', descriptions: ['The chancellor'] }], quotes: [{ content: `"${ORIGINAL}."`, by: 'Rachel Hughes', cue: 'told' }] }),
  article('courier-1', 'Evening Courier', '2024-03-02T12:00:00Z', 'Tax pledge repeated',
    `"We will not raise taxes on working families, not this year, not next year, not while I am chancellor," Rachel Hughes said on Friday.\n\nHughes, the chancellor, repeated the pledge at a second event.`,
    { people: [{ name: 'Rachel Hughes', aliases: ['Hughes'], descriptions: ['the chancellor'] }], quotes: [{ content: `"We will not raise taxes on working families, not this year, not next year, not while I am chancellor,"`, by: 'Rachel Hughes', cue: 'said' }] }),
  article('gazette-1', 'The Gazette', '2024-03-03T08:00:00Z', 'Hughes pledge questioned',
    `“We will not raise taxes on working families [in the north], not this year, not next year,” Ms Hughes said. Economists were unconvinced.`,
    { people: [{ name: 'Hughes', descriptions: [] }], quotes: [{ content: '“We will not raise taxes on working families [in the north], not this year, not next year,”', by: 'Hughes', cue: 'said' }] }),
  // A fragment of the original, and the same words credited to someone else.
  article('post-1', 'Morning Post', '2024-03-04T07:00:00Z', 'Who said it?',
    `Opposition leader Tom Ellis claimed the words "not while I am chancellor" were his own, telling supporters: "We will not raise taxes on working families, not this year, not next year."`,
    { people: [{ name: 'Tom Ellis', descriptions: ['Opposition leader'] }], quotes: [{ content: '"We will not raise taxes on working families, not this year, not next year."', by: 'Tom Ellis', cue: 'telling' }] }),
  article('herald-2', 'Daily Herald', '2024-03-05T10:00:00Z', 'Ellis sets out plan',
    `Tom Ellis, the opposition leader, said: "We will not raise fees on small businesses, not this year, and not while the recovery is fragile." He also said the chancellor's pledge "not while I am chancellor" rang hollow.`,
    { people: [{ name: 'Tom Ellis', descriptions: ['the opposition leader'] }], quotes: [
      { content: '"We will not raise fees on small businesses, not this year, and not while the recovery is fragile."', by: 'Tom Ellis', cue: 'said' },
    ] }),
  // A changed word.
  article('courier-2', 'Evening Courier', '2024-03-06T09:00:00Z', 'Smiths disagree on rates',
    `John Smith, an economist at the Bank of England, said: "Interest rates will have to stay higher for longer than markets expect." Sarah Smith, a BBC editor, said: "Voters have stopped believing promises about taxes."`,
    { people: [{ name: 'John Smith', descriptions: ['an economist at the Bank of England'] }, { name: 'Sarah Smith', descriptions: ['a BBC editor'] }], quotes: [
      { content: '"Interest rates will have to stay higher for longer than markets expect."', by: 'John Smith', cue: 'said' },
      { content: '"Voters have stopped believing promises about taxes."', by: 'Sarah Smith', cue: 'said' },
    ] }),
  article('tribune-2', 'The Tribune', '2024-03-07T09:00:00Z', 'Rates outlook',
    `"Interest rates will need to stay higher for longer than markets expect," said John Smith, the Bank of England economist.`,
    { people: [{ name: 'John Smith', descriptions: ['the Bank of England economist'] }], quotes: [
      { content: '"Interest rates will need to stay higher for longer than markets expect,"', by: 'John Smith', cue: 'said' },
    ] }),
  // A fragment of the pledge inside a reporter's sentence (a mixed quote).
  article('gazette-2', 'The Gazette', '2024-03-08T08:00:00Z', 'Hughes digs in',
    `Rachel Hughes said tax rises would come "not while I am chancellor", a line she has used all week.`,
    { people: [{ name: 'Rachel Hughes' }], quotes: [{ content: 'tax rises would come "not while I am chancellor"', by: 'Rachel Hughes', cue: 'said', kind: 'mixed' }] }),
];

export const originalWording = ORIGINAL;
