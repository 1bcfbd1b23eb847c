// Closing quotation marks as tokens or characters, for the stages that step back over them to the
// punctuation inside (`…part of his plan.”`, `…,'" Green said`). `''` is the doubled-apostrophe
// closer of some wire copy; as a token it is one mark.
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'", "''", '»']);
