/** The losing-carrier directory of this service: CARRIER_RECORDS' carriers, then the built-in one (domain/carrier-directory.ts). */
import { losingCarrierOf, type CarrierEntry, type LosingCarrier } from '../domain/carrier-directory.ts';

export interface CarrierDirectory {
  of(e164: string): LosingCarrier;
}

export function createDirectory(entries: readonly CarrierEntry[]): CarrierDirectory {
  return { of: (e164) => losingCarrierOf(e164, entries) };
}
