/**
 * The CLI's HTTP client: openapi-fetch typed by the client types generated from the served OpenAPI
 * document (src/generated/openapi.d.ts, written by scripts/gen-client-types.mjs), so a change in
 * the API that breaks a command breaks the type-check. Nothing here knows the server's code.
 */
import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../generated/openapi.d.ts';
import { VERSION } from '../version.ts';
import { ApiError, UnreachableError, UsageError, type ApiErrorDetail } from './errors.ts';

export type Schemas = components['schemas'];
export type Port = Schemas['Port'];
export type PortOrder = Schemas['PortOrder'];
export type PortEvent = Schemas['Event'];
export type Api = Client<paths>;

/** How long one request may take before the command gives up (real time). */
const REQUEST_TIMEOUT_MS = 30_000;

/** A client for the server at `url` with `key`; refuses a URL that is not http(s) or a missing key. */
export function connect(url: string, key: string | undefined): Api {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new UsageError(`--url must be an http:// or https:// URL, got "${url}"`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') throw new UsageError(`--url must be an http:// or https:// URL, got "${url}"`);
  if (!key) throw new UsageError('no API key: pass --key or set PORTING_API_KEY');
  const origin = base.href.replace(/\/+$/, '');
  return createClient<paths>({
    baseUrl: origin,
    headers: { 'X-Auth-Token': key, 'User-Agent': `porting-cli/${VERSION}` },
    fetch: async (request: Request) => {
      try {
        return await fetch(request, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      } catch (err) {
        const why = reason(err);
        if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY/.test(why)) {
          throw new UnreachableError(`cannot reach ${origin}: its certificate is not trusted (${why}); for a self-signed one, NODE_EXTRA_CA_CERTS=cert.pem`);
        }
        throw new UnreachableError(`cannot reach ${origin}: ${why} (is the server running? --url or PORTING_URL says where)`);
      }
    },
  });
}

function reason(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** The body of a successful answer; the API's error envelope as an ApiError; anything else as UnreachableError. */
export async function answer<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await call;
  } catch (err) {
    if (err instanceof UnreachableError) throw err;
    // A 2xx whose body is not JSON: something else answers at this address.
    throw new UnreachableError(`the server did not answer as the porting API (${err instanceof Error ? err.message : String(err)}); is --url right?`);
  }
  const { data, error, response } = result;
  if (response.ok && data !== undefined) return data;
  const envelope = error as { success?: unknown; error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined;
  const e = envelope?.error;
  if (envelope?.success === false && typeof e?.code === 'string' && typeof e.message === 'string') {
    throw new ApiError(response.status, e.code, e.message, Array.isArray(e.details) ? (e.details as ApiErrorDetail[]) : []);
  }
  throw new UnreachableError(`the server answered HTTP ${response.status} without the API's error envelope; is --url the porting server?`);
}

/** The `data` of a successful answer. */
export const data = async <T>(call: Promise<{ data?: { data: T }; error?: unknown; response: Response }>): Promise<T> => (await answer(call)).data;
