// Nouns for documents and media that carry statements (`a report in the Financial Times said`,
// `according to a statement`). Lower-cased; multi-word nouns space-separated.
export const documentNouns: string[] = [
  'report', 'reports', 'statement', 'statements', 'interview', 'article', 'editorial', 'column', 'letter', 'memo',
  'memorandum', 'document', 'documents', 'survey', 'study', 'poll', 'paper', 'newspaper', 'press release', 'release',
  'email', 'e-mail', 'tweet', 'post', 'blog', 'blog post', 'broadcast', 'programme', 'program', 'briefing', 'filing',
  'book', 'biography', 'autobiography', 'memoir', 'leaflet', 'website', 'manifesto', 'transcript', 'communique',
  'communiqué', 'cable', 'dossier', 'bulletin', 'white paper', 'documentary', 'podcast', 'speech',
];
