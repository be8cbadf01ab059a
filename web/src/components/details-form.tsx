/** The account details of a port or an order (who holds the numbers today), as one form section. */
import type { Schemas } from '../api/client';
import { PhoneField } from './phone';
import { Field, Select } from './ui';

export interface Details {
  account_number: string;
  account_pin: string;
  carrier_name: string;
  billing_phone: string;
  end_user_name: string;
  street: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
}

export const emptyDetails = (): Details => ({
  account_number: '',
  account_pin: '',
  carrier_name: '',
  billing_phone: '',
  end_user_name: '',
  street: '',
  city: '',
  state: '',
  postal_code: '',
  country: 'US',
});

/** A port's or order's current values, for a correction (the account number is masked: left empty). */
export const detailsOf = (p: { billing_phone: string; end_user_name: string; carrier_name: string | null; end_user_address: Schemas['Address'] }): Details => ({
  ...emptyDetails(),
  carrier_name: p.carrier_name ?? '',
  billing_phone: p.billing_phone,
  end_user_name: p.end_user_name,
  ...p.end_user_address,
});

export const addressOf = (d: Details): Schemas['Address'] => ({ street: d.street.trim(), city: d.city.trim(), state: d.state.trim(), postal_code: d.postal_code.trim(), country: d.country });

export function DetailsForm(props: { value: Details; onChange: (d: Details) => void; errors: Record<string, string>; accountNumberHint?: string; pinHint?: string }) {
  const d = props.value;
  const set = (k: keyof Details) => (v: string) => props.onChange({ ...d, [k]: v });
  const e = props.errors;
  return (
    <>
      <fieldset>
        <legend>Account with the current provider</legend>
        <p class="legend-hint">Exactly as on a recent bill: the provider compares these with its records.</p>
        <div class="grid-2">
          <Field label="Account number" name="account_number" value={d.account_number} onValue={set('account_number')} error={e['account_number']} hint={props.accountNumberHint} autoComplete="off" />
          <Field label="Account PIN" name="account_pin" value={d.account_pin} onValue={set('account_pin')} error={e['account_pin']} optional hint={props.pinHint ?? 'Wireless providers require it. Stored encrypted, never shown again.'} autoComplete="off" type="password" />
          <Field label="Current provider" name="carrier_name" value={d.carrier_name} onValue={set('carrier_name')} error={e['carrier_name']} optional />
          <PhoneField label="Billing phone number" name="billing_phone" value={d.billing_phone} onValue={set('billing_phone')} error={e['billing_phone']} />
        </div>
      </fieldset>
      <fieldset>
        <legend>Account holder and service address</legend>
        <Field label="Name on the account" name="end_user_name" value={d.end_user_name} onValue={set('end_user_name')} error={e['end_user_name']} autoComplete="organization" />
        <Field label="Street" name="street" value={d.street} onValue={set('street')} error={e['end_user_address.street']} autoComplete="street-address" />
        <div class="grid-3">
          <Field label="City" name="city" value={d.city} onValue={set('city')} error={e['end_user_address.city']} autoComplete="address-level2" />
          <Field label="State or province" name="state" value={d.state} onValue={set('state')} error={e['end_user_address.state']} autoComplete="address-level1" />
          <Field label="Postal code" name="postal_code" value={d.postal_code} onValue={set('postal_code')} error={e['end_user_address.postal_code']} autoComplete="postal-code" />
        </div>
        <Select
          label="Country"
          name="country"
          value={d.country}
          onValue={set('country')}
          error={e['end_user_address.country']}
          options={[
            { value: 'US', label: 'United States' },
            { value: 'CA', label: 'Canada' },
          ]}
        />
      </fieldset>
    </>
  );
}

/** Empty optional text is left out of a request (or sent as null where it clears a value). */
export const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** A new port's or order's fields besides its numbers, as the API takes them. */
export const submission = (d: Details, reference: string, foc: string) => ({
  account_number: d.account_number.trim(),
  account_pin: optional(d.account_pin) ?? null,
  carrier_name: optional(d.carrier_name) ?? null,
  billing_phone: d.billing_phone.trim(),
  end_user_name: d.end_user_name.trim(),
  end_user_address: addressOf(d),
  customer_reference: optional(reference) ?? null,
  requested_foc_date: foc || null,
});
