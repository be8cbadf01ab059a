/**
 * The customer-facing use cases for ports: submit, read, list, history. Routes call this; it makes the
 * domain decisions and talks to the repositories. Rows become domain objects here and nowhere else.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { completionForFocDate, estimateFocDate, type BusinessCalendar } from '../domain/calendar.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { ACTIVE_STATUSES, type AccountDetails, type Port, type PortStatus } from '../domain/port-request.ts';
import { carrierStatusFor } from '../domain/transitions.ts';
import { assertEligible, parseE164 } from '../domain/validation.ts';
import type { Principal } from '../store/accounts.ts';
import type { Database } from '../store/database.ts';
import { isUniqueViolation } from '../store/errors.ts';
import { findIdempotentResponse, saveIdempotentResponse } from '../store/idempotency.ts';
import type { PinCipher } from '../store/pin-cipher.ts';
import { findBlockingPorts, findPort, insertPort, listEvents, listPorts, type PortFilter } from '../store/ports.ts';
import type { PortEventRow, PortRow } from '../store/schema.ts';
import type { Clock } from './clock.ts';

export interface SubmitInput extends Omit<AccountDetails, 'account_pin' | 'carrier_name'> {
  number: string;
  account_pin?: string | null;
  carrier_name?: string | null;
  customer_reference?: string | null;
}

export interface PortEvent {
  at: string;
  from: string | null;
  to: string;
  carrier_status: string;
  message: string | null;
  actor: string;
}

export interface PortServiceDeps {
  database: Database;
  clock: Clock;
  calendar: BusinessCalendar;
  pins: PinCipher;
  /** Keys the idempotency fingerprint, so the stored hash reveals nothing about the body (PIN included). */
  secretKey: string;
  supportedRegions: readonly string[];
}

export const newPortId = (): string => 'port_' + randomBytes(12).toString('base64url');

export const customerActor = (p: Principal): string => `customer:${p.accountId}`;

export function rowToPort(row: PortRow): Port {
  return {
    id: row.id,
    account_id: row.account_id,
    number: row.number,
    status: row.status as PortStatus,
    carrier_status: row.carrier_status as Port['carrier_status'],
    carrier_name: row.carrier_name,
    account_number: row.account_number,
    billing_phone: row.billing_phone,
    end_user_name: row.end_user_name,
    end_user_address: JSON.parse(row.end_user_address) as Port['end_user_address'],
    customer_reference: row.customer_reference,
    number_type: row.number_type,
    region: row.region,
    created_at: row.created_at,
    updated_at: row.updated_at,
    estimated_completion: row.estimated_completion,
    foc_date: row.foc_date,
    completed_at: row.completed_at,
    failed_at: row.failed_at,
    cancelled_at: row.cancelled_at,
    rejection: row.rejection_code ? { code: row.rejection_code, message: row.rejection_message ?? '' } : null,
    messages: JSON.parse(row.messages) as string[],
  };
}

const rowToEvent = (e: PortEventRow): PortEvent => ({
  at: e.at,
  from: e.from_status,
  to: e.to_status,
  carrier_status: e.carrier_status,
  message: e.message,
  actor: e.actor,
});

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

    const { db } = this.deps.database;
    const requestHash = idempotencyKey === undefined ? '' : this.fingerprint(input);
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(principal, idempotencyKey, requestHash);
      if (replay) return { port: replay, replayed: true };
    }
    await this.assertNumberFree(principal, number.e164);

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

    try {
      await db.transaction().execute(async (trx) => {
        await insertPort(
          trx,
          {
            id,
            account_id: port.account_id,
            number: port.number,
            status: port.status,
            carrier_status: port.carrier_status,
            carrier_name: port.carrier_name,
            account_number: port.account_number,
            account_pin_enc: pin === null ? null : this.deps.pins.encrypt(pin, id),
            billing_phone: port.billing_phone,
            end_user_name: port.end_user_name,
            end_user_address: JSON.stringify(port.end_user_address),
            customer_reference: port.customer_reference,
            number_type: port.number_type,
            region: port.region,
            created_at: at,
            updated_at: at,
            estimated_completion: estimated,
            foc_date: null,
            completed_at: null,
            failed_at: null,
            cancelled_at: null,
            rejection_code: null,
            rejection_message: null,
            messages: JSON.stringify(port.messages),
            version: 1,
          },
          { at, from_status: null, to_status: 'pending', carrier_status: port.carrier_status, message, actor: customerActor(principal) },
        );
        if (idempotencyKey !== undefined) {
          await saveIdempotentResponse(trx, {
            account_id: principal.accountId,
            key: idempotencyKey,
            request_hash: requestHash,
            port_id: id,
            response_body: JSON.stringify(port),
            created_at: at,
          });
        }
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // Lost a race: to a request with the same idempotency key, or to a port of the same number.
      if (idempotencyKey !== undefined) {
        const replay = await this.replay(principal, idempotencyKey, requestHash);
        if (replay) return { port: replay, replayed: true };
      }
      await this.assertNumberFree(principal, number.e164);
      throw err;
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
    const blocking = await findBlockingPorts(this.deps.database.db, number, principal.accountId, ACTIVE_STATUSES);
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
}
