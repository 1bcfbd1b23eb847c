// The 404 and 500 pages: a sentence, no details from the request or the error.
import { html } from '../html.js';
import { layout } from '../views/layout.js';
import { links } from '../links.js';

export function notFoundPage(what = 'page'): string {
  return layout({ title: 'Not found' }, html`<h1>Not found</h1><p>There is no such ${what} in this corpus.</p><p><a href="${links.home()}">Back to the overview</a></p>`);
}

export function errorPage(message: string): string {
  return layout({ title: 'Error' }, html`<h1>Something went wrong</h1><p>${message}</p><p><a href="${links.home()}">Back to the overview</a></p>`);
}
