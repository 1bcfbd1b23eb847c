// Name words that are also common words (Grant, Rich, Bush, Young, Brown, May, Will, Mark, Hope,
// Lynch): the tagger often reads them as such, so name and source finding accept these tags on a
// capitalised word when the context says it is a name.

/** Parts of speech the tagger gives a name word it misread as a common word. */
export const MISREAD_NAME_POS: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'AUX', 'ADV']);
