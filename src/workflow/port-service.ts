/**
 * The customer-facing use cases for ports: submit, read, list, history. Routes call this; it makes the
 * domain decisions and talks to the repositories. Rows become domain objects here and nowhere else.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { completionForFocDate, estimateFocDate, type BusinessCalendar } from '../domain/calendar.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import type { AccountDetails, Port } from '../domain/port-request.ts';
import { nextStep } from '../domain/lifecycle.ts';
import { carrierStatusFor } from '../domain/transitions.ts';
import { assertEligible, parseE164 } from '../domain/validation.ts';
import type { Principal } from '../store/accounts.ts';
import type { Database } from '../store/database.ts';
import { isUniqueViolation } from '../store/errors.ts';
import { findIdempotentResponse } from '../store/idempotency.ts';
import type { PinCipher } from '../store/pin-cipher.ts';
import { applyGuardedChange, findBlockingPorts, findPort, listEvents, listPorts, type PortChanges, type PortFilter } from '../store/ports.ts';
import { insertSubmission } from '../store/submissions.ts';
import { appendMessage, type Lifecycle } from './lifecycle.ts';
import { portToRow, rowToEvent, rowToPort, type PortEvent } from './port-mapper.ts';
import type { Clock } from './clock.ts';

export interface SubmitInput extends Omit<AccountDetails, 'account_pin' | 'carrier_name'> {
  number: string;
  account_pin?: string | null;
  carrier_name?: string | null;
  customer_reference?: string | null;
}


export interface PortServiceDeps {
  database: Database;
  clock: Clock;
  calendar: BusinessCalendar;
  pins: PinCipher;
  /** Keys the idempotency fingerprint, so the stored hash reveals nothing about the body (PIN included). */
  secretKey: string;
  supportedRegions: readonly string[];
  lifecycle: Lifecycle;
  /** Whether ports move on their own (simulator): then a submission schedules its review. */
  automatic: boolean;
}

/** What a customer may correct with PATCH while a port is pending or failed. */
export type PatchInput = Partial<Pick<SubmitInput, 'account_number' | 'account_pin' | 'carrier_name' | 'billing_phone' | 'end_user_name' | 'end_user_address'>>;

export const newPortId = (): string => 'port_' + randomBytes(12).toString('base64url');

export const customerActor = (p: Principal): string => `customer:${p.accountId}`;


