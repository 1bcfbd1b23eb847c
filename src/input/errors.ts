/** A file or record that could not be read. `message` is one line that starts with the origin
 *  (`notes.bin: binary data, not text`, `feed.jsonl:7: not JSON`), ready to print as it is. */
export type InputError = { origin: string; message: string };

export function inputError(origin: string, reason: string): InputError {
  return { origin, message: `${origin}: ${reason}` };
}

export function isInputError(item: object): item is InputError {
  return typeof (item as { text?: unknown }).text !== 'string';
}
