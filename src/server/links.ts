// Paths of the web UI's pages. Ids come from data (file paths, names), so each is one encoded
// path segment; the routes accept the rest of the path so ids containing slashes still resolve.

export const links = {
  home: () => '/',
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
  article: (id: string) => `/articles/${encodeURIComponent(id)}`,
  quote: (id: string) => `/quotes/${encodeURIComponent(id)}`,
  /** Speakers are addressed by corpus id or by name; an article only knows names. */
  speaker: (idOrName: string) => `/speakers/${encodeURIComponent(idOrName)}`,
  extract: () => '/extract',
};

/** An article's own URL is data: only http(s) may become a link (never javascript: or data:). */
export function externalUrl(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
