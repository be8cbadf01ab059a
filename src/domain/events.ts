/**
 * Events: what happened to an account's resources, in one shape everywhere (the feed, a webhook
 * body, the console): `{"id": "evt_…", "type", "created_at", "data"}` (contract/events-webhooks.md).
 * Pure: the lifecycle writer decides which events a change writes, in the change's own transaction.
 */
import type { CommentView } from './comments.ts';
import type { PortStatus } from './port-request.ts';
import type { OrderView } from './order-view.ts';
import type { OrderStatus } from './orders.ts';
import type { PortView } from './port-view.ts';

export const EVENT_TYPES = [
  'port.created',
  'port.status_changed',
  'port.updated',
  'port.comment_created',
  'order.created',
  'order.status_changed',
  'order.comment_created',
  'webhook.test',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** An event about to be written: which account sees it, what it is about, and its data. */
export interface NewEvent {
  type: EventType;
  accountId: string;
  portId: string | null;
  orderId: string | null;
  data: Record<string, unknown>;
}

export const portCreated = (port: PortView & { account_id?: never }, accountId: string, portId: string): NewEvent => ({
  type: 'port.created',
  accountId,
  portId,
  orderId: null,
  data: { port },
});

export const portStatusChanged = (port: PortView, accountId: string, portId: string, from: PortStatus, to: PortStatus, message: string | null): NewEvent => ({
  type: 'port.status_changed',
  accountId,
  portId,
  orderId: null,
  data: { port, from, to, message },
});

export const portUpdated = (port: PortView, accountId: string, portId: string, changes: readonly string[], message: string | null): NewEvent => ({
  type: 'port.updated',
  accountId,
  portId,
  orderId: null,
  data: { port, changes: [...changes], message },
});

export const orderCreated = (order: OrderView, accountId: string): NewEvent => ({ type: 'order.created', accountId, portId: null, orderId: order.id, data: { order } });

export const orderStatusChanged = (order: OrderView, accountId: string, from: OrderStatus, to: OrderStatus): NewEvent => ({
  type: 'order.status_changed',
  accountId,
  portId: null,
  orderId: order.id,
  data: { order, from, to },
});

/** A comment the customer may see was added to a port (never an internal one: see domain/comments.ts). */
export const portCommentCreated = (comment: CommentView, accountId: string, portId: string): NewEvent => ({
  type: 'port.comment_created',
  accountId,
  portId,
  orderId: null,
  data: { port_id: portId, comment },
});

/** The same for an order: its id, the order as it now stands, and the comment. */
export const orderCommentCreated = (order: OrderView, accountId: string, comment: CommentView): NewEvent => ({
  type: 'order.comment_created',
  accountId,
  portId: null,
  orderId: order.id,
  data: { order_id: order.id, order, comment },
});

/** Whether an endpoint subscribed to `subscribed` (a list of types, or `*`) receives `type`. */
export const subscribes = (subscribed: readonly string[], type: EventType): boolean => subscribed.includes('*') || subscribed.includes(type);
