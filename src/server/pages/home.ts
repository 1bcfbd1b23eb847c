// `/`: a search box and an overview of the corpus — counts, the most reported and the most
// recent quotations, and the speakers quoted most often.
import { Hono } from 'hono';
import type { ClusterSummary, Store } from '../../corpus/store.js';
import { html } from '../html.js';
import { links } from '../links.js';
import { layout, plural } from '../views/layout.js';
import { clusterList } from '../views/cluster-list.js';

/** How many clusters the overview looks at. */
const overviewSize = 200;
/** A lower date bound that every dated cluster passes: with no words, a filtered search lists
 *  clusters most recent first, while a search with neither words nor filters may return nothing. */
const sinceTheBeginning = '1000-01-01';

async function overviewClusters(store: Store): Promise<ClusterSummary[]> {
  const all = await store.search({ q: '', limit: overviewSize });
  return all.length ? all : store.search({ q: '', from: sinceTheBeginning, limit: overviewSize });
}

function topSpeakers(clusters: ClusterSummary[]): Array<{ name: string; clusters: number; appearances: number }> {
  const bySpeaker = new Map<string, { name: string; clusters: number; appearances: number }>();
  for (const c of clusters) {
    if (!c.speaker) continue;
    const row = bySpeaker.get(c.speaker) ?? { name: c.speaker, clusters: 0, appearances: 0 };
    row.clusters += 1;
    row.appearances += c.appearances;
    bySpeaker.set(c.speaker, row);
  }
  return [...bySpeaker.values()].sort((a, b) => b.appearances - a.appearances || a.name.localeCompare(b.name)).slice(0, 10);
}

export function homePage(store: Store): Hono {
  return new Hono().get('/', async (c) => {
    const stats = await store.stats();
    const clusters = await overviewClusters(store);
    const mostCited = [...clusters].sort((a, b) => b.appearances - a.appearances).slice(0, 8);
    const recent = [...clusters].sort((a, b) => (b.firstSeen.published ?? '').localeCompare(a.firstSeen.published ?? '')).slice(0, 8);
    const speakers = topSpeakers(clusters);
    return c.html(layout({ title: 'Overview' }, html`
<h1>Quotations in this corpus</h1>
<form class="big-search" action="/search" method="get" role="search">
<label for="home-q">Find a quotation, a phrase or a speaker's words</label>
<div class="row"><input id="home-q" type="search" name="q" placeholder="e.g. water bills"><button type="submit">Search</button></div>
</form>
<dl class="stats">
<div><dt>Articles</dt><dd>${stats.articles}</dd></div>
<div><dt>Quotations</dt><dd>${stats.quotes}</dd></div>
<div><dt>Clusters</dt><dd>${stats.clusters}</dd></div>
<div><dt>Speakers</dt><dd>${stats.speakers}</dd></div>
</dl>
<div class="columns">
<section aria-labelledby="most-cited"><h2 id="most-cited">Most reported</h2>${mostCited.length ? clusterList(mostCited) : html`<p class="muted">No quotations yet. Ingest some articles with <code>quotetrace ingest</code>.</p>`}</section>
<section aria-labelledby="recent"><h2 id="recent">Most recent</h2>${clusterList(recent)}</section>
</div>
<section aria-labelledby="top-speakers"><h2 id="top-speakers">Speakers quoted most</h2>
<ol class="speakers">${speakers.map((s) => html`<li><a href="${links.speaker(s.name)}">${s.name}</a> <span class="muted">${plural(s.clusters, 'quotation')}, reported ${plural(s.appearances, 'time')}</span></li>`)}</ol>
</section>`));
  });
}
