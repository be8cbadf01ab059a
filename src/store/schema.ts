/** Table types for Kysely. Timestamps are ISO 8601 UTC strings (same text on SQLite and PostgreSQL). */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface AccountsTable {
  id: string;
  name: string;
  is_admin: number; // 0 | 1 on both dialects
  created_at: string;
}

export interface ApiKeysTable {
  id: string;
  account_id: string;
  /** SHA-256 of the whole key; the key itself is shown once and never stored. */
  key_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface PortsTable {
  id: string;
  account_id: string;
  number: string;
  status: string;
  carrier_status: string;
  carrier_name: string | null;
  account_number: string;
  /** AES-256-GCM ciphertext (see pin-cipher.ts); never the PIN in clear. */
  account_pin_enc: string | null;
  billing_phone: string;
  end_user_name: string;
  end_user_address: string; // JSON
  customer_reference: string | null;
  number_type: string;
  region: string;
  created_at: string;
  updated_at: string;
  estimated_completion: string | null;
  foc_date: string | null;
  completed_at: string | null;
  failed_at: string | null;
  cancelled_at: string | null;
  rejection_code: string | null;
  rejection_message: string | null;
  messages: string; // JSON array of strings, oldest first
  /** Row version: every change bumps it, so a change computed from a read can insist nothing moved since. */
  version: number;
  /** How many times a carrier answered a review of this port. */
  reviews: number;
  /** The order and sub-order the port belongs to (null for a port submitted alone). */
  order_id: string | null;
  sub_order_id: string | null;
  /** JSON: the losing carrier (null for ports written before orders existed). */
  losing_carrier: string | null;
  /** The losing carrier's SPID, from the JSON above: what the list's carrier filter and its indexes read. */
  losing_carrier_spid: string | null;
  requested_foc_date: string | null;
  /** 1 while a public desk comment asks the customer to act (until the customer comments or corrects it). */
  action_required: number;
}

export interface PortEventsTable {
  port_id: string;
  seq: number;
  at: string;
  from_status: string | null;
  to_status: string;
  carrier_status: string;
  message: string | null;
  actor: string;
  /** The event this entry is (null for entries written before the feed existed). */
  event_id: string | null;
}

/** The account event feed (on PostgreSQL also `txid`, the writing transaction: see dialect/postgres.ts). */
export interface EventsTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  type: string;
  port_id: string | null;
  order_id: string | null;
  created_at: string;
  data: string; // JSON
}

export interface WebhookEndpointsTable {
  id: string;
  account_id: string;
  url: string;
  events: string; // JSON array of event types, or ["*"]
  description: string | null;
  enabled: number; // 0 | 1
  disabled_reason: string | null;
  /** Sealed (AES-256-GCM, see secrets.ts); never the secret in clear. */
  secret_enc: string;
  /** After a rotation, the previous secret also signs until previous_secret_until. */
  previous_secret_enc: string | null;
  previous_secret_until: string | null;
  /** Since when every attempt to this endpoint has failed (null after a success). */
  failing_since: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  account_id: string;
  endpoint_id: string;
  event_id: string;
  event_type: string;
  /** pending | succeeded | failed */
  status: string;
  attempts: number;
  /** On the service's (possibly sped-up) calendar; null once final. */
  next_attempt_at: string | null;
  last_response_status: number | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  claimed_by: string | null;
  /** Real time, like a timer's lease. */
  lease_until: string | null;
}

export interface WebhookAttemptsTable {
  delivery_id: string;
  n: number;
  at: string;
  response_status: number | null;
  duration_ms: number;
  error: string | null;
}

export interface IdempotencyKeysTable {
  account_id: string;
  key: string;
  request_hash: string;
  /** The port or order the first request created. */
  resource_id: string;
  response_body: string;
  created_at: string;
}

export interface PortTimersTable {
  port_id: string;
  /** review | transfer_start | transfer_finish */
  step: string;
  /** On the service's (possibly sped-up) calendar. */
  due_at: string;
  attempt: number;
  claimed_by: string | null;
  /** Real time: an operational lease, not a calendar date. */
  lease_until: string | null;
}

