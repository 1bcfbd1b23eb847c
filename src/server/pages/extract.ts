// `/extract`: paste an article, see its quotations highlighted, download the JSON. Nothing is
// stored. The download is a second form POST to /api/extract?download=1 carrying the same text,
// because a data: link would be blocked by the CSP. Extraction runs off the event loop
// (posted-extractions.ts).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ExtractOptions } from '../../types.js';
import { html, type Html } from '../html.js';
import { layout, plural } from '../views/layout.js';
import { highlightArticle, type HighlightOptions } from '../views/highlight.js';
import { readExtractRequest } from '../extract-request.js';
import { busyRetryAfterSeconds, type PostedExtractions } from '../posted-extractions.js';
import { quotationTable } from './article.js';
import { errorPage } from './not-found.js';

/** Pasted text is not in the corpus: its speakers have no pages. */
const noCorpus: HighlightOptions = { hasPage: () => false };

function form(text: string, options: ExtractOptions): Html {
  return html`<form class="extract" action="/extract" method="post">
<div class="field wide"><label for="text">Article text</label>
<textarea id="text" name="text" rows="14" required>${text}</textarea></div>
<div class="field"><label for="published">Published (optional)</label><input id="published" name="published" value="${options.published ?? ''}" placeholder="2024-03-04"></div>
<div class="field"><button type="submit">Extract quotations</button></div>
</form>`;
}

export function extractPage(limit: number, extractions: PostedExtractions): Hono {
  const tooLarge = `The text is larger than the ${Math.round(limit / 1024)} KB limit.`;
  return new Hono()
    .get('/extract', (c) => c.html(layout({ title: 'Extract' }, html`
<h1>Extract quotations from a text</h1>
<p>Paste a news article (plain text). Nothing is stored.</p>
${form('', {})}`)))
    .post('/extract', bodyLimit({ maxSize: limit, onError: (c) => c.html(errorPage(tooLarge), 413) }), async (c) => {
      const request = await readExtractRequest(c);
      if (!request.ok) {
        return c.html(layout({ title: 'Extract' }, html`<h1>Extract quotations from a text</h1><p class="error" role="alert">${request.error}</p>${form('', {})}`), 400);
      }
      const extraction = await extractions.run(request.text, request.options);
      if (!extraction) {
        c.header('Retry-After', String(busyRetryAfterSeconds));
        return c.html(errorPage('The server is busy extracting other texts. Try again in a few seconds.'), 503);
      }
      return c.html(layout({ title: 'Extraction' }, html`
<h1>${plural(extraction.quotes.length, 'quotation')} found</h1>
<form class="download" action="/api/extract?download=1" method="post">
<input type="hidden" name="text" value="${request.text}">
${request.options.published ? html`<input type="hidden" name="published" value="${request.options.published}">` : ''}
<button type="submit">Download JSON</button>
</form>
<div class="article-text">${highlightArticle(extraction, noCorpus)}</div>
<section aria-labelledby="quotations"><h2 id="quotations">Quotations</h2>${quotationTable(extraction, noCorpus, false)}</section>
<section aria-labelledby="again"><h2 id="again">Try another text</h2>${form(request.text, request.options)}</section>`));
    });
}
