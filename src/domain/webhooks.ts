/**
 * Webhooks, as rules (contract/events-webhooks.md): which URLs may receive them, how a delivery is
 * signed (the Standard Webhooks scheme), and what each attempt's outcome does (the retry schedule).
 * Pure: src/workflow/deliveries.ts sends and records; src/webhooks/http-sender.ts talks HTTP.
 */
import { createHmac } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import { EVENT_TYPES, type EventType } from './events.ts';
import { invalidField } from './validation.ts';

// ---- Addresses --------------------------------------------------------------------------------

/** Addresses that are not on the public internet: loopback, private, link-local, shared, reserved, … */
const NOT_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) NOT_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** Whether an IP address is a public internet address (IPv4-mapped and NAT64 IPv6 judged by their IPv4). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NOT_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return false;
  const lower = address.toLowerCase();
  const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return isPublicAddress(mapped[1]!);
  if (lower.startsWith('::ffff:')) return false; // mapped, written in hex: not worth the risk
  return !NOT_PUBLIC.check(address, 'ipv6');
}

// ---- URLs -------------------------------------------------------------------------------------

export const MAX_URL_LENGTH = 2048;

export interface WebhookTarget {
  url: URL;
  /** The host to resolve (brackets removed from an IPv6 literal). */
  host: string;
  /** Set when the host is an IP literal (no resolution needed). */
  literal: string | null;
}

/**
 * The rule a webhook URL must follow, as far as the text tells: absolute, https (http too when private
 * addresses are allowed), no credentials, ≤ 2048 characters, and an IP literal must be public unless
 * private addresses are allowed. Names are resolved and checked by the caller (at save and at each
 * delivery). Throws validation_failed naming `url`.
 */
export function parseWebhookUrl(raw: string, allowPrivate: boolean): WebhookTarget {
  if (raw.length > MAX_URL_LENGTH) throw invalidField('url', `must be at most ${MAX_URL_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw invalidField('url', 'must be an absolute URL, e.g. https://example.com/hooks/porting');
  }
  const schemes = allowPrivate ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) throw invalidField('url', allowPrivate ? 'must be an http:// or https:// URL' : 'must be an https:// URL');
  if (url.username || url.password) throw invalidField('url', 'must not carry credentials');
  if (url.hash) throw invalidField('url', 'must not have a #fragment');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = isIP(host) ? host : null;
  if (literal && !allowPrivate && !isPublicAddress(literal)) throw invalidField('url', `must point to a public address, not ${literal}`);
  if (!literal && !allowPrivate && (host === 'localhost' || host.endsWith('.localhost') || !host.includes('.'))) {
    throw invalidField('url', `must point to a public host, not ${host}`);
  }
  return { url, host, literal };
}

// ---- Subscriptions ----------------------------------------------------------------------------

/** Event types an endpoint may subscribe to (all but the test event, which goes to one endpoint on request). */
export const SUBSCRIBABLE = EVENT_TYPES.filter((t) => t !== 'webhook.test');

/** An endpoint's subscription, normalised: `["*"]` when it includes `*`, otherwise its distinct types in order. */
export function normalizeSubscription(events: readonly string[] | undefined): string[] {
  if (!events || events.length === 0 || events.includes('*')) return ['*'];
  for (const [i, e] of events.entries()) {
    if (!(SUBSCRIBABLE as readonly string[]).includes(e)) throw invalidField(`events[${i}]`, `is not an event type (${SUBSCRIBABLE.join(', ')}, or *)`);
  }
  return [...new Set(events)];
}

// ---- Signing (Standard Webhooks) --------------------------------------------------------------

export const SECRET_PREFIX = 'whsec_';

/** The signing key of a `whsec_…` secret: the base64 after the prefix, decoded. */
export const signingKey = (secret: string): Buffer => Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');

/** `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, one per secret, space-separated. */
export function signatureHeader(secrets: readonly string[], id: string, timestamp: number, body: string): string {
  return secrets.map((s) => `v1,${createHmac('sha256', signingKey(s)).update(`${id}.${timestamp}.${body}`).digest('base64')}`).join(' ');
}

// ---- Outcomes and the retry schedule ----------------------------------------------------------

const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;

/** Delays after the 1st, 2nd, … failed attempt; after the last one the delivery has failed. */
export const RETRY_SCHEDULE_MS = [5 * S, 5 * MIN, 30 * MIN, 2 * H, 5 * H, 10 * H, 14 * H, 20 * H, 24 * H] as const;
export const RETRY_JITTER = 0.1;
/** An endpoint whose attempts have all failed for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 72 * H;

export type AttemptResult = { status: number; retryAfter?: string | undefined } | { error: string };

export type AttemptDecision =
  | { kind: 'succeeded' }
  /** 410 Gone: the receiver asks us to stop; the endpoint is disabled. */
  | { kind: 'gone' }
  | { kind: 'retry'; delayMs: number }
  | { kind: 'failed' };

/** Seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * S;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, t - nowMs);
}

/**
 * What an attempt's result does. `attempts` counts this one; `random` is in [0, 1) (the jitter);
 * `nowMs` is real time, for a Retry-After given as a date.
 */
export function decideAttempt(result: AttemptResult, attempts: number, random: number, nowMs: number): AttemptDecision {
  if ('status' in result) {
    if (result.status >= 200 && result.status < 300) return { kind: 'succeeded' };
    if (result.status === 410) return { kind: 'gone' };
  }
  const scheduled = RETRY_SCHEDULE_MS[attempts - 1];
  if (scheduled === undefined) return { kind: 'failed' };
  let delayMs = Math.round(scheduled * (1 - RETRY_JITTER + 2 * RETRY_JITTER * random));
  if ('status' in result && (result.status === 429 || result.status === 503)) {
    const asked = retryAfterMs(result.retryAfter, nowMs);
    if (asked !== null && asked > delayMs) delayMs = asked;
  }
  return { kind: 'retry', delayMs };
}

export const isEventType = (t: string): t is EventType => (EVENT_TYPES as readonly string[]).includes(t);
