// `/speakers/:id`: a person across the corpus — names and aliases, descriptions, a timeline of
// their quotations, and the list of them.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';
import { html } from '../html.js';
import { links } from '../links.js';
import { formatDate, layout, plural } from '../views/layout.js';
import { timelineChart } from '../views/timeline.js';
import { speakerColourClass } from '../views/palette.js';
import { notFoundPage } from './not-found.js';

export function speakerPage(store: Store): Hono {
  return new Hono().get('/speakers/:id{.+}', async (c) => {
    const speaker = await store.getSpeaker(c.req.param('id'));
    if (!speaker) return c.html(notFoundPage('speaker'), 404);
    const aliases = speaker.aliases.filter((a) => a !== speaker.name);
    return c.html(layout({ title: speaker.name }, html`
<h1><span class="swatch ${speakerColourClass(speaker.name)}" aria-hidden="true"></span>${speaker.name}</h1>
${aliases.length ? html`<p><span class="label">Also written as</span> ${aliases.join(', ')}</p>` : ''}
${speaker.descriptions.length ? html`<ul class="descriptions">${speaker.descriptions.map((d) => html`<li>${d}</li>`)}</ul>` : ''}
<p class="meta">${plural(speaker.clusters.length, 'quotation')} · <a href="${links.search('')}&amp;speaker=${encodeURIComponent(speaker.name)}">search within their quotations</a></p>
<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">Timeline</h2>${timelineChart(speaker.clusters, `Quotations by ${speaker.name} over time`)}</section>
<section aria-labelledby="list-heading"><h2 id="list-heading">Quotations</h2>
<ol class="clusters">${speaker.clusters.map((cl) => html`<li class="cluster">
<blockquote class="${speakerColourClass(speaker.name)}"><a href="${links.quote(cl.id)}">${cl.text}</a></blockquote>
<p class="meta">First seen ${formatDate(cl.firstSeen.published)} in <a href="${links.article(cl.firstSeen.article)}">${cl.firstSeen.title ?? cl.firstSeen.outlet ?? cl.firstSeen.article}</a> · ${plural(cl.appearances, 'appearance')}</p>
</li>`)}</ol>
</section>`));
  });
}
