/**
 * The Letter of Authorization (contract/orders-documents.md "Documents and the LOA"): what the form
 * says, decided from the order; src/documents/loa-pdf.ts lays it out as a PDF. Pure.
 *
 * The account number is printed whole: the losing carrier matches it against its records, which is
 * what the letter is for (the API masks it everywhere else). The PIN is never printed.
 */
import type { LosingCarrier } from './carrier-directory.ts';
import type { Address } from './port-request.ts';

/** What an LOA is made from: the order's details as they are now. */
export interface LoaOrder {
  id: string;
  end_user_name: string;
  end_user_address: Address;
  billing_phone: string;
  account_number: string;
  carrier_name: string | null;
  customer_reference: string | null;
  numbers: readonly { number: string; losing_carrier: LosingCarrier }[];
}

export interface LoaField {
  label: string;
  value: string;
}

/** The form's content, in reading order. */
export interface LoaContent {
  title: string;
  subtitle: string;
  provider: string;
  orderId: string;
  /** The date the letter was prepared (YYYY-MM-DD, the service's calendar). */
  date: string;
  accountHolder: LoaField[];
  numbersHeading: string;
  numberColumns: [string, string, string, string, string];
  numbers: { number: string; carrier: string; spid: string; kind: string }[];
  authorization: string[];
  signatureHeading: string;
  signatureLabels: { signature: string; name: string; title: string; date: string };
  footer: string;
}

/** What a signature stamps into the letter. */
export interface LoaSignature {
  signer_name: string;
  signer_title: string;
  /** ISO 8601 UTC. */
  signed_at: string;
  ip: string;
}

const formatAddress = (a: Address): string => `${a.street}, ${a.city}, ${a.state} ${a.postal_code}, ${a.country}`;

/** +14155551234 → +1 415-555-1234 (North American numbers); others as they are. */
export function displayNumber(e164: string): string {
  const m = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return m ? `+1 ${m[1]}-${m[2]}-${m[3]}` : e164;
}

export function loaContent(order: LoaOrder, provider: string, date: string): LoaContent {
  const carriers = [...new Set(order.numbers.map((n) => n.losing_carrier.name))];
  return {
    title: 'Letter of Authorization',
    subtitle: 'Local number portability: authorization to change service provider',
    provider,
    orderId: order.id,
    date,
    accountHolder: [
      { label: 'Account holder (end user) name', value: order.end_user_name },
      { label: 'Billing telephone number (BTN)', value: displayNumber(order.billing_phone) },
      { label: 'Service address', value: formatAddress(order.end_user_address) },
      { label: 'Account number with current provider', value: order.account_number },
      { label: 'Current provider (as given by the customer)', value: order.carrier_name ?? carriers.join(', ') },
      { label: 'Customer reference', value: order.customer_reference ?? '—' },
    ],
    numbersHeading: `Telephone numbers to be ported (${order.numbers.length})`,
    numberColumns: ['#', 'Telephone number', 'Current (losing) carrier', 'SPID', 'Service'],
    numbers: order.numbers.map((n) => ({
      number: displayNumber(n.number),
      carrier: n.losing_carrier.name,
      spid: n.losing_carrier.spid,
      kind: n.losing_carrier.wireless ? 'Wireless' : 'Wireline',
    })),
    authorization: [
      `I, the undersigned, am the account holder named above, or am authorized to act on the account holder's behalf, for the telephone numbers listed in this letter. ` +
        `I authorize ${provider} and its designated agents to notify my current service provider${carriers.length > 1 ? 's' : ''} (${carriers.join(', ')}) of my decision ` +
        `to change service providers, and to port the telephone numbers listed above to ${provider}.`,
      `I understand that porting ends my current provider's service for these numbers, and that I remain responsible for any charges owed to my current provider, ` +
        `including early termination fees. The information in this letter matches my current provider's records. This authorization is valid for 60 days from the date signed.`,
    ],
    signatureHeading: 'Authorized signature',
    signatureLabels: { signature: 'Signature of the account holder or authorized person', name: 'Printed name', title: 'Title', date: 'Date signed' },
    footer: `Order ${order.id} · prepared ${date} for ${provider}`,
  };
}

/**
 * What a signature covers: the details the letter states. A signed LOA meets the order's `loa`
 * requirement while the order still has these details (the caller hashes this text).
 */
export function loaCover(order: LoaOrder): string {
  return JSON.stringify([
    order.end_user_name,
    order.end_user_address,
    order.billing_phone,
    order.account_number,
    order.carrier_name,
    order.numbers.map((n) => [n.number, n.losing_carrier.name, n.losing_carrier.spid]),
  ]);
}

/** The signature's words, as stamped (the time in UTC, to the minute, and the address it came from). */
export function signatureLines(s: LoaSignature): { name: string; title: string; date: string; record: string } {
  const at = s.signed_at.slice(0, 16).replace('T', ' ') + ' UTC';
  return {
    name: s.signer_name,
    title: s.signer_title,
    date: at,
    record: `Signed electronically by ${s.signer_name} (${s.signer_title}) on ${at} from IP address ${s.ip}, with the signer's consent recorded.`,
  };
}
