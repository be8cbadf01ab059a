/** Rejection codes a losing carrier (or the porting desk) gives, and what the customer reads. */
export const REJECTION_CODES = [
  'ACCOUNT_NUMBER_MISMATCH',
  'PIN_INVALID',
  'NUMBER_INACTIVE',
  'ACCOUNT_DISPUTE',
  'END_USER_MISMATCH',
  'NUMBER_NOT_PORTABLE',
  'TRANSFER_FAILED',
  'OTHER',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

const CORRECT = 'Correct it with PATCH /v2/ports/{id} or cancel and resubmit.';

/** Why the port failed, written for a person, with what to do next. */
export const REJECTION_MESSAGES: Readonly<Record<RejectionCode, string>> = {
  ACCOUNT_NUMBER_MISMATCH: `the account number does not match the current provider's records. ${CORRECT}`,
  PIN_INVALID: `the account PIN does not match the current provider's records. ${CORRECT}`,
  NUMBER_INACTIVE: 'the number is not active with the current provider. Reactivate it there, then resubmit with PATCH /v2/ports/{id}.',
  ACCOUNT_DISPUTE: 'the account has an outstanding dispute with the current provider. Resolve it with them, then resubmit with PATCH /v2/ports/{id}.',
  END_USER_MISMATCH: `the end user's name or address does not match the current provider's records. ${CORRECT}`,
  NUMBER_NOT_PORTABLE: 'the current provider reports that this number cannot be ported. Contact support with the port ID.',
  TRANSFER_FAILED: 'the network transfer failed. Resubmit with PATCH /v2/ports/{id} or contact support with the port ID.',
  OTHER: 'the current provider rejected the port. Contact support with the port ID.',
};

/**
 * "Port rejected: …" at review; "Port failed: …" when the network transfer failed. When the carrier
 * rejected a whole sub-order because of one number, the message names it.
 */
export function rejectionMessage(code: RejectionCode, portId: string, duringTransfer = false, numberAtFault?: string): string {
  const because = numberAtFault ? `the current provider rejected the whole order request because of ${numberAtFault}: ` : '';
  return `Port ${duringTransfer ? 'failed' : 'rejected'}: ${because}${REJECTION_MESSAGES[code].replaceAll('{id}', portId)}`;
}
