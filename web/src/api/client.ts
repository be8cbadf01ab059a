/**
 * The console's API client: openapi-fetch typed by the types generated from GET /v2/openapi.json
 * (scripts/gen-client-types.mjs writes ./openapi.d.ts), so a change of the API that breaks a page
 * breaks `npm run build:web`. Requests ride on the session cookie; changes carry the session's CSRF
 * token, which lives in this module's memory only (never in browser storage).
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];
export type Port = Schemas['Port'];
export type DeskPort = Schemas['DeskPort'];
export type HistoryEntry = Schemas['PortHistoryEntry'];
export type PortStatus = Port['status'];
export type Order = Schemas['PortOrder'];
export type Webhook = Schemas['Webhook'];
export type Session = Schemas['ConsoleSession'];
export type ErrorDetail = Schemas['ErrorDetail'];

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** What the API refused, with its message and the fields concerned. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
  /** Messages per field (`end_user_address.city`, `numbers[1]`, …). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of this.details) if (d.field && !out[d.field]) out[d.field] = d.message;
    return out;
  }
}

/** Called when the session has ended (401): the app goes back to sign-in. */
let onSignedOut: () => void = () => {};
export const whenSignedOut = (f: () => void) => {
  onSignedOut = f;
};

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: location.origin, credentials: 'same-origin' });
api.use(csrf);

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The `data` of a success envelope, or an ApiError from the error envelope. */
export async function unwrap<T extends { data: unknown }>(call: Promise<Result<T>>): Promise<T['data']> {
  let result: Result<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'network', 'The service cannot be reached; check your connection and try again');
  }
  const { data, error, response } = result;
  if (data !== undefined && response.ok) return data.data;
  const body = (error ?? {}) as { error?: { code?: string; message?: string; details?: ErrorDetail[] } };
  const e = new ApiError(response.status, body.error?.code ?? 'internal', body.error?.message ?? `The service answered ${response.status}`, body.error?.details ?? []);
  if (response.status === 401 && !response.url.endsWith('/v2/session')) onSignedOut();
  throw e;
}

/** Like unwrap, for lists: the items and the pagination. */
export async function unwrapPage<T extends { data: unknown; pagination: unknown }>(call: Promise<Result<T>>): Promise<{ data: T['data']; pagination: T['pagination'] }> {
  const result = await call.catch(() => {
    throw new ApiError(0, 'network', 'The service cannot be reached; check your connection and try again');
  });
  if (result.data !== undefined && result.response.ok) return { data: result.data.data, pagination: result.data.pagination };
  return unwrap(Promise.resolve(result)) as never;
}
