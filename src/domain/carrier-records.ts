/**
 * The customer-records file (CARRIER_RECORDS): what a losing carrier holds for some numbers, checked
 * at review the way a carrier checks a port against its customer service record (CSR). Pure: the
 * file is read by src/config.ts, once.
 */
import { SPID_PATTERN, type CarrierEntry } from './carrier-directory.ts';
import type { Address } from './port-request.ts';
import type { RejectionCode } from './rejection.ts';

/** The details of a port a carrier compares with its record. */
export interface ReviewedDetails {
  accountNumber: string;
  accountPin: string | null;
  endUserName: string;
  endUserAddress: Address;
}

export interface CustomerRecord {
  number: string;
  account_number?: string;
  pin?: string;
  name?: string;
  postal_code?: string;
  /** Default true. */
  active?: boolean;
  /** Default false. */
  dispute?: boolean;
  /** Default true. */
  portable?: boolean;
}

export type CustomerRecords = ReadonlyMap<string, CustomerRecord>;

/** What the CARRIER_RECORDS file describes: customer records by number, and carriers by prefix. */
export interface CarrierFile {
  records: CustomerRecords;
  carriers: readonly CarrierEntry[];
}

export const EMPTY_CARRIER_FILE: CarrierFile = { records: new Map(), carriers: [] };

const CARRIER_FIELDS: Record<string, 'string' | 'boolean'> = { prefix: 'string', name: 'string', spid: 'string', wireless: 'boolean', pin_required: 'boolean' };

/** The longest carrier name the file may give. */
export const CARRIER_NAME_MAX = 200;

function parseCarriers(list: unknown, source: string): CarrierEntry[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${source}: "carriers" must be an array`);
  return list.map((c, i) => {
    if (!c || typeof c !== 'object') throw new Error(`${source}: carrier ${i} is not an object`);
    for (const [key, value] of Object.entries(c)) {
      const type = CARRIER_FIELDS[key];
      if (!type) throw new Error(`${source}: carrier ${i} has an unknown field "${key}"`);
      if (typeof value !== type) throw new Error(`${source}: carrier ${i} field "${key}" must be a ${type}`);
    }
    const e = c as Partial<CarrierEntry>;
    if (!/^\+[1-9]\d{0,14}$/.test(e.prefix ?? '')) throw new Error(`${source}: carrier ${i} needs a "prefix" (+ and digits, e.g. +1212555)`);
    if (!e.name?.trim()) throw new Error(`${source}: carrier ${i} needs a "name"`);
    // A carrier's name goes into index entries (an order's ports by order, on PostgreSQL limited to ~2.7 KB).
    if (e.name.length > CARRIER_NAME_MAX) throw new Error(`${source}: carrier ${i} "name" is longer than ${CARRIER_NAME_MAX} characters`);
    if (!new RegExp(SPID_PATTERN).test(e.spid ?? '')) throw new Error(`${source}: carrier ${i} needs a 4-character "spid"`);
    return { prefix: e.prefix!, name: e.name, spid: e.spid!, wireless: e.wireless ?? false, pin_required: e.pin_required ?? false };
  });
}

const FIELDS: Record<string, 'string' | 'boolean'> = {
  number: 'string',
  account_number: 'string',
  pin: 'string',
  name: 'string',
  postal_code: 'string',
  active: 'boolean',
  dispute: 'boolean',
  portable: 'boolean',
};

/** Parses and checks the file; a mistake names the record (or carrier) and field, so start-up can report it. */
export function parseCarrierFile(text: string, source = 'CARRIER_RECORDS'): CarrierFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const carriers = Array.isArray(data) ? [] : parseCarriers((data as { carriers?: unknown })?.carriers, source);
  if (!Array.isArray(data) && data && typeof data === 'object') {
    for (const key of Object.keys(data)) if (key !== 'records' && key !== 'carriers') throw new Error(`${source}: unknown top-level field "${key}" (records, carriers)`);
    if ((data as { records?: unknown }).records === undefined) return { records: new Map(), carriers };
  }
  return { records: parseRecords(text, source), carriers };
}

/** The customer records of the file (see parseCarrierFile). */
export function parseRecords(text: string, source = 'CARRIER_RECORDS'): CustomerRecords {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const list = Array.isArray(data) ? data : (data as { records?: unknown })?.records;
  if (!Array.isArray(list)) throw new Error(`${source}: expected {"records": [...]} or an array of records`);
  const records = new Map<string, CustomerRecord>();
  list.forEach((r, i) => {
    if (!r || typeof r !== 'object') throw new Error(`${source}: record ${i} is not an object`);
    for (const [key, value] of Object.entries(r)) {
      const type = FIELDS[key];
      if (!type) throw new Error(`${source}: record ${i} has an unknown field "${key}"`);
      if (typeof value !== type) throw new Error(`${source}: record ${i} field "${key}" must be a ${type}`);
    }
    const rec = r as CustomerRecord;
    if (!/^\+[1-9]\d{1,14}$/.test(rec.number ?? '')) throw new Error(`${source}: record ${i} needs an E.164 "number"`);
    records.set(rec.number, rec);
  });
  return records;
}

const norm = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The first reason a carrier would give for rejecting the port, or null when the details match. */
export function checkAgainstRecord(rec: CustomerRecord, req: ReviewedDetails): RejectionCode | null {
  if (rec.portable === false) return 'NUMBER_NOT_PORTABLE';
  if (rec.active === false) return 'NUMBER_INACTIVE';
  if (rec.dispute === true) return 'ACCOUNT_DISPUTE';
  if (rec.account_number !== undefined && norm(rec.account_number) !== norm(req.accountNumber)) return 'ACCOUNT_NUMBER_MISMATCH';
  if (rec.pin !== undefined && rec.pin !== req.accountPin) return 'PIN_INVALID';
  if (rec.name !== undefined && norm(rec.name) !== norm(req.endUserName)) return 'END_USER_MISMATCH';
  if (rec.postal_code !== undefined && norm(rec.postal_code) !== norm(req.endUserAddress.postal_code)) return 'END_USER_MISMATCH';
  return null;
}
