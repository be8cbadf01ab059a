/**
 * What the client commands send: a body from `--file` (JSON), with the fields the flags name set on
 * it, and lists of numbers from files (one a line, or CSV). Nothing is validated here beyond being
 * readable: the API checks every field and says which is wrong.
 */
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { UsageError } from './errors.ts';

export type Body = Record<string, unknown>;

/** A body field set by a flag; `end_user_address.city` sets a field of the address object. */
interface FieldFlag {
  flags: string;
  field: string;
  help: string;
}

const flag = (flags: string, field: string, help: string): FieldFlag => ({ flags, field, help });

export const NUMBER_FLAG = flag('--number <e164>', 'number', 'the phone number to port, E.164 (+14155551234)');
/** The account details of a port or an order, as flags. */
export const ACCOUNT_FLAGS: readonly FieldFlag[] = [
  flag('--account-number <text>', 'account_number', 'account number with the current provider'),
  flag('--account-pin <text>', 'account_pin', 'account PIN with the current provider (stored encrypted)'),
  flag('--carrier-name <text>', 'carrier_name', 'current provider name'),
  flag('--billing-phone <e164>', 'billing_phone', 'billing phone number on the account, E.164'),
  flag('--end-user-name <text>', 'end_user_name', 'name of the account holder'),
  flag('--street <text>', 'end_user_address.street', 'service address: street and number'),
  flag('--city <text>', 'end_user_address.city', 'service address: city'),
  flag('--state <text>', 'end_user_address.state', 'service address: state or province'),
  flag('--postal-code <text>', 'end_user_address.postal_code', 'service address: postal code'),
  flag('--country <code>', 'end_user_address.country', 'service address: ISO 3166 two-letter country code'),
];
/** What a new port or order may carry beyond the account details. */
export const SUBMISSION_FLAGS: readonly FieldFlag[] = [
  flag('--customer-reference <text>', 'customer_reference', 'your own reference, echoed back'),
  flag('--requested-foc-date <date>', 'requested_foc_date', 'the FOC date you ask for (YYYY-MM-DD)'),
];
export const ADDRESS_FIELDS = ['street', 'city', 'state', 'postal_code', 'country'] as const;

/** Adds the flags to a command, with --file for a JSON body the flags add to. */
export function bodyOptions(cmd: Command, flags: readonly FieldFlag[]): Command {
  cmd.option('--file <path>', 'the request body as JSON (- for stdin); flags set fields on it');
  for (const f of flags) cmd.option(f.flags, f.help);
  return cmd;
}

/** The JSON object in a file (`-`: stdin). */
export function readJsonFile(path: string): Body {
  const text = readText(path);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not JSON: ${(err as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new UsageError(`${path} must hold a JSON object (the request body)`);
  return body as Body;
}

function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** The body of --file with the fields of the flags given set on it (a flag wins over the file). */
export function bodyFrom(opts: Record<string, unknown>, flags: readonly FieldFlag[]): Body {
  const body: Body = typeof opts['file'] === 'string' ? readJsonFile(opts['file']) : {};
  for (const f of flags) {
    const value = opts[new Option(f.flags).attributeName()];
    if (value === undefined) continue;
    const [outer, inner] = f.field.split('.') as [string, string | undefined];
    if (inner === undefined) {
      body[outer] = value;
    } else {
      const current = body[outer];
      body[outer] = { ...(typeof current === 'object' && current !== null ? current : {}), [inner]: value };
    }
  }
  return body;
}

/**
 * Numbers from a file: one a line, or CSV (its first column). Blank lines are skipped, and so is a
 * first line without a digit (a header such as `number,name`).
 */
export function parseNumberList(text: string): string[] {
  const numbers: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const first = (line.split(',')[0] ?? '').trim().replace(/^"(.*)"$/, '$1').trim();
    if (first === '' || (i === 0 && !/\d/.test(first))) return;
    numbers.push(first);
  });
  return numbers;
}

export function readNumberList(path: string): string[] {
  const numbers = parseNumberList(readText(path));
  if (numbers.length === 0) throw new UsageError(`${path} holds no numbers (one a line, or CSV with the numbers in the first column)`);
  return numbers;
}
