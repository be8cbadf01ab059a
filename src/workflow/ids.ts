/**
 * The ids the service makes: a prefix and 16 url-safe characters. Most are time-ordered: the real
 * time in milliseconds (8 characters that sort as the time does), then 48 random bits. Ids made one
 * after the other sort together, so the indexes keyed on them (a port's row, its history, its
 * timer, its events; an event's deliveries) grow at their end rather than at random places: a
 * commit writes a few pages there instead of one page per row (measured: a fifth cheaper to write
 * for events, see the README's Benchmark notes for ports). 48 random bits a millisecond keep them
 * unguessable; access is checked by account anyway.
 */
import { randomBytes } from 'node:crypto';

const SORTABLE = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** `n` (< 2^48) as 8 sortable base64 digits. */
function sortable48(n: number): string {
  let out = '';
  for (let i = 0; i < 8; i++) {
    out = SORTABLE[n % 64]! + out;
    n = Math.floor(n / 64);
  }
  return out;
}

let randomPool = Buffer.alloc(0);
let randomAt = 0;

/** `prefix` + the time `ms` as 8 sortable characters + 48 random bits. */
export function sortableId(prefix: string, ms: number): string {
  if (randomAt + 6 > randomPool.length) {
    randomPool = randomBytes(6 * 1024); // one system call for a thousand ids
    randomAt = 0;
  }
  randomAt += 6;
  return prefix + sortable48(ms) + randomPool.subarray(randomAt - 6, randomAt).toString('base64url');
}

/** `evt_…`, time-ordered: also the webhook-id of its deliveries. */
export const newEventId = (): string => sortableId('evt_', Date.now());

/** `port_…`, time-ordered. */
export const newPortId = (): string => sortableId('port_', Date.now());

/** `ord_…` and `sub_…`, time-ordered. */
export const newOrderId = (): string => sortableId('ord_', Date.now());
export const newSubOrderId = (): string => sortableId('sub_', Date.now());

let lastOrderedMs = 0;

/**
 * `prefix` + 16 url-safe characters that sort in the order this process made them (the time in
 * milliseconds, one more than the last when two come in the same millisecond): comments and documents
 * made in one instant of the service's clock still list in the order they were written.
 */
export function newOrderedId(prefix: 'cmt_' | 'doc_'): string {
  lastOrderedMs = Math.max(Date.now(), lastOrderedMs + 1);
  return sortableId(prefix, lastOrderedMs);
}
