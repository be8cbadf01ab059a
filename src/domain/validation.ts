import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { ServiceError } from './errors.ts';

/** E.164: a plus sign, a non-zero country-code digit, at most 15 digits in all, nothing else. */
export const E164_PATTERN = '^\\+[1-9][0-9]{1,14}$';
const E164 = new RegExp(E164_PATTERN);

export interface PhoneNumberInfo {
  e164: string;
  region: string;
  /** libphonenumber's type in lower snake case, e.g. `fixed_line_or_mobile`. */
  numberType: string;
}

export const invalidField = (field: string, message: string): ServiceError =>
  new ServiceError('validation_failed', `${field}: ${message}`, [{ field, message }]);

/**
 * A phone number must already be E.164, exactly as libphonenumber writes it, and valid for its
 * region. A number that is valid but written another way (`(415) 555-1234`, `+114155551234`) is
 * refused with its E.164 form in the message, so the fix is obvious.
 */
export function parseE164(field: string, value: string): PhoneNumberInfo {
  const known = parsed.get(value);
  if (known) return known;
  const info = parseUncached(field, value); // throws for anything not valid: only valid results are cached
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(value, info);
  return info;
}

// libphonenumber is slow (tens of µs a number) and a submission parses the number and the billing
// phone, usually the same one. Valid results are pure functions of the text, so they are cached.
const MAX_PARSED = 10_000;
const parsed = new Map<string, PhoneNumberInfo>();

const didYouMean = (e164: string) => `must be in E.164 format (+ and country code, digits only); did you mean ${e164}?`;

/** What a piece of text is as a phone number, without throwing (portability checks list each input). */
export type NumberInspection =
  | { kind: 'e164'; info: PhoneNumberInfo }
  /** A valid number written another way: its E.164 form. */
  | { kind: 'not_e164'; e164: string }
  | { kind: 'invalid'; looksE164: boolean };

export function inspectNumber(value: string): NumberInspection {
  if (!E164.test(value)) {
    const guess = parsePhoneNumberFromString(value, 'US');
    return guess?.isValid() ? { kind: 'not_e164', e164: guess.number } : { kind: 'invalid', looksE164: false };
  }
  const phone = parsePhoneNumberFromString(value);
  // With the `max` metadata, isValid() is exactly "getType() finds a type" (libphonenumber-js
  // isValid.js), so one type match answers both questions.
  const type = phone?.getType();
  if (!phone || type === undefined || !phone.country) return { kind: 'invalid', looksE164: true };
  // libphonenumber forgives a national prefix after the country code (+1 1 415…): we do not.
  if (phone.number !== value) return { kind: 'not_e164', e164: phone.number };
  return { kind: 'e164', info: Object.freeze({ e164: phone.number, region: phone.country, numberType: type.toLowerCase() }) };
}

function parseUncached(field: string, value: string): PhoneNumberInfo {
  const n = inspectNumber(value);
  if (n.kind === 'e164') return n.info;
  if (n.kind === 'not_e164') throw invalidField(field, didYouMean(n.e164));
  throw invalidField(field, n.looksE164 ? `${value} is not a valid phone number` : 'must be in E.164 format (+ and country code, digits only), for example +14155551234');
}
