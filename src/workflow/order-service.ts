/**
 * Port orders and what goes with them (contract/orders-documents.md): portability checks, the FOC
 * dates a customer may ask for, order drafts, submission split by losing carrier, corrections,
 * cancellation, and the desk's view. Every change goes through the lifecycle writer.
 */
import type { CarrierDirectory } from '../carrier/directory.ts';
import type { BusinessCalendar } from '../domain/calendar.ts';
import { carrierKey, type LosingCarrier } from '../domain/carrier-directory.ts';
import { ineligibility, portabilityOf, type PortabilityReason } from '../domain/eligibility.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { assertRequestedFocDate, focWindow, type FocWindow } from '../domain/foc-dates.ts';
import { decideSubmission, type Correction, type SubmissionDecision } from '../domain/lifecycle.ts';
import type { OrderView } from '../domain/order-view.ts';
import { MAX_ORDER_NUMBERS, missingRequirements, type DraftNumber, type OrderStatus, type RequirementKind } from '../domain/orders.ts';
import type { Address, Port } from '../domain/port-request.ts';
import { inspectNumber, invalidField, parseE164, type PhoneNumberInfo } from '../domain/validation.ts';
import type { Database } from '../store/database.ts';
import { findIdempotentResponse } from '../store/idempotency.ts';
import { findOrder, listOrders, type Order, type OrderChanges, type OrderRecord } from '../store/orders.ts';
import type { Secrets } from '../store/secrets.ts';
import type { Clock } from './clock.ts';
import { orderNotCorrectable, type Lifecycle } from './lifecycle.ts';
import { newOrderId, newPortId, newSubOrderId } from './ids.ts';
import { customerActor, deskActor, type Principal } from './principal.ts';

export interface PortabilityEntry {
  number: string;
  e164: string | null;
  portable: boolean;
  reason: PortabilityReason | null;
  number_type: string | null;
  region: string | null;
  losing_carrier: LosingCarrier | null;
}

/** The account details of an order (all its ports share them). */
export interface OrderDetails {
  account_number: string;
  account_pin?: string | null | undefined;
  billing_phone: string;
  end_user_name: string;
  end_user_address: Address;
  carrier_name?: string | null | undefined;
  requested_foc_date?: string | null | undefined;
  customer_reference?: string | null | undefined;
}

export interface OrderInput extends OrderDetails {
  numbers: string[];
}

export type OrderPatch = Partial<OrderInput>;

export interface OrderServiceDeps {
  database: Database;
  secrets: Secrets;
  clock: Clock;
  calendar: BusinessCalendar;
  supportedRegions: readonly string[];
  directory: CarrierDirectory;
  lifecycle: Lifecycle;
  automatic: boolean;
  orderRequirements: readonly RequirementKind[];
}

export class OrderService {
  constructor(private readonly deps: OrderServiceDeps) {}

  // ---- Portability -----------------------------------------------------------------------------

  /** One entry per input, in order, with the exact reason; one bad number never fails the batch. */
  async checkPortability(numbers: readonly string[]): Promise<PortabilityEntry[]> {
    const inspected = numbers.map((n) => ({ input: n, result: inspectNumber(n) }));
    const e164s = [...new Set(inspected.flatMap((i) => (i.result.kind === 'e164' ? [i.result.info.e164] : [])))];
    const existing = await this.existingByNumber(e164s);
    return inspected.map(({ input, result }): PortabilityEntry => {
      if (result.kind === 'invalid') return { number: input, e164: null, portable: false, reason: 'invalid_number', number_type: null, region: null, losing_carrier: null };
      if (result.kind === 'not_e164') return { number: input, e164: result.e164, portable: false, reason: 'not_e164', number_type: null, region: null, losing_carrier: null };
      const info = result.info;
      const base = { number: input, e164: info.e164, number_type: info.numberType, region: info.region, losing_carrier: this.deps.directory.of(info.e164) };
      const reason = ineligibility(info, this.deps.supportedRegions)?.reason ?? portabilityOf(existing.get(info.e164) ?? []);
      return { ...base, portable: reason === null, reason };
    });
  }

