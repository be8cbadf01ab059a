import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';
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

/** Number types no carrier ports in (CONTRACT.md "Ports"). */
const NOT_PORTABLE: ReadonlySet<NumberType> = new Set<NumberType>([
  'PREMIUM_RATE',
  'SHARED_COST',
  'UAN',
  'VOICEMAIL',
  'PAGER',
  'PERSONAL_NUMBER',
]);

const invalid = (field: string, message: string): ServiceError =>
  new ServiceError('validation_failed', `${field}: ${message}`, [{ field, message }]);

/**
 * A phone number must already be E.164 and valid for its region. A number that is valid but written
 * another way is refused with its E.164 form in the message, so the fix is obvious.
 */
export function parseE164(field: string, value: string): PhoneNumberInfo {
  const known = parsed.get(value);
  if (known) return known;
  const info = parseUncached(field, value);
  if (parsed.size >= MAX_PARSED) parsed.clear();
  parsed.set(value, info);
  return info;
}

// libphonenumber is slow (tens of µs a number) and a submission parses the number and the billing
// phone, usually the same one. Valid results are pure functions of the text, so they are cached.
const MAX_PARSED = 10_000;
const parsed = new Map<string, PhoneNumberInfo>();

function parseUncached(field: string, value: string): PhoneNumberInfo {
  if (!E164.test(value)) {
    const guess = parsePhoneNumberFromString(value, 'US');
    const hint = guess?.isValid() ? `; did you mean ${guess.number}?` : ', for example +14155551234';
    throw invalid(field, `must be in E.164 format (+ and country code, digits only)${hint}`);
  }
  const phone = parsePhoneNumberFromString(value);
  // With the `max` metadata, isValid() is exactly "getType() finds a type" (libphonenumber-js
  // isValid.js), so one type match answers both questions.
  const type = phone?.getType();
  if (!phone || type === undefined || !phone.country) {
    throw invalid(field, `${value} is not a valid phone number`);
  }
  return Object.freeze({ e164: phone.number, region: phone.country, numberType: type.toLowerCase() });
}

/** Eligibility at submission: a supported region and a portable number type. */
export function assertEligible(info: PhoneNumberInfo, supportedRegions: readonly string[]): void {
  if (!supportedRegions.includes(info.region)) {
    throw new ServiceError('not_eligible', `Numbers in region ${info.region} cannot be ported to this service`, [
      { field: 'number', message: `region ${info.region} is not supported (supported: ${supportedRegions.join(', ')})`, reason: 'region_not_supported' },
    ]);
  }
  if (NOT_PORTABLE.has(info.numberType.toUpperCase() as NumberType)) {
    throw new ServiceError('not_eligible', `${info.numberType.replaceAll('_', ' ')} numbers cannot be ported`, [
      { field: 'number', message: `number type ${info.numberType} is not portable`, reason: 'number_type_not_portable' },
    ]);
  }
}
