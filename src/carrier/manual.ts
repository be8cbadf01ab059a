/**
 * Manual mode: the provider's porting desk talks to the losing carrier and records each outcome
 * through the operator API (`POST /v2/admin/ports/{id}/transition`). Nothing moves on its own, so
 * the workflow never asks this gateway anything.
 */
import type { CarrierGateway } from './gateway.ts';

export function createManualGateway(): CarrierGateway {
  const never = async (): Promise<never> => {
    throw new Error('manual mode: ports are moved by the porting desk, not by the workflow');
  };
  return { mode: 'manual', automatic: false, review: never, transfer: never };
}
