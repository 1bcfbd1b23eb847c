// One suite, every backend: what the Store interface promises, checked against SqliteStore and
// PostgresStore through openStore (a file path and a postgres:// URL), plus a check that both
// backends answer every question identically on the demo corpus run through the real extractor.
// The hand-made extractions pin the corpus logic down independently of the extractor's accuracy.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/corpus/open.js';
import { extract } from '../../src/core/extract.js';
import type { ArticleInput, ExportRow, Store } from '../../src/corpus/store.js';
import type { CueType, Entity, Extraction, Quote, Span } from '../../src/types.js';
import { testPostgresUrl, postgresSkipReason, freshTestDatabase } from '../setup/postgres.js';

type Backend = { name: string; available: boolean; skipReason: string; location(label: string): Promise<string>; cleanup(): void };

const tempDirs: string[] = [];
const backends: Backend[] = [
  {
    name: 'sqlite',
    available: true,
    skipReason: '',
    async location(label) {
      const dir = mkdtempSync(join(tmpdir(), 'qt-contract-'));
      tempDirs.push(dir);
      return join(dir, `${label}.db`);
    },
    cleanup() {
      for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  },
  {
    name: 'postgres',
    available: !!testPostgresUrl(),
    skipReason: postgresSkipReason(),
    location: (label) => freshTestDatabase(`contract_${label}`),
    cleanup() {},
  },
];

// ---- hand-made articles ----------------------------------------------------------------------

type QuoteSpec = { words: string; speaker: string; cue: string; cueType?: CueType; kind?: Quote['kind'] };
type PersonSpec = { name: string; aliases?: string[]; descriptions?: string[] };

function span(text: string, part: string, from = 0): Span {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

/** An article and the extraction the extractor would give it, written out by hand. */
function article(id: string, meta: { outlet: string; published: string; title: string }, text: string, people: PersonSpec[], quotes: QuoteSpec[]): { input: ArticleInput; extraction: Extraction } {
  const entities: Entity[] = people.map((p, i) => ({
    id: `e${i + 1}`, kind: 'person', name: p.name, aliases: p.aliases ?? [], descriptions: p.descriptions ?? [],
    mentions: [span(text, p.name)],
  }));
  const byName = new Map<string, Entity>();
  for (const e of entities) for (const n of [e.name, ...e.aliases]) byName.set(n, e);
  const out: Quote[] = quotes.map((q, i) => ({
    id: `q${i + 1}`, kind: q.kind ?? 'direct', content: [span(text, q.words)], cue: span(text, q.cue), cueType: q.cueType ?? 'speech', source: span(text, q.speaker),
    speaker: byName.get(q.speaker)!.id, via: [], confidence: 0.9,
  }));
  return {
    input: { id, text, origin: `${id}.txt`, ...meta },
    extraction: { text, meta: { ...meta, language: 'en' }, quotes: out, entities, dates: [], repeats: [] },
  };
}

const WATER_FULL = '"We will not raise water bills this year, not by a single penny, whatever the regulator decides,"';
const courier = article('courier-water', { outlet: 'Halden Courier', published: '2024-03-04T08:15:00Z', title: 'Mayor vows no rise in water bills' },
  `Mayor Elena Varga promised on Sunday that households would not pay for the crumbling network.\n\n${WATER_FULL} Elena Varga told a packed meeting at the Guildhall.`,
  [{ name: 'Elena Varga', aliases: ['Varga'], descriptions: ['the mayor of Port Halden'] }],
  [{ words: WATER_FULL, speaker: 'Elena Varga', cue: 'told' }]);
const ledger = article('ledger-pledge', { outlet: 'Northern Ledger', published: '2024-03-05T10:00:00Z', title: 'Varga pledge on bills' },
  `The mayor repeated her pledge on Monday.\n\n"We will not raise water bills this year," Varga said, before leaving for the harbour.`,
  [{ name: 'Varga', descriptions: ['the mayor'] }],
  [{ words: '"We will not raise water bills this year,"', speaker: 'Varga', cue: 'said' }]);
const meridian = article('meridian-misquote', { outlet: 'Daily Meridian', published: '2024-03-06T07:30:00Z', title: 'Water bills frozen' },
  `A council statement was circulated on Tuesday.\n\n"We will not raise water bills this year, not by a single penny," said Tomas Brennan, the chief executive of Halden Water.`,
  [{ name: 'Tomas Brennan', descriptions: ['the chief executive of Halden Water'] }],
  [{ words: '"We will not raise water bills this year, not by a single penny,"', speaker: 'Tomas Brennan', cue: 'said' }]);
const pipes = article('gazette-pipes', { outlet: 'Westmoor Gazette', published: '2024-02-20T12:00:00Z', title: 'Old pipes' },
  `Engineers inspected the network last week.\n\n"The pipes under Mill Street are older than anyone alive," said Ruth Okafor, a hydraulic engineer.`,
  [{ name: 'Ruth Okafor', descriptions: ['a hydraulic engineer'] }],
  [{ words: '"The pipes under Mill Street are older than anyone alive,"', speaker: 'Ruth Okafor', cue: 'said' }]);
// The same story as the Courier's, saved again with different line breaks under another id.
const courierResaved = { ...courier, input: { ...courier.input, id: 'courier-water-copy', origin: 'copy/courier.txt', text: courier.input.text.replace('\n\n', '\n \n  ') } };
// Published before every other appearance but added last: first seen must move to it.
const earlyWire = article('wire-early', { outlet: 'Civic Wire', published: '2024-03-01T06:00:00Z', title: 'Mayor to freeze bills' },
  `In an interview released early, the mayor set out her plan.\n\n"We will not raise water bills this year, not by a single penny, whatever the regulator decides," Elena Varga said.`,
  [{ name: 'Elena Varga' }],
  [{ words: WATER_FULL, speaker: 'Elena Varga', cue: 'said' }]);

// One statement reported three ways: cut short (T), elided (E) and whole (W). T and E do not
// confirm against each other; each is a full variant of W. Whatever the arrival order, the three
// must end in one cluster — W bridges the clusters T and E started.
const HARBOUR_WHOLE = '"The harbour wall will be rebuilt before the winter storms arrive, and every family on the seafront will be paid for the damage,"';
const HARBOUR_CUT = '"The harbour wall will be rebuilt before the winter storms arrive, and every family"';
const HARBOUR_ELIDED = '"The harbour wall … every family on the seafront will be paid for the damage,"';
const harbour = (id: string, day: number, words: string) => article(id, { outlet: `Coast Post ${id}`, published: `2024-05-0${day}T09:00:00Z`, title: 'Harbour wall' },
  `The council met after the floods.\n\n${words} said Ines Moreau, the harbour master.`,
  [{ name: 'Ines Moreau', descriptions: ['the harbour master'] }],
  [{ words, speaker: 'Ines Moreau', cue: 'said' }]);
const harbourCut = harbour('harbour-cut', 1, HARBOUR_CUT);
const harbourElided = harbour('harbour-elided', 2, HARBOUR_ELIDED);
const harbourWhole = harbour('harbour-whole', 3, HARBOUR_WHOLE);

// The same mayor writes, endorses and speaks: one quote of each cue type.
const harbourNotice = article('harbour-notice', { outlet: 'Coast Post', published: '2024-06-01T09:00:00Z', title: 'Lifeboat notice' },
  'Anna Lindqvist wrote to residents on Friday.\n\n"The lifeboat station will stay open through the winter," Anna Lindqvist wrote in the notice.',
  [{ name: 'Anna Lindqvist' }],
  [{ words: '"The lifeboat station will stay open through the winter,"', speaker: 'Anna Lindqvist', cue: 'wrote', cueType: 'writing' }]);
const harbourEndorsement = article('harbour-endorsement', { outlet: 'Coast Post', published: '2024-06-02T09:00:00Z', title: 'Mayor backs harbour master' },
  'Anna Lindqvist endorsed the plan to rebuild the harbour wall before the winter storms.',
  [{ name: 'Anna Lindqvist' }],
  [{ words: 'the plan to rebuild the harbour wall before the winter storms', speaker: 'Anna Lindqvist', cue: 'endorsed', cueType: 'stance', kind: 'indirect' }]);
const harbourSpeech = article('harbour-speech', { outlet: 'Coast Post', published: '2024-06-03T09:00:00Z', title: 'Seafront' },
  '"The seafront will be ready by July," Anna Lindqvist said at the harbour.',
  [{ name: 'Anna Lindqvist' }],
  [{ words: '"The seafront will be ready by July,"', speaker: 'Anna Lindqvist', cue: 'said', cueType: 'speech' }]);

function exportKey(row: ExportRow): string {
  return `${row.article}/${row.quote}`;
}

for (const backend of backends) {
  describe.skipIf(!backend.available)(`Store contract: ${backend.name}${backend.available ? '' : ` (skipped: ${backend.skipReason})`}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await openStore(await backend.location('handmade'));
      for (const a of [courier, ledger, meridian, pipes]) await store.addArticle(a.input, a.extraction);
    });
    afterAll(async () => {
      await store?.close();
      backend.cleanup();
    });

    it('is idempotent on id and on whitespace-normalised text', async () => {
      expect(await store.hasArticle(courier.input)).toBe(true);
      expect(await store.hasArticle({ id: 'never-seen', text: 'Nothing like this was ever stored.' })).toBe(false);
      expect(await store.hasArticle({ id: 'never-seen', text: courierResaved.input.text })).toBe(true);
      expect((await store.addArticle(courier.input, courier.extraction)).status).toBe('skipped');
      expect((await store.addArticle(courierResaved.input, courierResaved.extraction)).status).toBe('skipped');
      expect(await store.stats()).toEqual({ articles: 4, quotes: 4, clusters: 2, speakers: 3, cueTypes: { speech: 4, writing: 0, belief: 0, intention: 0, stance: 0 } });
    });

    it('groups the truncated and misattributed variants with the original and reports the conflict', async () => {
      const [top, ...rest] = await store.search({ q: 'water bills' });
      expect(rest).toEqual([]);
      expect(top).toMatchObject({
        text: 'We will not raise water bills this year, not by a single penny, whatever the regulator decides,',
        speaker: 'Elena Varga',
        firstSeen: { article: 'courier-water', outlet: 'Halden Courier', published: '2024-03-04T08:15:00Z' },
        appearances: 3,
        variants: 3,
        conflictingSpeakers: ['Tomas Brennan'],
      });
      expect([...top!.outlets].sort()).toEqual(['Daily Meridian', 'Halden Courier', 'Northern Ledger']);
    });

    it('filters by speaker (surname alone), outlet (any case) and inclusive dates', async () => {
      const ids = async (q: Parameters<Store['search']>[0]) => (await store.search(q)).map((c) => c.text.slice(0, 20));
      expect(await ids({ q: 'water', speaker: 'Varga' })).toEqual(['We will not raise wa']);
      expect(await ids({ q: 'water', speaker: 'Ruth Okafor' })).toEqual([]);
      expect(await ids({ q: 'pipes', speaker: 'Okafor' })).toEqual(['The pipes under Mill']);
      expect(await ids({ q: 'water', outlet: 'daily meridian' })).toEqual(['We will not raise wa']);
      expect(await ids({ q: 'water', outlet: 'Westmoor Gazette' })).toEqual([]);
      expect(await ids({ q: 'water', to: '2024-03-03' })).toEqual([]);
      expect(await ids({ q: 'water', to: '2024-03-04' })).toEqual(['We will not raise wa']);
      expect(await ids({ q: 'water', from: '2024-03-06' })).toEqual(['We will not raise wa']);
      expect(await ids({ q: 'water', from: '2024-03-07' })).toEqual([]);
      // Words only match whole words, all of them required, punctuation in the query is harmless.
      expect(await ids({ q: 'pipes "Mill' })).toEqual(['The pipes under Mill']);
      expect(await ids({ q: 'pipes bills' })).toEqual([]);
      expect(await ids({ q: 'pip' })).toEqual([]);
      // Filters without words: the most recent clusters first.
      expect(await ids({ q: '', from: '2024-01-01' })).toEqual(['We will not raise wa', 'The pipes under Mill']);
    });

    it('gives cluster provenance: appearances by date, speakers, a word diff against the first', async () => {
      const [summary] = await store.search({ q: 'regulator' });
      const detail = (await store.getCluster(summary!.id))!;
      expect(detail.id).toBe(summary!.id);
      expect(detail.appearances.map((a) => [a.article, a.speaker, a.quote])).toEqual([
        ['courier-water', 'Elena Varga', 'q1'], ['ledger-pledge', 'Elena Varga', 'q1'], ['meridian-misquote', 'Tomas Brennan', 'q1'],
      ]);
      expect(detail.speakers).toEqual([{ name: 'Elena Varga', count: 2 }, { name: 'Tomas Brennan', count: 1 }]);
      expect(detail.appearances[0]!.diff).toEqual([{ op: 'equal', text: detail.text }]);
      const ledgerDiff = detail.appearances[1]!.diff;
      expect(ledgerDiff.filter((d) => d.op === 'delete').map((d) => d.text).join('')).toContain('not by a single penny');
      expect(ledgerDiff.some((d) => d.op === 'insert')).toBe(false);
      expect(await store.getCluster('c999999')).toBeNull();
      expect(await store.getCluster('not an id')).toBeNull();
    });

    it('knows a speaker by name or surname, with aliases, descriptions and clusters', async () => {
      const byName = (await store.getSpeaker('Elena Varga'))!;
      expect(byName.name).toBe('Elena Varga');
      expect(byName.aliases).toEqual(['Varga']);
      expect(byName.descriptions).toEqual(['the mayor', 'the mayor of Port Halden']);
      expect(byName.clusters.map((c) => [c.text.slice(0, 20), c.appearances])).toEqual([['We will not raise wa', 3]]);
      expect((await store.getSpeaker('varga'))!.id).toBe(byName.id);
      expect((await store.getSpeaker(byName.id))!.name).toBe('Elena Varga');
      expect(await store.getSpeaker('Nobody Atall')).toBeNull();
    });

    it('exports every quotation with its article metadata and cluster', async () => {
      const rows: ExportRow[] = [];
      for await (const row of store.exportRows()) rows.push(row);
      expect(rows.map(exportKey).sort()).toEqual(['courier-water/q1', 'gazette-pipes/q1', 'ledger-pledge/q1', 'meridian-misquote/q1']);
      const ledgerRow = rows.find((r) => r.article === 'ledger-pledge')!;
      expect(ledgerRow).toMatchObject({ title: 'Varga pledge on bills', outlet: 'Northern Ledger', published: '2024-03-05T10:00:00Z', kind: 'direct', speaker: 'Elena Varga', cue: 'said', cueType: 'speech', via: [] });
      const [water] = await store.search({ q: 'water' });
      expect(rows.filter((r) => r.cluster === water!.id)).toHaveLength(3);
      const stored = (await store.getArticle('ledger-pledge'))!;
      expect(stored.extraction).toEqual(ledger.extraction);
      expect(stored.origin).toBe('ledger-pledge.txt');
      expect(await store.getArticle('missing')).toBeNull();
    });

    it('stores nothing of an article whose write fails half-way, and accepts it once corrected', async () => {
      const broken = article('broken-duplicate-quote-ids', { outlet: 'Civic Wire', published: '2024-03-07T09:00:00Z', title: 'Broken' },
        `Two statements were issued.\n\n"The inspection report will be published in full next month," said Ruth Okafor. "Every valve in the old town will be replaced," said Ruth Okafor again.`,
        [{ name: 'Ruth Okafor' }],
        [
          { words: '"The inspection report will be published in full next month,"', speaker: 'Ruth Okafor', cue: 'said' },
          { words: '"Every valve in the old town will be replaced,"', speaker: 'Ruth Okafor', cue: 'said' },
        ]);
      const before = await store.stats();
      // Two quotes with one id break the (article, quote) key on the second insert.
      const duplicated = { ...broken.extraction, quotes: broken.extraction.quotes.map((q) => ({ ...q, id: 'q1' })) };
      await expect(store.addArticle(broken.input, duplicated)).rejects.toThrow();
      expect(await store.stats()).toEqual(before);
      expect(await store.hasArticle(broken.input)).toBe(false);
      expect(await store.search({ q: 'inspection report' })).toEqual([]);
      expect((await store.addArticle(broken.input, broken.extraction)).status).toBe('added');
      expect(await store.stats()).toEqual({ ...before, articles: before.articles + 1, quotes: before.quotes + 2, clusters: before.clusters + 2, cueTypes: { ...before.cueTypes, speech: before.cueTypes.speech + 2 } });
    });

    it('clusters a statement the same whatever order its cut, elided and whole forms arrive in', async () => {
      const orders = [[harbourCut, harbourElided, harbourWhole], [harbourWhole, harbourCut, harbourElided], [harbourElided, harbourWhole, harbourCut]];
      for (const [i, order] of orders.entries()) {
        const own = await openStore(await backend.location(`harbour_${i}`));
        try {
          for (const a of order) await own.addArticle(a.input, a.extraction);
          expect(await own.stats()).toMatchObject({ articles: 3, quotes: 3, clusters: 1 });
          const [found, ...others] = await own.search({ q: 'harbour wall' });
          expect(others).toEqual([]);
          // The surviving id is the first cluster created; first seen is the earliest publication.
          expect(found).toMatchObject({ id: 'c1', appearances: 3, variants: 3, firstSeen: { article: 'harbour-cut' } });
          expect((await own.getCluster(found!.id))!.appearances.map((a) => a.article)).toEqual(['harbour-cut', 'harbour-elided', 'harbour-whole']);
        } finally {
          await own.close();
        }
      }
    });

    it('moves first seen to an earlier article added later', async () => {
      expect((await store.addArticle(earlyWire.input, earlyWire.extraction)).status).toBe('added');
      const [water] = await store.search({ q: 'water bills' });
      expect(water!.firstSeen).toMatchObject({ article: 'wire-early', outlet: 'Civic Wire', published: '2024-03-01T06:00:00Z' });
      expect(water!.appearances).toBe(4);
      const detail = (await store.getCluster(water!.id))!;
      expect(detail.appearances[0]!.article).toBe('wire-early');
    });

    it('stores each quote’s cue type, filters search, speaker and export by it, and counts by it', async () => {
      const own = await openStore(await backend.location('cue_types'));
      try {
        for (const a of [harbourNotice, harbourEndorsement, harbourSpeech]) await own.addArticle(a.input, a.extraction);
        expect((await own.stats()).cueTypes).toEqual({ speech: 1, writing: 1, belief: 0, intention: 0, stance: 1 });
        const texts = async (q: Parameters<Store['search']>[0]) => (await own.search(q)).map((c) => c.text.slice(0, 24)).sort();
        expect(await texts({ q: '', cueTypes: ['writing'] })).toEqual(['The lifeboat station wil']);
        expect(await texts({ q: '', cueTypes: ['speech', 'stance'] })).toEqual(['The seafront will be rea', 'the plan to rebuild the ']);
        expect(await texts({ q: 'seafront', cueTypes: ['writing'] })).toEqual([]);
        expect(await texts({ q: 'seafront', cueTypes: ['speech'] })).toEqual(['The seafront will be rea']);
        const [notice] = await own.search({ q: 'lifeboat' });
        expect((await own.getCluster(notice!.id))!.appearances.map((a) => a.cueType)).toEqual(['writing']);
        const mayor = (await own.getSpeaker('Anna Lindqvist'))!;
        expect(mayor.clusters).toHaveLength(3);
        expect((await own.getSpeaker('Anna Lindqvist', { cueTypes: ['stance'] }))!.clusters.map((c) => c.text)).toEqual(['the plan to rebuild the harbour wall before the winter storms']);
        expect((await own.getSpeaker('Anna Lindqvist', { cueTypes: ['belief'] }))!.clusters).toEqual([]);
        const rows: ExportRow[] = [];
        for await (const row of own.exportRows({ cueTypes: ['writing', 'stance'] })) rows.push(row);
        expect(rows.map((r) => [r.article, r.cue, r.cueType]).sort()).toEqual([['harbour-endorsement', 'endorsed', 'stance'], ['harbour-notice', 'wrote', 'writing']]);
        expect((await own.getArticle('harbour-notice'))!.extraction.quotes[0]!.cueType).toBe('writing');
      } finally {
        await own.close();
      }
    });

    it('reads back an extraction stored without cue types (quotetrace 0.1), typing quotes by their cue', async () => {
      const own = await openStore(await backend.location('legacy_extraction'));
      try {
        const legacy = { ...harbourNotice.extraction, quotes: harbourNotice.extraction.quotes.map(({ cueType: _cueType, ...q }) => q) } as unknown as Extraction;
        await own.addArticle(harbourNotice.input, legacy);
        expect((await own.getArticle('harbour-notice'))!.extraction.quotes[0]!.cueType).toBe('writing');
        expect((await own.stats()).cueTypes.writing).toBe(1);
      } finally {
        await own.close();
      }
    });

    it('lists clusters for an empty query: most appearances first, then the most recent', async () => {
      const overview = (await store.search({ q: '' })).map((c) => [c.text.slice(0, 20), c.appearances]);
      // Water (4) although older than both broken-article clusters; those two share a date, the later-made first.
      expect(overview).toEqual([['We will not raise wa', 4], ['Every valve in the o', 1], ['The inspection repor', 1], ['The pipes under Mill', 1]]);
      expect(await store.search({ q: '  ', limit: 2 })).toHaveLength(2);
    });
  });
}

// ---- both backends, the same answers -----------------------------------------------------------

const examplesDir = join(import.meta.dirname, '../../examples');
const bothAvailable = backends.every((b) => b.available);

describe.skipIf(!bothAvailable)('SQLite and PostgreSQL give the same answers on the demo corpus', () => {
  const files = readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort();
  const inputs: Array<{ input: ArticleInput; extraction: Extraction }> = files.map((f) => {
    const text = readFileSync(join(examplesDir, f), 'utf8');
    return { input: { id: f, text, origin: f }, extraction: extract(text) };
  });
  const stores: Store[] = [];
  beforeAll(async () => {
    for (const backend of backends) {
      const store = await openStore(await backend.location('examples'));
      for (const { input, extraction } of inputs) await store.addArticle(input, extraction);
      stores.push(store);
    }
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    for (const b of backends) b.cleanup();
  });

  async function answers(store: Store) {
    const exported: ExportRow[] = [];
    for await (const row of store.exportRows()) exported.push(row);
    const clusterIds = [...new Set(exported.map((r) => r.cluster).filter((c): c is string => !!c))].sort();
    const speakerNames = [...new Set(exported.map((r) => r.speaker).filter((s): s is string => !!s))].sort();
    return {
      stats: await store.stats(),
      exported: exported.sort((a, b) => exportKey(a).localeCompare(exportKey(b))),
      clusters: await Promise.all(clusterIds.map((id) => store.getCluster(id))),
      speakers: await Promise.all(speakerNames.map((name) => store.getSpeaker(name))),
      searches: await Promise.all(['water bills', 'pipes', 'sleep', 'strike', 'said', 'the'].map((q) => store.search({ q, limit: 500 }))),
      filtered: await store.search({ q: '', from: '2024-01-01', to: '2030-12-31' }),
      overview: await store.search({ q: '', limit: 500 }),
    };
  }

  it('stats, export, every cluster, every speaker and searches match', async () => {
    const [sqlite, postgres] = [await answers(stores[0]!), await answers(stores[1]!)];
    expect(sqlite.stats.quotes).toBeGreaterThan(10);
    expect(sqlite.clusters.some((c) => c!.appearances.length > 1)).toBe(true);
    expect(postgres.stats).toEqual(sqlite.stats);
    expect(postgres.exported).toEqual(sqlite.exported);
    expect(postgres.clusters).toEqual(sqlite.clusters);
    expect(postgres.speakers).toEqual(sqlite.speakers);
    // Ranking formulas differ (bm25 vs ts_rank): the same clusters are found, in an order that
    // may differ between equally good matches.
    postgres.searches.forEach((found, i) => {
      expect(found.map((c) => c.id).sort()).toEqual(sqlite.searches[i]!.map((c) => c.id).sort());
    });
    expect(postgres.filtered).toEqual(sqlite.filtered);
    expect(sqlite.overview.length).toBe(sqlite.stats.clusters);
    expect(postgres.overview).toEqual(sqlite.overview);
  });
});
