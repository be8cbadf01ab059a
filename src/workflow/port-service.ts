/**
 * The customer's use cases for ports: submit, read, list, history, cancel, correct. Routes call
 * this; it checks input against the domain rules and hands every change to the lifecycle writer.
 */
import type { BusinessCalendar } from '../domain/calendar.ts';
import type { CarrierDirectory } from '../carrier/directory.ts';
import { assertEligible } from '../domain/eligibility.ts';
import { assertRequestedFocDate } from '../domain/foc-dates.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { decideSubmission, type Correction } from '../domain/lifecycle.ts';
import type { AccountDetails, Port } from '../domain/port-request.ts';
import { invalidField, parseE164 } from '../domain/validation.ts';
import type { Database } from '../store/database.ts';
import { deleteExpiredKey, findIdempotentResponse } from '../store/idempotency.ts';
import { portCounts } from '../store/counts.ts';
import type { StatusCounts } from '../domain/orders.ts';
import { findPort, listHistory, listPorts, type HistoryEntry, type PortFilter } from '../store/ports.ts';
import type { Secrets } from '../store/secrets.ts';
import type { Clock } from './clock.ts';
import { newPortId } from './ids.ts';
import type { Lifecycle } from './lifecycle.ts';
import { customerActor, type Principal } from './principal.ts';

export interface SubmitInput extends Omit<AccountDetails, 'account_pin' | 'carrier_name'> {
  number: string;
  account_pin?: string | null;
  carrier_name?: string | null;
  customer_reference?: string | null;
  requested_foc_date?: string | null;
}

export interface PortServiceDeps {
  database: Database;
  secrets: Secrets;
  clock: Clock;
  calendar: BusinessCalendar;
  supportedRegions: readonly string[];
  lifecycle: Lifecycle;
  directory: CarrierDirectory;
  /** Whether ports move on their own (simulator): then a submission schedules its review. */
  automatic: boolean;
  /** How long an Idempotency-Key is remembered (service calendar); an older one is as if unused. */
  idempotencyTtlMs: number;
}

/** A list page: unknown cursor is 400; a full page names its last id as the next cursor. */
export function page(r: { ports: Port[]; total: number; cursorFound: boolean }, f: { limit: number; offset: number; after?: string | undefined }) {
  if (!r.cursorFound) throw invalidField('after', 'is not a port of this list');
  const more = r.ports.length === f.limit && (f.after !== undefined || f.offset + r.ports.length < r.total);
  return { ports: r.ports, total: r.total, next_cursor: more ? r.ports[r.ports.length - 1]!.id : null };
}

export class PortService {
  constructor(private readonly deps: PortServiceDeps) {}

  /**
   * Submits a port. With an idempotency key, the same key and body return the first answer
   * (`replayed: true`); the key with another body is `idempotency_conflict`; a key older than the
   * idempotency TTL is as if unused. The database's partial
   * unique index is the final word on duplicates, so concurrent submits of one number yield one port.
   */
  async submit(principal: Principal, input: SubmitInput, idempotencyKey?: string): Promise<{ port: Port; replayed: boolean }> {
    const number = parseE164('number', input.number);
    const billing = parseE164('billing_phone', input.billing_phone);
    assertEligible(number, this.deps.supportedRegions);
    const now = this.deps.clock.now();
    const requested = input.requested_foc_date ?? null;
    if (requested !== null) assertRequestedFocDate('requested_foc_date', requested, now, this.deps.calendar);

    const requestHash = idempotencyKey === undefined ? '' : this.deps.secrets.fingerprint(input);
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(principal, idempotencyKey, requestHash);
      if (replay) return { port: replay, replayed: true };
    }
    const decision = decideSubmission(
      {
        id: newPortId(),
        accountId: principal.accountId,
        at: now,
        number,
        billingPhone: billing.e164,
        details: {
          account_number: input.account_number,
          carrier_name: input.carrier_name ?? null,
          end_user_name: input.end_user_name,
          end_user_address: input.end_user_address,
          customer_reference: input.customer_reference ?? null,
        },
        losingCarrier: this.deps.directory.of(number.e164),
        requestedFocDate: requested,
        order: null,
        automatic: this.deps.automatic,
      },
      this.deps.calendar,
    );
    const request = {
      decision,
      pin: input.account_pin ?? null,
      actor: customerActor(principal),
      idempotency: idempotencyKey === undefined ? null : { key: idempotencyKey, requestHash },
    };
    let result = await this.deps.lifecycle.submit(request);
    for (let round = 0; result === 'idempotency_key_taken'; round++) {
      // A concurrent request with the same key won: answer as it did.
      const replay = await this.replay(principal, idempotencyKey!, requestHash);
      if (replay) return { port: replay, replayed: true };
      if (round === 2) throw new ServiceError('service_unavailable', 'A request with this Idempotency-Key is being processed; retry shortly');
      // Or the key in the way has expired and is not pruned yet: it is as if unused.
      await deleteExpiredKey(this.deps.database.db, principal.accountId, idempotencyKey!, this.keysExpireBefore());
      result = await this.deps.lifecycle.submit(request);
    }
    return { port: decision.port, replayed: false };
  }

  /** Keys created before this have expired. */
  private keysExpireBefore(): string {
    return new Date(this.deps.clock.now().getTime() - this.deps.idempotencyTtlMs).toISOString();
  }

  private async replay(principal: Principal, key: string, requestHash: string): Promise<Port | undefined> {
    const saved = await findIdempotentResponse(this.deps.database.db, principal.accountId, key, this.keysExpireBefore());
    if (!saved) return undefined;
    if (saved.request_hash !== requestHash) {
      throw new ServiceError('idempotency_conflict', 'This Idempotency-Key was already used with a different request body', [
        { field: 'Idempotency-Key', message: 'use a new key for a different request' },
      ]);
    }
    return JSON.parse(saved.response_body) as Port;
  }

  async get(principal: Principal, id: string): Promise<Port> {
    const record = await findPort(this.deps.database.db, id, principal.accountId);
    if (!record) throw notFound();
    return record.port;
  }

  async list(principal: Principal, filter: Omit<PortFilter, 'accountId'>): Promise<{ ports: Port[]; total: number; next_cursor: string | null }> {
    return page(await listPorts(this.deps.database.db, { ...filter, accountId: principal.accountId }), filter);
  }

  /** The account's ports by status (the counts the lifecycle writer keeps). */
  async counts(principal: Principal): Promise<StatusCounts> {
    return portCounts(this.deps.database.db, principal.accountId);
  }

  async history(principal: Principal, id: string): Promise<HistoryEntry[]> {
    await this.get(principal, id);
    return listHistory(this.deps.database.db, id);
  }

  /** Cancels from pending or authorized; otherwise 409 invalid_transition naming both states. */
  async cancel(principal: Principal, id: string, reason?: string): Promise<Port> {
    return this.deps.lifecycle.move(
      id,
      { to: 'cancelled', actor: customerActor(principal), by: 'customer', note: reason ? `Reason: ${reason}` : undefined },
      principal.accountId,
    );
  }

  /** Corrects account details (see Lifecycle.correct); the billing phone must be E.164. */
  async correct(principal: Principal, id: string, input: Correction): Promise<Port> {
    const correction: Correction = { ...input };
    if (input.billing_phone !== undefined) correction.billing_phone = parseE164('billing_phone', input.billing_phone).e164;
    return this.deps.lifecycle.correct(id, correction, customerActor(principal), principal.accountId);
  }
}
