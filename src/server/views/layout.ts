// The page shell every page shares: one stylesheet, one deferred script, no inline code (CSP).
import { html, type Html } from '../html.js';
import { links } from '../links.js';

export type PageOptions = { title: string; query?: string };

/** A whole HTML document, ready to send. */
export function layout(options: PageOptions, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · quotetrace</title>
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${links.home()}">quotetrace</a>
<form class="search" action="/search" method="get" role="search">
<label for="site-q" class="visually-hidden">Search quotations</label>
<input id="site-q" type="search" name="q" value="${options.query ?? ''}" placeholder="Search quotations">
<button type="submit">Search</button>
</form>
<nav aria-label="Site"><a href="${links.extract()}">Extract</a></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site"><p>quotetrace — who said what, according to whom, and when.</p></footer>
</body>
</html>
`.value;
}

/** Dates as stored are ISO 8601; show the day, and the time when there is one. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${m[1]} ${m[2]}` : m[1]!;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
