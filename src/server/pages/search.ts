// `/search?q=&speaker=&outlet=&from=&to=&cueType=`: the search form with its results.
import { Hono } from 'hono';
import type { Store, SearchQuery } from '../../corpus/store.js';
import { html } from '../html.js';
import { layout, plural } from '../views/layout.js';
import { clusterList } from '../views/cluster-list.js';
import { parseSearchQuery } from '../search-query.js';
import { CUE_TYPES, type CueType } from '../../types.js';
import { CUE_TYPE_LABELS } from '../views/cue-type-labels.js';

/** Any type, each cue type, and — when the URL asked for several (`speech,writing`) — that set. */
function cueTypeOptions(chosen: CueType[] | undefined) {
  const value = chosen?.join(',') ?? '';
  const several = chosen && chosen.length > 1 ? [{ value, label: chosen.map((t) => CUE_TYPE_LABELS[t]).join(' or ') }] : [];
  const options = [{ value: '', label: 'any' }, ...CUE_TYPES.map((t) => ({ value: t, label: CUE_TYPE_LABELS[t] })), ...several];
  return options.map((o) => html`<option value="${o.value}"${o.value === value ? html` selected` : ''}>${o.label}</option>`);
}

function form(q: Partial<SearchQuery>, raw: Record<string, string | undefined>) {
  const value = (key: keyof SearchQuery) => (q[key] as string | undefined) ?? raw[key] ?? '';
  return html`<form class="filters" action="/search" method="get" role="search">
<div class="field wide"><label for="q">Words</label><input id="q" type="search" name="q" value="${value('q')}"></div>
<div class="field"><label for="speaker">Speaker</label><input id="speaker" name="speaker" value="${value('speaker')}"></div>
<div class="field"><label for="outlet">Outlet</label><input id="outlet" name="outlet" value="${value('outlet')}"></div>
<div class="field"><label for="from">From</label><input id="from" type="date" name="from" value="${value('from')}"></div>
<div class="field"><label for="to">To</label><input id="to" type="date" name="to" value="${value('to')}"></div>
<div class="field"><label for="cueType">Type</label><select id="cueType" name="cueType">${cueTypeOptions(q.cueTypes)}</select></div>
<div class="field"><button type="submit">Search</button></div>
</form>`;
}

export function searchPage(store: Store): Hono {
  return new Hono().get('/search', async (c) => {
    const params = c.req.query();
    const parsed = parseSearchQuery(params);
    if (!parsed.ok) {
      return c.html(layout({ title: 'Search', query: params.q }, html`<h1>Search</h1>${form({}, params)}<p class="error" role="alert">${parsed.error}</p>`), 400);
    }
    const query = parsed.query;
    const results = await store.search(query);
    const heading = query.q ? html`Quotations matching “${query.q}”` : html`Quotations`;
    return c.html(layout({ title: query.q ? `Search: ${query.q}` : 'Search', query: query.q }, html`
<h1>${heading}</h1>
${form(query, params)}
<p class="muted" role="status">${plural(results.length, 'cluster')} found</p>
${results.length ? clusterList(results) : html`<p>Nothing matched. Try fewer words or remove a filter.</p>`}`));
  });
}
