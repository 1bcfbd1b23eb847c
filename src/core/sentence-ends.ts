// The marks that end a sentence, for the stages that read punctuation tokens themselves (wink-nlp's
// sentence boundaries are in the Document; these judge a single token).
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);
