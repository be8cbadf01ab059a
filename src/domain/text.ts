/**
 * What a text field may hold (CONTRACT.md "Input hygiene"): no control characters (C0, DEL, C1), no
 * bidirectional overrides or isolates, no line/paragraph separators, no zero-width or invisible
 * formatting characters, and not only whitespace. Accepted text is stored in Unicode NFC.
 */
const FORBIDDEN = '\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff\\ufff9-\\ufffb';

/** As a JSON-Schema `pattern` (ECMA-262, unicode-aware): at least one visible character, none forbidden. */
export const SAFE_TEXT_PATTERN = `^[^${FORBIDDEN}]*[^\\s${FORBIDDEN}][^${FORBIDDEN}]*$`;

const SAFE_TEXT = new RegExp(SAFE_TEXT_PATTERN, 'u');

export function isSafeText(value: string): boolean {
  return SAFE_TEXT.test(value);
}

/** NFC, the one normal form text is stored and compared in. */
export const normalizeText = (value: string): string => value.normalize('NFC');
