// `/articles/:id`: the article text with every quotation highlighted and coloured by speaker,
// followed by the list of its quotations and the people quoted.
import { Hono } from 'hono';
import type { Store } from '../../corpus/store.js';
import type { Extraction, Quote } from '../../types.js';
import { html, type Html } from '../html.js';
import { externalUrl, links } from '../links.js';
import { formatDate, layout, plural } from '../views/layout.js';
import { highlightRanges, speakerName, type HighlightOptions } from '../views/highlight.js';
import { articleParts } from '../views/article-parts.js';
import { speakerColourClass } from '../views/palette.js';
import { notFoundPage } from './not-found.js';
import { cueTypeLabel } from '../views/cue-type-labels.js';

/** The words of a quotation without its marks, for searching the rest of the corpus. */
function quotationWords(quote: Quote): string {
  return quote.content.map((s) => s.text).join(' ').replace(/["“”‘’«»„]/g, '').trim();
}

export function quotationTable(extraction: Extraction, { hasPage }: HighlightOptions, traceLinks: boolean): Html {
  const entities = new Map(extraction.entities.map((e) => [e.id, e]));
  if (extraction.quotes.length === 0) return html`<p class="muted">No quotations found.</p>`;
  return html`<ol class="quotations">${extraction.quotes.map((q) => {
    const name = speakerName(q, entities);
    const via = q.via.map((v) => entities.get(v)?.name ?? v);
    const words = quotationWords(q);
    return html`<li class="${speakerColourClass(name)}">
<p class="words">${q.content.map((s) => s.text).join(' … ')}</p>
<p class="meta">${name ? (hasPage(name) ? html`<a href="${links.speaker(name)}">${name}</a>` : html`<strong>${name}</strong>`) : html`<em>unattributed</em>`}${
      q.source && q.source.text !== name ? html` (as “${q.source.text}”)` : ''
    }${q.cue ? html` · <span class="cue">${q.cue.text}</span>` : ''}${via.length ? html` · via ${via.join(' → ')}` : ''} · <span class="cue-type">${cueTypeLabel(q.cueType, q.kind)}</span>${
      traceLinks && words ? html` · <a href="${links.search(words.slice(0, 120))}">trace in corpus</a>` : ''
    }</p>
</li>`;
  })}</ol>`;
}

export function articlePage(store: Store): Hono {
  return new Hono().get('/articles/:id{.+}', async (c) => {
    const article = await store.getArticle(c.req.param('id'));
    if (!article) return c.html(notFoundPage('article'), 404);
    const extraction = article.extraction;
    const people = extraction.entities.filter((e) => extraction.quotes.some((q) => q.speaker === e.id));
    // Link only the names the corpus knows as speakers, so no link leads to a 404.
    const withPage = new Set<string>();
    for (const p of people) if (await store.getSpeaker(p.name)) withPage.add(p.name);
    const options: HighlightOptions = { hasPage: (name) => withPage.has(name) };
    const title = article.title ?? extraction.meta.title ?? article.id;
    // The header lines of the text (headline, date and byline lines) head the page; the article text
    // below starts after them. Highlights keep their offsets: each part is a range of the same text.
    const parts = articleParts(extraction, title);
    const rendered = highlightRanges(extraction, options, [parts.titleLine ?? { start: 0, end: 0 }, ...parts.headerLines, parts.body]);
    const headline = rendered[0]!;
    const headerLines = rendered.slice(1, -1);
    const body = rendered[rendered.length - 1]!;
    return c.html(layout({ title }, html`
<article class="article">
<header>
<h1>${parts.titleLine ? headline : title}</h1>
<p class="meta">${article.outlet ?? 'Unknown outlet'} · <time datetime="${article.published ?? ''}">${formatDate(article.published)}</time>${
      externalUrl(article.url) ? html` · <a href="${externalUrl(article.url)}" rel="noopener noreferrer nofollow">original</a>` : ''
    } · ${plural(extraction.quotes.length, 'quotation')}</p>${
      headerLines.length ? html`\n<div class="header-lines muted">${headerLines.map((line) => html`<p>${line}</p>`)}</div>` : ''
    }
</header>
<p class="hint">Quotations are highlighted in their speaker's colour; hover over one or move to it with Tab to see who said it.</p>
<div class="article-text">${body}</div>
</article>
<section aria-labelledby="people"><h2 id="people">People quoted</h2>
<ul class="people">${people.map((p) => html`<li><span class="swatch ${speakerColourClass(p.name)}" aria-hidden="true"></span>${
      withPage.has(p.name) ? html`<a href="${links.speaker(p.name)}">${p.name}</a>` : p.name
    }${
      p.descriptions.length ? html` <span class="muted">— ${p.descriptions[0]}</span>` : ''
    }</li>`)}</ul>
</section>
<section aria-labelledby="quotations"><h2 id="quotations">Quotations</h2>${quotationTable(extraction, options, true)}</section>`));
  });
}
