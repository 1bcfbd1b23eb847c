// The marks that end a sentence, for the stages that read punctuation tokens themselves (wink-nlp's
// sentence boundaries are in the Document; these judge a single token).
//
// Three checks ask whether something ends its sentence, each named for what it tests; they differ
// on purpose and are not folded (measured with each other's test, eval polnear rules vs c48ea58):
// - reported-clauses.ts onlyPunctuationAfter (inside reportedClause): whether a cue, or its
//   inverted source, ends the sentence so the clause before it is what it reports. The next token is past the sentence
//   reach or any punctuation (the full stop, the comma of `…, a staffer said, was grim`, also a
//   dash or bracket). closing-reports' test there (end mark or comma only) changes one train
//   attribution (content F1 .8421 → .8422) and none on dev.
// - closing-reports.ts onlyShortAdjunctAfter: whether a report after a quotation closes it,
//   allowing up to MAX_TAIL adjunct words first (`said Monday`, `wrote in a memo to staff`) before wink-nlp's sentence
//   ends, an end mark or a comma; a dash, colon or bracket does not close. reported-clauses' any-
//   punctuation test there changes 4 train attributions (all-attribution speaker .9040 → .9042)
//   and none on dev: a candidate for a behaviour change, not a refactoring.
// - same-statement.ts contentEndsOnSentenceMark: reads characters inside a quotation, not tokens after it: whether its
//   words end with `.` `!` `?` before the closing marks (`…part of his plan.”`), so no
//   attribution of its own follows. A different question from the two above.
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);
