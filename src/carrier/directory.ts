/** The losing-carrier directory of this service: CARRIER_RECORDS' carriers, then the built-in one (domain/carrier-directory.ts). */
import { carriersOf, losingCarrierOf, type CarrierEntry, type LosingCarrier } from '../domain/carrier-directory.ts';

export interface CarrierDirectory {
  of(e164: string): LosingCarrier;
  /** Every carrier a number can belong to. */
  carriers(): LosingCarrier[];
}

export function createDirectory(entries: readonly CarrierEntry[]): CarrierDirectory {
  const all = carriersOf(entries);
  return { of: (e164) => losingCarrierOf(e164, entries), carriers: () => all.map((c) => ({ ...c })) };
}