  /** Ports that may stand in the way of the numbers (active or completed, any account), by number. */
  private async existingByNumber(numbers: readonly string[]) {
    const byNumber = new Map<string, { id: string; account_id: string; status: Port['status'] }[]>();
    for (let i = 0; i < numbers.length; i += 500) {
      const chunk = numbers.slice(i, i + 500);
      if (chunk.length === 0) continue;
      const rows = await this.deps.database.db
        .selectFrom('ports')
        .select(['id', 'account_id', 'status', 'number'])
        .where('number', 'in', chunk)
        .where('status', 'in', ['pending', 'authorized', 'in_progress', 'completed'])
        .execute();
      for (const r of rows) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), { id: r.id, account_id: r.account_id, status: r.status as Port['status'] }]);
    }
    return byNumber;
  }

  /** The FOC dates a submission made now may ask for. */
  focDates(): FocWindow {
    return focWindow(this.deps.clock.now(), this.deps.calendar);
  }

  // ---- Drafts ----------------------------------------------------------------------------------

  /** The numbers of a draft: each distinct, portable now (else validation naming numbers[i] and the reason). */
  private async draftNumbers(numbers: readonly string[]): Promise<DraftNumber[]> {
    const seen = new Map<string, number>();
    const problems: { field: string; message: string; reason: string; number: string }[] = [];
    const entries = await this.checkPortability(numbers);
    entries.forEach((e, i) => {
      if (!e.portable) {
        const why: Record<PortabilityReason, string> = {
          invalid_number: 'is not a valid phone number',
          not_e164: `must be in E.164 format; did you mean ${e.e164}?`,
          region_not_supported: `is in region ${e.region}, which is not supported`,
          number_type_not_portable: `is a ${e.number_type?.replaceAll('_', ' ')} number, which cannot be ported`,
          port_exists: 'has an active port already',
          already_in_service: 'is already in service with this provider',
        };
        problems.push({ field: `numbers[${i}]`, message: `${e.number} ${why[e.reason!]}`, reason: e.reason!, number: e.number });
        return;
      }
      const first = seen.get(e.e164!);
      if (first !== undefined) problems.push({ field: `numbers[${i}]`, message: `${e.number} is also numbers[${first}]`, reason: 'duplicate', number: e.number });
      else seen.set(e.e164!, i);
    });
    if (problems.length > 0) {
      throw new ServiceError('validation_failed', `${problems.length === 1 ? 'A number' : `${problems.length} numbers`} cannot be in the order: ${problems[0]!.message}`, problems.slice(0, 100));
    }
    return entries.map((e) => ({ number: e.e164!, losing_carrier: e.losing_carrier! }));
  }

  private checkDetails(d: Partial<OrderDetails>, now: Date): { billing_phone?: string } {
    const out: { billing_phone?: string } = {};
    if (d.billing_phone !== undefined) out.billing_phone = parseE164('billing_phone', d.billing_phone).e164;
    if (d.requested_foc_date !== undefined && d.requested_foc_date !== null) assertRequestedFocDate('requested_foc_date', d.requested_foc_date, now, this.deps.calendar);
    return out;
  }

  /** Creates a draft (idempotent with a key: the same key and body answer the same order). */
  async create(principal: Principal, input: OrderInput, idempotencyKey?: string): Promise<{ order: OrderView; replayed: boolean }> {
    const requestHash = idempotencyKey === undefined ? '' : this.deps.secrets.fingerprint({ order: input });
    if (idempotencyKey !== undefined) {
      const replay = await this.replay(principal, idempotencyKey, requestHash);
      if (replay) return { order: replay, replayed: true };
    }
    const now = this.deps.clock.now();
    const { billing_phone } = this.checkDetails(input, now);
    const numbers = await this.draftNumbers(input.numbers);
    const at = now.toISOString();
    const order: Order = {
      id: newOrderId(),
      account_id: principal.accountId,
      status: 'draft',
      numbers,
      account_number: input.account_number,
      billing_phone: billing_phone!,
      end_user_name: input.end_user_name,
      end_user_address: input.end_user_address,
      carrier_name: input.carrier_name ?? null,
      requested_foc_date: input.requested_foc_date ?? null,
      customer_reference: input.customer_reference ?? null,
      requirements: { loa: 'missing', invoice: 'missing' },
      counts: { pending: 0, authorized: 0, in_progress: 0, completed: 0, failed: 0, cancelled: 0 },
      created_at: at,
      updated_at: at,
      submitted_at: null,
      action_required: false,
    };
    const result = await this.deps.lifecycle.createOrder({ order, pin: input.account_pin ?? null, idempotency: idempotencyKey === undefined ? null : { key: idempotencyKey, requestHash } });
    if (result === 'idempotency_key_taken') {
      const replay = await this.replay(principal, idempotencyKey!, requestHash);
      if (replay) return { order: replay, replayed: true };
      throw new ServiceError('service_unavailable', 'A request with this Idempotency-Key is being processed; retry shortly');
    }
    return { order: await this.get(principal, order.id), replayed: false };
  }

  private async replay(principal: Principal, key: string, requestHash: string): Promise<OrderView | undefined> {
    const saved = await findIdempotentResponse(this.deps.database.db, principal.accountId, key);
    if (!saved) return undefined;
    if (saved.request_hash !== requestHash) {
      throw new ServiceError('idempotency_conflict', 'This Idempotency-Key was already used with a different request body', [{ field: 'Idempotency-Key', message: 'use a new key for a different request' }]);
    }
    return this.get(principal, saved.resource_id);
  }

  private async record(principal: Principal | null, id: string): Promise<OrderRecord> {
    const record = await findOrder(this.deps.database.db, id, principal?.accountId);
    if (!record) throw notFound('Order');
    return record;
  }

  async get(principal: Principal | null, id: string): Promise<OrderView> {
    return this.deps.lifecycle.orderView(await this.record(principal, id));
  }

  async list(
    principal: Principal | null,
    q: { accountId?: string | undefined; status?: OrderStatus | undefined; actionRequired?: boolean | undefined; requirementsMet?: boolean | undefined; losingCarrier?: string | undefined; limit: number; after?: string | undefined },
  ): Promise<{ orders: OrderView[]; next_cursor: string | null }> {
    const { requirementsMet, ...rest } = q;
    const { orders, cursorFound } = await listOrders(this.deps.database.db, {
      ...rest,
      accountId: principal?.accountId ?? q.accountId,
      requirementsMet: requirementsMet === undefined ? undefined : { met: requirementsMet, required: this.deps.orderRequirements },
    });
    if (!cursorFound) throw invalidField('after', 'is not an order you can see');
    const views = await this.deps.lifecycle.orderViews(orders);
    return { orders: views, next_cursor: orders.length === q.limit ? orders[orders.length - 1]!.id : null };
  }

  /**
   * While draft: any field, including the numbers. While action_required: the account details, which
   * correct and resubmit every failed port. Otherwise invalid_transition.
   */
  async update(principal: Principal, id: string, patch: OrderPatch): Promise<OrderView> {
    const record = await this.record(principal, id);
    const now = this.deps.clock.now();
    const { billing_phone } = this.checkDetails(patch, now);
    const changes: OrderChanges = { updated_at: now.toISOString() };
    if (patch.account_number !== undefined) changes.account_number = patch.account_number;
    if (patch.account_pin !== undefined) changes.account_pin = patch.account_pin;
    if (billing_phone !== undefined) changes.billing_phone = billing_phone;
    if (patch.end_user_name !== undefined) changes.end_user_name = patch.end_user_name;
    if (patch.end_user_address !== undefined) changes.end_user_address = patch.end_user_address;
    if (patch.carrier_name !== undefined) changes.carrier_name = patch.carrier_name;
    const draftOnly = (['numbers', 'requested_foc_date', 'customer_reference'] as const).filter((k) => patch[k] !== undefined);
    if (record.order.status === 'draft') {
      if (patch.numbers !== undefined) changes.numbers = await this.draftNumbers(patch.numbers);
      if (patch.requested_foc_date !== undefined) changes.requested_foc_date = patch.requested_foc_date;
      if (patch.customer_reference !== undefined) changes.customer_reference = patch.customer_reference;
      const updated = await this.deps.lifecycle.updateDraft(record, changes);
      if (!updated) throw new ServiceError('service_unavailable', 'The order changed while this was applied; read it again and retry');
      return this.deps.lifecycle.orderView(updated);
    }
    if (record.order.status !== 'action_required') throw orderNotCorrectable(record.order.status);
    if (draftOnly.length > 0) throw invalidField(draftOnly[0]!, 'can only be changed while the order is a draft');
    const correction: Correction = {};
    if (patch.account_number !== undefined) correction.account_number = patch.account_number;
    if (patch.account_pin !== undefined) correction.account_pin = patch.account_pin;
    if (billing_phone !== undefined) correction.billing_phone = billing_phone;
    if (patch.end_user_name !== undefined) correction.end_user_name = patch.end_user_name;
    if (patch.end_user_address !== undefined) correction.end_user_address = patch.end_user_address;
    if (patch.carrier_name !== undefined) correction.carrier_name = patch.carrier_name;
    const updated = await this.deps.lifecycle.correctOrder(id, principal.accountId, correction, changes, customerActor(principal));
    return this.deps.lifecycle.orderView(updated);
  }

  /**
   * Submits a draft: refused with requirements_not_met naming the missing documents; otherwise one
   * port per number, in one transaction, split into sub-orders by losing carrier.
   */
  async submit(principal: Principal, id: string): Promise<OrderView> {
    const record = await this.record(principal, id);
    const { order } = record;
    if (order.status !== 'draft') throw new ServiceError('invalid_transition', `Only a draft is submitted; this order is ${order.status}`, [{ field: 'status', message: `${order.status} orders are not submitted again`, from: order.status, to: 'in_progress' }]);
    const missing = missingRequirements(this.deps.orderRequirements, order.requirements);
    if (missing.length > 0) {
      throw new ServiceError('requirements_not_met', `The order needs ${missing.map((m) => (m === 'loa' ? 'a signed Letter of Authorization (loa)' : 'a copy of the bill (invoice)')).join(' and ')} before it is submitted`, missing.map((m) => ({ field: m, message: 'missing', requirement: m })));
    }
    const now = this.deps.clock.now();
    // A requested date that has gone by since the draft: the earliest one then.
    const window = focWindow(now, this.deps.calendar);
    const requested = order.requested_foc_date && order.requested_foc_date >= window.earliest ? order.requested_foc_date : null;
    const pin = record.sealedPin ? this.deps.secrets.openPin(record.sealedPin, order.id) : null;
    const subOrders = new Map<string, { id: string; losing_carrier: LosingCarrier }>();
    const ports: SubmissionDecision[] = order.numbers.map((n) => {
      const info: PhoneNumberInfo = parseE164('numbers', n.number);
      const key = carrierKey(n.losing_carrier);
      let sub = subOrders.get(key);
      if (!sub) subOrders.set(key, (sub = { id: newSubOrderId(), losing_carrier: n.losing_carrier }));
      return decideSubmission(
        {
          id: newPortId(),
          accountId: order.account_id,
          at: now,
          number: info,
          billingPhone: order.billing_phone,
          details: {
            account_number: order.account_number,
            carrier_name: order.carrier_name,
            end_user_name: order.end_user_name,
            end_user_address: order.end_user_address,
            customer_reference: order.customer_reference,
          },
          losingCarrier: n.losing_carrier,
          requestedFocDate: requested,
          order: { orderId: order.id, subOrderId: sub.id },
          automatic: this.deps.automatic,
        },
        this.deps.calendar,
      );
    });
    const submitted = await this.deps.lifecycle.submitOrder(record, ports, pin, customerActor(principal), [...subOrders.values()]);
    return this.deps.lifecycle.orderView(submitted);
  }

  /** Cancels a draft, or every port of the order that may still be cancelled. */
  async cancel(principal: Principal, id: string, reason?: string): Promise<OrderView> {
    const record = await this.deps.lifecycle.cancelOrder(id, principal.accountId, customerActor(principal), 'customer', reason ? `Reason: ${reason}` : undefined);
    return this.deps.lifecycle.orderView(record);
  }

  /** The desk: any account's order. */
  async deskCancel(principal: Principal, id: string, message?: string): Promise<OrderView> {
    const record = await this.deps.lifecycle.cancelOrder(id, undefined, deskActor(principal), 'desk', message);
    return this.deps.lifecycle.orderView(record);
  }
}

export { MAX_ORDER_NUMBERS };
