/**
 * A phone-number field checked as it is typed, with the browser build of libphonenumber-js (the
 * same library and rules the API uses): the API takes only the exact E.164 spelling, so the field
 * says what that is and offers it ("did you mean") for a number written another way.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { Field } from './ui';

export type PhoneCheck = { kind: 'empty' } | { kind: 'ok'; e164: string; region: string | undefined } | { kind: 'suggest'; e164: string } | { kind: 'invalid'; message: string };

export function checkPhone(raw: string): PhoneCheck {
  const text = raw.trim();
  if (!text) return { kind: 'empty' };
  const parsed = parsePhoneNumberFromString(text, 'US');
  if (!parsed || !parsed.isValid()) {
    const digits = text.replace(/\D/g, '');
    return { kind: 'invalid', message: digits.length < 10 ? 'Keep typing: a number has 10 digits after +1 in the US and Canada' : 'This is not a valid phone number' };
  }
  if (parsed.number === text) return { kind: 'ok', e164: parsed.number, region: parsed.country };
  return { kind: 'suggest', e164: parsed.number };
}

export function PhoneField(props: { label: string; name: string; value: string; onValue: (v: string) => void; error?: string | undefined; optional?: boolean }) {
  const check = checkPhone(props.value);
  const hint =
    check.kind === 'ok' ? (
      <span class="ok">✓ Valid {check.region ?? ''} number in E.164 form</span>
    ) : check.kind === 'suggest' ? (
      <span>
        Did you mean <strong>{check.e164}</strong>?{' '}
        <button type="button" class="link-button" onClick={() => props.onValue(check.e164)}>
          Use {check.e164}
        </button>
      </span>
    ) : check.kind === 'invalid' ? (
      <span class="warn">{check.message}</span>
    ) : (
      <span>E.164: + then the country code and number, e.g. +14155551234</span>
    );
  return (
    <Field
      label={props.label}
      name={props.name}
      value={props.value}
      onValue={props.onValue}
      error={props.error}
      hint={hint}
      optional={props.optional}
      type="tel"
      inputMode="tel"
      autoComplete="off"
      placeholder="+14155551234"
    />
  );
}
