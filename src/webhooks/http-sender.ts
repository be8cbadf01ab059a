/**
 * The webhook sender: one POST per attempt over a keep-alive HTTP client (undici, which follows no
 * redirect unless asked), cut off after the attempt's timeout (real time). The address rule is enforced on the
 * address actually connected to: a name is resolved by the connection itself through a checking
 * lookup, so a name that resolves to a private address when the delivery is made (DNS rebinding)
 * is refused, and an IP literal is checked before connecting.
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { Agent, request } from 'undici';
import { isPublicAddress, type AttemptResult } from '../domain/webhooks.ts';
import type { Resolver, SendRequest, WebhookSender } from './transport.ts';

export const defaultResolver: Resolver = (host) =>
  new Promise((resolve, reject) => dnsLookup(host, { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

class AddressNotAllowed extends Error {
  readonly code = 'ADDRESS_NOT_ALLOWED';
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** net.connect's `lookup`, answering with the resolved addresses only if every one may be used. */
function checkingLookup(resolve: Resolver, allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
        if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) return callback(new AddressNotAllowed(`${hostname} resolves to a private address`), '');
        const wanted = options.family === 4 || options.family === 6 ? addresses.filter((a) => a.family === options.family) : addresses;
        const usable = wanted.length > 0 ? wanted : addresses;
        if (options.all) return callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}

/** The short error name recorded for a failed attempt. */
function errorName(err: unknown, timedOut: boolean): string {
  if (timedOut) return 'timeout';
  let e = err as (Error & { code?: string; cause?: unknown }) | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e instanceof AddressNotAllowed || e.code === 'ADDRESS_NOT_ALLOWED') return 'address_not_allowed';
    switch (e.code) {
      case 'ECONNREFUSED':
        return 'connection_refused';
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return 'dns_failed';
      case 'ECONNRESET':
      case 'UND_ERR_SOCKET':
        return 'connection_reset';
      case 'UND_ERR_CONNECT_TIMEOUT':
      case 'UND_ERR_HEADERS_TIMEOUT':
      case 'UND_ERR_BODY_TIMEOUT':
        return 'timeout';
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
        return 'unreachable';
    }
    if (e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT')) return 'tls_error';
    e = e.cause as typeof e;
  }
  return 'network_error';
}

export function createHttpSender(opts: { allowPrivate: boolean; resolve?: Resolver; connectionsPerOrigin?: number }): WebhookSender {
  const resolve = opts.resolve ?? defaultResolver;
  const agent = new Agent({
    keepAliveTimeout: 4_000,
    connections: opts.connectionsPerOrigin ?? 8,
    connect: { lookup: checkingLookup(resolve, opts.allowPrivate) as never },
  });
  return {
    async send(req: SendRequest): Promise<AttemptResult & { durationMs: number }> {
      const started = performance.now();
      const url = new URL(req.url);
      const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
      // An IP literal never reaches the lookup: check it here.
      if (!opts.allowPrivate && /^[\d.]+$|:/.test(host) && !isPublicAddress(host)) return { error: 'address_not_allowed', durationMs: 0 };
      const abort = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, req.timeoutMs);
      try {
        const res = await request(url, {
          method: 'POST',
          headers: req.headers,
          body: req.body,
          dispatcher: agent,
          signal: abort.signal,
          headersTimeout: req.timeoutMs,
          bodyTimeout: req.timeoutMs,
        } as never);
        // The body is not kept (the log records the status); it is drained so the connection is reused.
        await res.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
        const retryAfter = res.headers['retry-after'];
        return { status: res.statusCode, retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter, durationMs: Math.round(performance.now() - started) };
      } catch (err) {
        return { error: errorName(err, timedOut), durationMs: Math.round(performance.now() - started) };
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => agent.close(),
  };
}
