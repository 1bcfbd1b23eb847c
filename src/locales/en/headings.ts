// Words that head an editorial line or a section before a colon, as news sites print them:
// `Correction: An earlier version…`, `Editor's note: …`, `The Latest: …`, `Replacements: …` in a
// rugby line-up. Before a colon they look like a speaker label (`WALLACE: Let's start…`) but name
// nobody. Lower-cased, straight apostrophes, matched against the whole label (a trailing number,
// `Update 2:`, is allowed). Left out on purpose: `Poll`, `Report`, `Transcript`, which PolNeAR
// annotates as the source of the line they open (`Poll: Clinton and Trump in dead heat`).
/** The publication's notices about its own text (`Correction: An earlier version of this story
 *  incorrectly said…`, `Editor's note: …`). Not `update`, which opens news of its own. */
export const editorialNotices: string[] = [
  'correction', 'corrections', 'clarification', 'clarifications', 'editor\'s note', 'editors\' note', 'editor\'s notes',
];

export const headings: string[] = [
  // Editorial notices.
  ...editorialNotices,
  'update', 'updates', 'note', 'notes', 'contributing', 'byline', 'credit', 'credits', 'source', 'sources',
  'paid notice', 'advertisement', 'sponsored', 'disclaimer', 'disclosure',
  // Section and format labels.
  'the latest', 'latest', 'breaking', 'breaking news', 'exclusive', 'revealed', 'just leaked', 'previously',
  'related', 'related coverage', 'related content', 'related stories', 'read more', 'see also', 'more',
  'background', 'analysis', 'comment', 'opinion', 'explainer', 'factbox', 'fact box', 'timeline', 'profile',
  'obituary', 'preview', 'review', 'q&a', 'in pictures', 'in depth', 'live', 'watch', 'watch live', 'video',
  'photo', 'photos', 'picture', 'pictures', 'audio', 'listen', 'look', 'email', 'online', 'still to come',
  'spoiler alert',
  // Sports results and line-ups.
  'result', 'results', 'replacements', 'subs', 'subs not used', 'substitutes', 'backs', 'forwards',
  'scorers', 'referee', 'attendance',
];
