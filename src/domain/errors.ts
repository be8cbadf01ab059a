/**
 * The one error vocabulary of the service (CONTRACT.md "Envelope and errors").
 * Domain and workflow code throw `ServiceError`; the HTTP layer maps `code` to a status
 * in exactly one place (src/http/errors.ts).
 */
export const ERROR_CODES = [
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'validation_failed',
  'invalid_json',
  'payload_too_large',
  'unsupported_media_type',
  'port_exists',
  'already_ported',
  'invalid_transition',
  'quota_exceeded',
  'idempotency_conflict',
  'requirements_not_met',
  'not_eligible',
  'rate_limited',
  'service_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorDetail {
  field?: string;
  message: string;
  [extra: string]: unknown;
}

export class ServiceError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[] | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorDetail[]) {
    super(message);
    this.name = 'ServiceError';
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what = 'Port'): ServiceError => new ServiceError('not_found', `${what} not found`);