export interface PortOrdersTable {
  id: string;
  account_id: string;
  /** draft | in_progress | action_required | completed | cancelled (derived from the ports, kept with them). */
  status: string;
  /** JSON: the numbers as drafted, each with its losing carrier. */
  numbers: string;
  account_number: string;
  /** Sealed with the order's id; each port gets its own sealed copy at submission. */
  account_pin_enc: string | null;
  billing_phone: string;
  end_user_name: string;
  end_user_address: string; // JSON
  carrier_name: string | null;
  requested_foc_date: string | null;
  customer_reference: string | null;
  /** missing | signed | uploaded */
  loa: string;
  /** missing | uploaded */
  invoice: string;
  n_pending: number;
  n_authorized: number;
  n_in_progress: number;
  n_completed: number;
  n_failed: number;
  n_cancelled: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  version: number;
  /** 1 while a public desk comment asks the customer to act (until the customer comments or corrects it). */
  action_required: number;
}

export interface SubOrdersTable {
  id: string;
  order_id: string;
  account_id: string;
  losing_carrier: string; // JSON
  /** The losing carrier's SPID, from the JSON above (the desk's orders filtered by carrier). */
  losing_carrier_spid: string;
  created_at: string;
}

export interface PortCountsTable {
  account_id: string;
  status: string;
  /** The losing carrier's SPID, '' for ports without one. */
  spid: string;
  shard: number;
  n: number;
}

export interface DocumentsTable {
  id: string;
  account_id: string;
  /** The order or the port the document belongs to (one of the two). */
  order_id: string | null;
  port_id: string | null;
  /** loa | invoice | csr | other */
  type: string;
  filename: string;
  /** Recognised from the bytes: application/pdf, image/png or image/jpeg. */
  content_type: string;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** uploaded | signed (the generated LOA, signed through the API) */
  origin: string;
  /** JSON: a signed LOA's signer, title, time, address, and the order details it covers. */
  signature: string | null;
  created_at: string;
}

/** A document's bytes, in order (n = 0, 1, …). */
export interface DocumentChunksTable {
  document_id: string;
  n: number;
  bytes: Uint8Array;
}

export interface CommentsTable {
  id: string;
  account_id: string;
  /** The port or the order the comment is on (one of the two). */
  port_id: string | null;
  order_id: string | null;
  body: string;
  /** customer | desk */
  author_kind: string;
  author_name: string;
  /** public | internal (never shown to the customer) */
  visibility: string;
  action_required: number; // 0 | 1
  created_at: string;
}

/** A console sign-in (contract/console-cli.md): stored by the SHA-256 of its cookie. */
export interface ConsoleSessionsTable {
  id: string;
  key_id: string;
  account_id: string;
  created_at: string;
  /** Real time; a session unused for 12 hours has ended. */
  last_seen_at: string;
}

export interface SettingsTable {
  name: string;
  value: string;
}

export interface Schema {
  accounts: AccountsTable;
  api_keys: ApiKeysTable;
  ports: PortsTable;
  port_events: PortEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  settings: SettingsTable;
  port_timers: PortTimersTable;
  events: EventsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_attempts: WebhookAttemptsTable;
  port_orders: PortOrdersTable;
  sub_orders: SubOrdersTable;
  port_counts: PortCountsTable;
  documents: DocumentsTable;
  document_chunks: DocumentChunksTable;
  comments: CommentsTable;
  console_sessions: ConsoleSessionsTable;
}

export type PortRow = Selectable<PortsTable>;
export type NewPortRow = Insertable<PortsTable>;
export type PortEventRow = Selectable<PortEventsTable>;
export type PortTimerRow = Selectable<PortTimersTable>;
export type EventRow = Selectable<EventsTable>;
export type WebhookEndpointRow = Selectable<WebhookEndpointsTable>;
export type WebhookDeliveryRow = Selectable<WebhookDeliveriesTable>;
export type WebhookAttemptRow = Selectable<WebhookAttemptsTable>;
export type PortOrderRow = Selectable<PortOrdersTable>;
export type SubOrderRow = Selectable<SubOrdersTable>;
export type DocumentRow = Selectable<DocumentsTable>;
export type CommentRow = Selectable<CommentsTable>;
