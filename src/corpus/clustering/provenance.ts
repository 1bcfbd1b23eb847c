// From a cluster's appearances (oldest first) to the contract's summary and detail shapes: the
// canonical wording, the main speaker, conflicting attributions and per-appearance diffs. Shared by
// every backend so they give the same answers.
import type { Appearance, ClusterDetail, ClusterSummary, FirstSeen } from '../store.js';
import { wordDiff } from './word-diff.js';

/** One appearance as a backend reads it; `personId` tells people with the same display name apart. */
export type AppearanceRow = Omit<Appearance, 'diff'> & { personId: string | null };

type SpeakerTally = { main: string | null; speakers: Array<{ name: string; count: number }>; conflicting: string[] };

function tallySpeakers(rows: AppearanceRow[]): SpeakerTally {
  const byPerson = new Map<string, { name: string; count: number; first: number }>();
  rows.forEach((row, i) => {
    if (!row.personId || !row.speaker) return;
    const entry = byPerson.get(row.personId) ?? { name: row.speaker, count: 0, first: i };
    entry.count++;
    byPerson.set(row.personId, entry);
  });
  // Most frequent first; ties go to whoever was credited first.
  const ranked = [...byPerson.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  return {
    main: ranked[0]?.name ?? null,
    speakers: ranked.map(({ name, count }) => ({ name, count })),
    conflicting: ranked.slice(1).map((s) => s.name),
  };
}

function firstSeenOf(row: AppearanceRow): FirstSeen {
  return { article: row.article, title: row.title, outlet: row.outlet, published: row.published };
}

export function clusterDetail(id: string, rows: AppearanceRow[]): ClusterDetail {
  const first = rows[0]!;
  const tally = tallySpeakers(rows);
  return {
    id,
    text: first.text,
    speaker: tally.main,
    speakers: tally.speakers,
    firstSeen: firstSeenOf(first),
    appearances: rows.map(({ personId: _personId, ...row }) => ({ ...row, diff: wordDiff(first.text, row.text) })),
  };
}

/** `rows` may be all appearances; `variants` is the number of distinct normalised wordings. */
export function clusterSummary(id: string, rows: AppearanceRow[], variants: number): ClusterSummary {
  const first = rows[0]!;
  const tally = tallySpeakers(rows);
  const outlets = [...new Set(rows.map((r) => r.outlet).filter((o): o is string => !!o))];
  return {
    id,
    text: first.text,
    speaker: tally.main,
    firstSeen: firstSeenOf(first),
    appearances: rows.length,
    outlets,
    variants,
    conflictingSpeakers: tally.conflicting,
  };
}
