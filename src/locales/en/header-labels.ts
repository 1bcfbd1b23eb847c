// Labels that introduce a publication date in the header lines of plain-text articles, as news
// sites print them and as machine translation renders them. Matched case-insensitively at the
// start of a line, followed by `:`, `-` or a space. Longer labels first, so `Published on` wins
// over `Published`.
export const dateHeaderLabels: string[] = [
  'date and time of publication',
  'time of publication',
  'date of publication',
  'publication time',
  'publishing date',
  'date of issue',
  'release date',
  'date created',
  'creation date',
  'uploaded on',
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
  'issued',
  'created',
  'date',
  'pubdate',
];

/** `Updated`, `Last modified`, `Updated on`: labels of a later revision's time. */
export const updateHeaderLabel = /updat|modif/i;
