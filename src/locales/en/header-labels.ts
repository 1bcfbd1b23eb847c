// Labels that introduce a publication date in the header lines of plain-text articles, as news
// sites print them and as machine translation renders them. Matched case-insensitively at the
// start of a line, followed by `:`, `-` or a space. Longer labels first, so `Published on` wins
// over `Published`.
export const dateHeaderLabels: string[] = [
  'date of publication',
  'publication date',
  'date published',
  'published date',
  'last modified',
  'last updated',
  'first published',
  'originally published',
  'published on',
  'published at',
  'updated on',
  'updated at',
  'posted on',
  'posted at',
  'released on',
  'published',
  'updated',
  'modified',
  'posted',
  'released',
  'dated',
  'date',
  'pubdate',
];
