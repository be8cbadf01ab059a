/**
 * The one error handler: every failure leaves as
 * `{"success":false,"error":{"code","message","details"}}` with the status of its code, and a 5xx
 * body reveals nothing. Framework errors (bad JSON, size, media type, validation, bad URL) are
 * translated here too, so no framework-default body ever reaches a client.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
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
  idempotency_conflict: 422,
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
      return { field, message: 'is not a known field' };
    case 'required':
      return { field, message: 'is required' };
    case 'pattern':
      return { field, message: 'has characters or a format that is not allowed' };
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

/** Maps anything thrown while handling a request to a ServiceError (never leaking internals). */
export function toServiceError(err: unknown): ServiceError {
  if (err instanceof ServiceError) return err;
  const e = err as FastifyError & { validation?: SchemaError[]; validationContext?: string; type?: string };
  if (Array.isArray(e?.validation)) return validationError(e.validation, e.validationContext);
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ServiceError('payload_too_large', 'The request body is larger than 64 KiB');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ServiceError('unsupported_media_type', 'Send the request body as application/json');
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
  if (status === 413) return new ServiceError('payload_too_large', 'The request body is larger than 64 KiB');
  if (status === 415) return new ServiceError('unsupported_media_type', 'Send the request body as application/json');
  if (status >= 400 && status < 500) return new ServiceError('validation_failed', 'The request could not be understood');
  if (status === 503) return new ServiceError('service_unavailable', 'The service is shutting down; retry shortly');
  return new ServiceError('internal', 'An internal error occurred; retry later or contact support with the request id');
}

export function sendError(reply: FastifyReply, err: ServiceError): FastifyReply {
  return reply.code(STATUS_OF[err.code]).type('application/json; charset=utf-8').send(errorBody(err.code, err.message, err.details));
}

export interface RouteTable {
  /** Methods served at a concrete path, for 405 answers; empty when no route matches the path. */
  methodsFor(path: string): string[];
}

export function registerErrorHandling(app: FastifyInstance, routes: RouteTable): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const mapped = toServiceError(err);
    if (mapped.code === 'internal') request.log.error({ err }, 'request failed');
    else if (!(err instanceof ServiceError)) request.log.info({ code: mapped.code, reason: (err as Error)?.message }, 'request rejected');
    return sendError(reply, mapped);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const methods = routes.methodsFor(path);
    if (methods.length > 0) {
      reply.header('allow', methods.join(', '));
      return sendError(reply, new ServiceError('method_not_allowed', `${request.method} is not allowed on ${path}; use ${methods.join(', ')}`));
    }
    return sendError(reply, new ServiceError('not_found', `No route ${request.method} ${path}`));
  });
}
