import { ServiceError } from './errors.ts';
import type { CarrierStatus, PortStatus } from './port-request.ts';

/**
 * The state machine as data (CONTRACT.md "Statuses"): for each target status, the statuses a port
 * may move there from. Every status change in the service is checked against this table and applied
 * as a guarded `UPDATE … WHERE status IN (from…)`, so two actors can never both win a race.
 */
export const ALLOWED_FROM: Readonly<Record<PortStatus, readonly PortStatus[]>> = {
  pending: ['failed'], // resubmission
  authorized: ['pending'],
  in_progress: ['authorized'],
  completed: ['in_progress'],
  failed: ['pending', 'authorized', 'in_progress'],
  cancelled: ['pending', 'authorized'],
};

export function canTransition(from: PortStatus, to: PortStatus): boolean {
  return ALLOWED_FROM[to].includes(from);
}

/** Throws the typed 409 `invalid_transition` naming both states when the move is not allowed. */
export function assertTransition(from: PortStatus, to: PortStatus): void {
  if (!canTransition(from, to)) throw invalidTransition(from, to);
}

/**
 * The one builder of 409 `invalid_transition`: names both states (`message` says it in the words of
 * the action that was refused, e.g. a correction).
 */
export function invalidTransition(from: PortStatus, to: PortStatus, message = `A port cannot move from ${from} to ${to}`): ServiceError {
  return new ServiceError('invalid_transition', message, [
    { field: 'status', message: `allowed from ${from}: ${allowedTargets(from).join(', ') || 'none (final)'}`, from, to },
  ]);
}

export function allowedTargets(from: PortStatus): PortStatus[] {
  return (Object.keys(ALLOWED_FROM) as PortStatus[]).filter((to) => canTransition(from, to));
}

/** The carrier status each status shows; `failed` depends on where the port failed. */
export function carrierStatusFor(status: PortStatus, failedFrom?: PortStatus): CarrierStatus {
  switch (status) {
    case 'pending':
      return 'pending_transfer';
    case 'authorized':
      return 'foc_received';
    case 'in_progress':
      return 'transfer_in_progress';
    case 'completed':
      return 'ported';
    case 'cancelled':
      return 'cancelled';
    case 'failed':
      return failedFrom === 'in_progress' ? 'transfer_failed' : 'rejected';
  }
}
