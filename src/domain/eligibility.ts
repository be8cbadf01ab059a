/**
 * Whether a number can be ported in: the one place that decides it, for submissions, resubmissions
 * and (later) portability checks. Pure: the caller looks up the ports that might stand in the way.
 */
import type { NumberType } from 'libphonenumber-js/max';
import { ServiceError } from './errors.ts';
import { ACTIVE_STATUSES, type PortStatus } from './port-request.ts';
import type { PhoneNumberInfo } from './validation.ts';

const isActive = (p: { status: string }) => (ACTIVE_STATUSES as readonly string[]).includes(p.status);

/** Number types no carrier ports in (CONTRACT.md "Ports"). */
const NOT_PORTABLE: ReadonlySet<string> = new Set<string>(['PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER', 'PERSONAL_NUMBER'] satisfies NumberType[]);

export type IneligibleReason = 'region_not_supported' | 'number_type_not_portable';

/** Why the number's kind cannot be ported here, or null when it can. */
export function ineligibility(info: PhoneNumberInfo, supportedRegions: readonly string[]): { reason: IneligibleReason; message: string } | null {
  if (!supportedRegions.includes(info.region)) {
    return { reason: 'region_not_supported', message: `region ${info.region} is not supported (supported: ${supportedRegions.join(', ')})` };
  }
  if (NOT_PORTABLE.has(info.numberType.toUpperCase())) {
    return { reason: 'number_type_not_portable', message: `number type ${info.numberType} is not portable` };
  }
  return null;
}

/** Throws 422 `not_eligible` with the reason when the number's region or type cannot be ported. */
export function assertEligible(info: PhoneNumberInfo, supportedRegions: readonly string[], field = 'number'): void {
  const problem = ineligibility(info, supportedRegions);
  if (!problem) return;
  const headline =
    problem.reason === 'region_not_supported'
      ? `Numbers in region ${info.region} cannot be ported to this service`
      : `${info.numberType.replaceAll('_', ' ')} numbers cannot be ported`;
  throw new ServiceError('not_eligible', headline, [{ field, message: problem.message, reason: problem.reason }]);
}

/** Why a number cannot be ported in now (portability checks, order drafts), or null when it can. */
export type PortabilityReason = 'invalid_number' | 'not_e164' | IneligibleReason | 'port_exists' | 'already_in_service';

/**
 * The portability of a number whose kind is already known to be portable here, given the ports that
 * hold it: an active port anywhere is `port_exists` (whose is never revealed), a completed one in any
 * account `already_in_service`.
 */
export function portabilityOf(existing: readonly ExistingPort[]): 'port_exists' | 'already_in_service' | null {
  if (existing.some(isActive)) return 'port_exists';
  if (existing.some((p) => p.status === 'completed')) return 'already_in_service';
  return null;
}

/** A port that may stand in the way of another port of the same number. */
export interface ExistingPort {
  id: string;
  account_id: string;
  status: PortStatus;
}


/**
 * The error for a number that is taken, or null when it is free: an active port anywhere is
 * `port_exists` (its id is named only to its own account); a number already ported in (completed,
 * in any account) is `already_ported` (the other account is never named). `self` is the port being
 * resubmitted, which does not stand in its own way.
 */
export function numberTaken(number: string, existing: readonly ExistingPort[], accountId: string, self?: string): ServiceError | null {
  const others = existing.filter((p) => p.id !== self);
  const active = others.find(isActive);
  if (active) {
    const own = active.account_id === accountId;
    const what = self ? `; this one cannot be resubmitted` : '';
    return new ServiceError(
      'port_exists',
      own ? `You already have an active port for ${number}${what}` : `An active port for ${number} already exists${what}`,
      [own ? { field: 'number', message: `active port ${active.id} (${active.status})`, port_id: active.id } : { field: 'number', message: 'an active port exists for this number' }],
    );
  }
  const done = others.find((p) => p.status === 'completed');
  if (done) {
    return done.account_id === accountId
      ? new ServiceError('already_ported', `${number} has already been ported to your account`, [{ field: 'number', message: `completed port ${done.id}`, port_id: done.id }])
      : new ServiceError('already_ported', `${number} is already in service with this provider and cannot be ported in again`, [
          { field: 'number', message: 'the number is already in service here' },
        ]);
  }
  return null;
}
