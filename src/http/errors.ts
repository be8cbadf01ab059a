/**
 * The one error vocabulary on the wire: every failure leaves as
 * `{"success":false,"error":{"code","message","details"}}` with the status of its code, and a 5xx
 * body reveals nothing. Framework errors (bad JSON, size, media type, validation, bad URL) are
 * translated here too, so no framework-default body ever reaches a client. The handler that uses
 * this is plugins/errors.ts.
 */
import type { FastifyError, FastifyReply } from 'fastify';
import { ServiceError, type ErrorCode, type ErrorDetail } from '../domain/errors.ts';

export const STATUS_OF: Readonly<Record<ErrorCode, number>> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  validation_failed: 400,
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  port_exists: 409,
  already_ported: 409,
  invalid_transition: 409,
  quota_exceeded: 409,
  idempotency_conflict: 422,
  requirements_not_met: 422,
  not_eligible: 422,
  rate_limited: 429,
  service_unavailable: 503,
  internal: 500,
};

export function errorBody(code: ErrorCode, message: string, details?: ErrorDetail[]) {
  return { success: false as const, error: details?.length ? { code, message, details } : { code, message } };
}

interface SchemaError {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** `/end_user_address/city` → `end_user_address.city`; the request part names top-level query/params. */
function fieldOf(e: SchemaError, context: string | undefined): string {
  const path = (e.instancePath ?? '').split('/').filter(Boolean).join('.');
  const extra = e.params?.['additionalProperties'] ?? e.params?.['requiredProperties'] ?? e.params?.['missingProperty'];
  const name = Array.isArray(extra) ? extra.join(', ') : typeof extra === 'string' ? extra : '';
  const full = [path, name].filter(Boolean).join('.');
  return full || (context === 'body' ? 'body' : context ?? 'request');
}

function describe(e: SchemaError, context: string | undefined): ErrorDetail {
  const field = fieldOf(e, context);
  switch (e.keyword) {
    case 'additionalProperties':
      return { field, message: context === 'querystring' ? 'is not a known query parameter' : 'is not a known field' };
    case 'required':
      return { field, message: 'is required' };
    case 'pattern':
      return { field, message: 'has characters or a format that is not allowed' };
    case 'enum': {
      const allowed = e.params?.['allowedValues'];
      return { field, message: Array.isArray(allowed) ? `must be one of: ${allowed.join(', ')}` : 'is not one of the allowed values' };
    }
    default:
      return { field, message: e.message ?? 'is not valid' };
  }
}

/** Schema errors → `validation_failed` with one detail per field (the `false` schema echo is dropped). */
export function validationError(errors: SchemaError[], context: string | undefined): ServiceError {
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  const expanded = errors.flatMap((e) => {
    // One detail per missing field, so each can be shown beside its input.
    const missing = e.params?.['requiredProperties'];
    return e.keyword === 'required' && Array.isArray(missing) ? missing.map((m) => ({ ...e, params: { requiredProperties: [m] } })) : [e];
  });
  for (const e of expanded) {
    if (e.keyword === 'boolean') continue; // TypeBox repeats each unknown field as "schema is false"
    const d = describe(e, context);
    const key = `${d.field}\u0000${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      details.push(d);
    }
  }
  const first = details[0];
  const message =
    context === 'body' && errors.some((e) => e.keyword === 'type' && (e.instancePath ?? '') === '')
      ? 'The request body must be a JSON object'
      : first
        ? `Invalid request: ${first.field} ${first.message}`
        : 'Invalid request';
  return new ServiceError('validation_failed', message, details.slice(0, 50));
}

/** The JSON routes' body limit (CONTRACT.md), and the one message that states it. */
export const BODY_LIMIT = 64 * 1024;
const TOO_LARGE = `The request body is larger than ${BODY_LIMIT / 1024} KiB`;
const NOT_JSON = 'Send the request body as application/json';

/** A 4xx from the framework or a plugin that has no code of its own: its code by status. */
const CODE_OF_STATUS: Readonly<Record<number, [ErrorCode, string]>> = {
  401: ['unauthorized', 'Authentication is required'],
  403: ['forbidden', 'This is not allowed with your key'],
  404: ['not_found', 'Not found'],
  405: ['method_not_allowed', 'This method is not allowed here'],
  413: ['payload_too_large', TOO_LARGE],
  415: ['unsupported_media_type', NOT_JSON],
  429: ['rate_limited', 'Too many requests; retry later'],
  503: ['service_unavailable', 'The service is unavailable; retry shortly'],
};

/** Maps anything thrown while handling a request to a ServiceError (never leaking internals). */
export function toServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  const e = err as FastifyError & { validation?: SchemaError[]; validationContext?: string; type?: string };
  if (Array.isArray(e?.validation)) return validationError(e.validation, e.validationContext);
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ServiceError('payload_too_large', TOO_LARGE);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ServiceError('unsupported_media_type', NOT_JSON);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ServiceError('invalid_json', 'The request body is empty; send a JSON object');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ServiceError('invalid_json', 'The request body is not valid JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ServiceError('validation_failed', 'The Content-Length header does not match the body');
    case 'FST_ERR_BAD_URL':
      return new ServiceError('validation_failed', 'The request URL is malformed');
  }
  if (e instanceof SyntaxError || e?.name === 'SyntaxError') {
    return new ServiceError('invalid_json', 'The request body is not valid JSON');
  }
  const status = typeof e?.statusCode === 'number' ? e.statusCode : 500;
  const known = CODE_OF_STATUS[status];
  if (known) return new ServiceError(known[0], known[1]);
  if (status >= 400 && status < 500) return new ServiceError('validation_failed', 'The request could not be understood');
  return new ServiceError('internal', 'An internal error occurred; retry later or contact support with the request id');
}

export function sendError(reply: FastifyReply, err: ServiceError): FastifyReply {
  return reply.code(STATUS_OF[err.code]).type('application/json; charset=utf-8').send(errorBody(err.code, err.message, err.details));
}
