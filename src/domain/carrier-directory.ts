/**
 * The losing carrier of a number: who holds it today, and so who must release it. Every number has
 * one. The directory is deterministic, so anyone can predict how an order splits:
 * - an entry of CARRIER_RECORDS' `carriers` whose `prefix` starts the number (the longest wins);
 * - otherwise the built-in directory by area code: Metro Wireless (wireless, a PIN is required)
 *   holds exactly the area codes 332, 347, 646 and 929; every other area code belongs to one of
 *   three wireline carriers, by the area code's remainder when divided by 3 (0: Northwind Telephone,
 *   1: Bluebell Communications, 2: Cascade Voice), e.g. 312 → Northwind, 415 → Bluebell,
 *   212 → Cascade. Numbers outside +1 belong to "International Partner".
 */

/** An NPAC Service Provider ID: 4 letters or digits. */
export const SPID_PATTERN = '^[A-Za-z0-9]{4}$';

export interface LosingCarrier {
  name: string;
  /** The carrier's NPAC Service Provider ID (4 characters, SPID_PATTERN). */
  spid: string;
  wireless: boolean;
  /** Rejects a port without the account PIN (PIN_INVALID). */
  pin_required: boolean;
}

/** A CARRIER_RECORDS `carriers` entry. */
export interface CarrierEntry extends LosingCarrier {
  prefix: string;
}

export const METRO_WIRELESS: LosingCarrier = { name: 'Metro Wireless', spid: '6214', wireless: true, pin_required: true };
export const WIRELINE: readonly LosingCarrier[] = [
  { name: 'Northwind Telephone', spid: '1001', wireless: false, pin_required: false },
  { name: 'Bluebell Communications', spid: '2002', wireless: false, pin_required: false },
  { name: 'Cascade Voice', spid: '3003', wireless: false, pin_required: false },
];
export const INTERNATIONAL: LosingCarrier = { name: 'International Partner', spid: '9009', wireless: false, pin_required: false };
export const WIRELESS_AREA_CODES: ReadonlySet<string> = new Set(['332', '347', '646', '929']);

const plain = (c: LosingCarrier): LosingCarrier => ({ name: c.name, spid: c.spid, wireless: c.wireless, pin_required: c.pin_required });

/** The losing carrier of an E.164 number. */
export function losingCarrierOf(e164: string, entries: readonly CarrierEntry[] = []): LosingCarrier {
  let best: CarrierEntry | undefined;
  for (const e of entries) if (e164.startsWith(e.prefix) && (!best || e.prefix.length > best.prefix.length)) best = e;
  if (best) return plain(best);
  if (!e164.startsWith('+1') || e164.length !== 12) return INTERNATIONAL;
  const npa = e164.slice(2, 5);
  if (WIRELESS_AREA_CODES.has(npa)) return METRO_WIRELESS;
  return WIRELINE[Number(npa) % 3]!;
}

/** Every carrier of the directory, once each: CARRIER_RECORDS' carriers in their order, then the built-in ones. */
export function carriersOf(entries: readonly CarrierEntry[] = []): LosingCarrier[] {
  const seen = new Map<string, LosingCarrier>();
  for (const c of [...entries, METRO_WIRELESS, ...WIRELINE, INTERNATIONAL]) if (!seen.has(carrierKey(c))) seen.set(carrierKey(c), plain(c));
  return [...seen.values()];
}

/** The key that groups numbers of one carrier into one sub-order. */
export const carrierKey = (c: LosingCarrier): string => `${c.spid}|${c.name}`;
