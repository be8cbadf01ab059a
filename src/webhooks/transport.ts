/**
 * How a webhook attempt leaves the service, as the workflow sees it: one signed POST, and its result.
 * The HTTP implementation is ./http-sender.ts; tests may give their own resolver.
 */
import type { AttemptResult } from '../domain/webhooks.ts';

export interface SendRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Real time, per attempt. */
  timeoutMs: number;
}

/** Sends one attempt; never throws: a failure is `{error}` with a short name (timeout, connection_refused, address_not_allowed, …). */
export interface WebhookSender {
  send(req: SendRequest): Promise<AttemptResult & { durationMs: number }>;
  close(): Promise<void>;
}

/** Resolves a host name to its addresses (dns.lookup with all: true, or a test's stand-in). */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
