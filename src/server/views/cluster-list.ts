// A list of quotation clusters (search results, the home page's overview).
import type { ClusterSummary } from '../../corpus/store.js';
import { html, type Html } from '../html.js';
import { links } from '../links.js';
import { formatDate, plural } from './layout.js';
import { speakerColourClass } from './palette.js';

export function clusterList(clusters: ClusterSummary[]): Html {
  return html`<ol class="clusters">${clusters.map((c) => html`<li class="cluster">
<blockquote class="${speakerColourClass(c.speaker)}"><a href="${links.quote(c.id)}">${c.text}</a></blockquote>
<p class="byline">${c.speaker ? html`<a href="${links.speaker(c.speaker)}">${c.speaker}</a>` : html`<em>unattributed</em>`}${
    c.conflictingSpeakers.length ? html` <span class="flag" title="The same words were given to other speakers">also attributed to ${c.conflictingSpeakers.join(', ')}</span>` : ''
  }</p>
<p class="meta">First seen in <a href="${links.article(c.firstSeen.article)}">${c.firstSeen.title ?? c.firstSeen.outlet ?? c.firstSeen.article}</a>${
    c.firstSeen.outlet ? html` (${c.firstSeen.outlet})` : ''
  }, ${formatDate(c.firstSeen.published)} · ${plural(c.appearances, 'appearance')} in ${plural(c.outlets.length, 'outlet')} · ${plural(c.variants, 'wording')}</p>
</li>`)}</ol>`;
}