/** Stable JSON (sorted keys) so that the same body always has the same fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export class PortService {
  constructor(private readonly deps: PortServiceDeps) {}

  private fingerprint(input: SubmitInput): string {
    return createHmac('sha256', this.deps.secretKey).update(canonical(input)).digest('base64url');
  }

  /**
   * Submits a port. With an idempotency key, the same key and body return the first answer
   * (`replayed: true`); the key with another body is `idempotency_conflict`. The port, its first event
   * and the key are written in one transaction, and the database's partial unique index is the final
   * word on duplicates, so concurrent submits of one number yield exactly one port.
   */
  async submit(principal: Principal, input: SubmitInput, idempotencyKey?: string): Promise<{ port: Port; replayed: boolean }> {
    const number = parseE164('number', input.number);
    const billing = parseE164('billing_phone', input.billing_phone);
    assertEligible(number, this.deps.supportedRegions);

    const requestHash = idempotencyKey === undefined ? '' : this.fingerprint(input);
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(principal, idempotencyKey, requestHash);
      if (replay) return { port: replay, replayed: true };
    }
    const now = this.deps.clock.now();
    const at = now.toISOString();
    const id = newPortId();
    const estimated = completionForFocDate(this.deps.calendar, estimateFocDate(this.deps.calendar, now)).toISOString();
    const message = `Port request received; the current provider is reviewing it. Estimated completion: ${estimated.slice(0, 10)}.`;
    const port: Port = {
      id,
      account_id: principal.accountId,
      number: number.e164,
      status: 'pending',
      carrier_status: carrierStatusFor('pending'),
      carrier_name: input.carrier_name ?? null,
      account_number: input.account_number,
      billing_phone: billing.e164,
      end_user_name: input.end_user_name,
      end_user_address: input.end_user_address,
      customer_reference: input.customer_reference ?? null,
      number_type: number.numberType,
      region: number.region,
      created_at: at,
      updated_at: at,
      estimated_completion: estimated,
      foc_date: null,
      completed_at: null,
      failed_at: null,
      cancelled_at: null,
      rejection: null,
      messages: [message],
    };
    const pin = input.account_pin ?? null;

    const review = this.deps.automatic ? nextStep('pending', now, this.deps.calendar, null) : null;
    let inserted: boolean;
    try {
      inserted = await insertSubmission(this.deps.database, {
        port: portToRow(port, pin === null ? null : this.deps.pins.encrypt(pin, id), 1),
        event: { at, from_status: null, to_status: 'pending', carrier_status: port.carrier_status, message, actor: customerActor(principal) },
        timer: review && { step: review.step, due_at: review.due.toISOString(), attempt: review.attempt },
        idempotency: idempotencyKey === undefined ? null : { key: idempotencyKey, request_hash: requestHash, response_body: JSON.stringify(port) },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Lost a race: to a request with the same idempotency key, or to an active port of the same number.
      if (idempotencyKey !== undefined) {
        const replay = await this.replay(principal, idempotencyKey, requestHash);
        if (replay) return { port: replay, replayed: true };
      }
      await this.assertNumberFree(principal, number.e164);
      throw err;
    }
    if (!inserted) {
      await this.assertNumberFree(principal, number.e164); // throws already_ported
      throw new Error('submission refused without a blocking port');
    }
    return { port, replayed: false };
  }

  private async replay(principal: Principal, key: string, requestHash: string): Promise<Port | undefined> {
    const saved = await findIdempotentResponse(this.deps.database.db, principal.accountId, key);
    if (!saved) return undefined;
    if (saved.request_hash !== requestHash) {
      throw new ServiceError('idempotency_conflict', 'This Idempotency-Key was already used with a different request body', [
        { field: 'Idempotency-Key', message: 'use a new key for a different request' },
      ]);
    }
    return JSON.parse(saved.response_body) as Port;
  }

  private async assertNumberFree(principal: Principal, number: string): Promise<void> {
    const blocking = await findBlockingPorts(this.deps.database.db, number, principal.accountId);
    const active = blocking.find((b) => b.status !== 'completed');
    if (active) {
      const own = active.account_id === principal.accountId;
      throw new ServiceError(
        'port_exists',
        own ? `You already have an active port for ${number}` : `An active port for ${number} already exists`,
        own ? [{ field: 'number', message: `active port ${active.id} (${active.status})`, port_id: active.id }] : [{ field: 'number', message: 'an active port exists for this number' }],
      );
    }
    const done = blocking.find((b) => b.status === 'completed');
    if (done) {
      throw new ServiceError('already_ported', `${number} has already been ported to your account`, [
        { field: 'number', message: `completed port ${done.id}`, port_id: done.id },
      ]);
    }
  }

  async get(principal: Principal, id: string): Promise<Port> {
    const row = await findPort(this.deps.database.db, id, principal.accountId);
    if (!row) throw notFound();
    return rowToPort(row);
  }

  async list(filter: PortFilter): Promise<{ ports: Port[]; total: number }> {
    const { rows, total } = await listPorts(this.deps.database.db, filter);
    return { ports: rows.map(rowToPort), total };
  }

  async events(principal: Principal, id: string): Promise<PortEvent[]> {
    const { db } = this.deps.database;
    const row = await findPort(db, id, principal.accountId);
    if (!row) throw notFound();
    return (await listEvents(db, id)).map(rowToEvent);
  }

  /** Cancels from pending or authorized; otherwise 409 invalid_transition naming both states. */
  async cancel(principal: Principal, id: string, reason?: string): Promise<Port> {
    return this.deps.lifecycle.move(
      id,
      { to: 'cancelled', actor: customerActor(principal), by: 'customer', note: reason ? `Reason: ${reason}` : undefined },
      principal.accountId,
    );
  }

  /**
   * Corrects account details. A pending port keeps its place in review; a failed port goes back to
   * pending and is reviewed again (a resubmission, recorded in its history).
   */
  async patch(principal: Principal, id: string, input: PatchInput): Promise<Port> {
    const { db } = this.deps.database;
    const set: PortChanges = {};
    if (input.account_number !== undefined) set.account_number = input.account_number;
    if (input.account_pin !== undefined) set.account_pin_enc = input.account_pin === null ? null : this.deps.pins.encrypt(input.account_pin, id);
    if (input.carrier_name !== undefined) set.carrier_name = input.carrier_name;
    if (input.billing_phone !== undefined) set.billing_phone = parseE164('billing_phone', input.billing_phone).e164;
    if (input.end_user_name !== undefined) set.end_user_name = input.end_user_name;
    if (input.end_user_address !== undefined) set.end_user_address = JSON.stringify(input.end_user_address);

    for (let attempt = 0; attempt < 5; attempt++) {
      const row = await findPort(db, id, principal.accountId);
      if (!row) throw notFound();
      if (row.status === 'failed') {
        return this.deps.lifecycle.move(id, { to: 'pending', actor: customerActor(principal), by: 'customer', extra: set }, principal.accountId);
      }
      if (row.status !== 'pending') {
        throw new ServiceError('invalid_transition', `Port details can only be corrected while pending or failed; this port is ${row.status}`, [
          { field: 'status', message: `${row.status} ports cannot be changed`, from: row.status, to: 'pending' },
        ]);
      }
      const updated = await applyGuardedChange(db, {
        id,
        fromStatuses: ['pending'],
        expectVersion: row.version,
        set: { ...set, updated_at: this.deps.clock.now().toISOString(), messages: appendMessage(row.messages, 'Port details corrected; the current provider reviews the corrected details.') },
        event: null,
      });
      if (updated) return rowToPort(updated);
    }
    throw new ServiceError('service_unavailable', 'The port is changing too often to apply this; retry shortly');
  }
}
