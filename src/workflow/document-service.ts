/**
 * Documents of orders and ports, and the Letter of Authorization (contract/orders-documents.md
 * "Documents and the LOA"). An upload streams in: its type is recognised from its first bytes (a file
 * that is not a PDF, PNG or JPEG is refused before the rest is read), its size is counted as it
 * arrives (10 MiB at most), its SHA-256 computed on the way, and its bytes are written to the database
 * chunk by chunk, so no process ever holds a whole file. Once the last byte is in and the file is
 * checked as a whole (no polyglot), the lifecycle writer stores it with the order's requirements.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { BusinessCalendar } from '../domain/calendar.ts';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, storedFilename, type DocumentType, type DocumentView } from '../domain/documents.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { loaContent, type LoaSignature } from '../domain/loa.ts';
import { invalidField } from '../domain/validation.ts';
import { FileInspector } from '../documents/inspect.ts';
import { renderLoa } from '../documents/loa-pdf.ts';
import type { Database } from '../store/database.ts';
import { CHUNK_BYTES, deleteDocumentRows, findDocument, insertChunk, insertUpload, listDocuments, readDocumentBytes, type StoredDocument } from '../store/documents.ts';
import { findOrder, type OrderRecord } from '../store/orders.ts';
import { findPort } from '../store/ports.ts';
import type { Clock } from './clock.ts';
import { loaCoverHash, newOrderedId, type Lifecycle } from './lifecycle.ts';
import type { Principal } from './principal.ts';

/** What a document belongs to: an order or a port. */
export type DocumentOwner = { kind: 'order'; id: string } | { kind: 'port'; id: string };

/** One part of an upload (multipart/form-data), as the HTTP layer hands it over. */
export type UploadPart =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; filename: string | undefined; bytes: AsyncIterable<Uint8Array>; truncated(): boolean };

export interface DocumentServiceDeps {
  database: Database;
  clock: Clock;
  /** Real time (an upload in progress is dated in it, so that pruning abandoned ones ignores TIME_SCALE). */
  realClock: Clock;
  calendar: BusinessCalendar;
  lifecycle: Lifecycle;
  providerName: string;
  log: Logger;
}

const newDocumentId = (): string => newOrderedId('doc_');

export const presentDocument = (d: StoredDocument): DocumentView => ({
  id: d.id,
  type: d.type,
  filename: d.filename,
  content_type: d.content_type,
  size: d.size,
  sha256: d.sha256,
  created_at: d.created_at,
});

const tooLarge = () => new ServiceError('payload_too_large', `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`, [{ field: 'file', message: `at most ${MAX_DOCUMENT_BYTES} bytes` }]);
const unsupported = (reason: string) =>
  new ServiceError('unsupported_media_type', `Only PDF, PNG and JPEG files are accepted, recognised by their content: ${reason}`, [{ field: 'file', message: reason }]);

export class DocumentService {
  constructor(private readonly deps: DocumentServiceDeps) {}

  /** The order or port a document is for, scoped to the principal's account (null: the desk, any account). */
  private async owner(principal: Principal | null, owner: DocumentOwner): Promise<{ accountId: string; orderId: string | null; portId: string | null }> {
    const { db } = this.deps.database;
    if (owner.kind === 'order') {
      const record = await findOrder(db, owner.id, principal?.accountId);
      if (!record) throw notFound('Order');
      return { accountId: record.order.account_id, orderId: owner.id, portId: null };
    }
    const record = await findPort(db, owner.id, principal?.accountId);
    if (!record) throw notFound();
    return { accountId: record.port.account_id, orderId: null, portId: owner.id };
  }

  /**
   * Stores an uploaded document: the fields `type` and `file` (one file), in either order. Refused with
   * 415 unless the bytes are a PDF, PNG or JPEG (and only that), 413 beyond 10 MiB; nothing is kept then.
   */
  async upload(principal: Principal, owner: DocumentOwner, parts: AsyncIterable<UploadPart>): Promise<DocumentView> {
    const target = await this.owner(principal, owner);
    let type: string | undefined;
    let received: Awaited<ReturnType<DocumentService['receive']>> | undefined;
    const started: string[] = [];
    try {
      for await (const part of parts) {
        if (part.kind === 'field') {
          if (part.name !== 'type') throw invalidField(part.name, 'is not a known field (send type and file)');
          if (type !== undefined) throw invalidField('type', 'may be given only once');
          type = part.value;
          continue;
        }
        if (part.name !== 'file') throw invalidField(part.name, 'is not a known file field (send the document as file)');
        if (received) throw invalidField('file', 'may be given only once');
        received = await this.receive(target, part, started);
      }
      if (type === undefined) throw invalidField('type', `is required: one of ${DOCUMENT_TYPES.join(', ')}`);
      if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) throw invalidField('type', `must be one of: ${DOCUMENT_TYPES.join(', ')}`);
      if (!received) throw invalidField('file', 'is required: the document, as a file part of the form');
      const stored = await this.deps.lifecycle.storeUpload({ ...received, order_id: target.orderId, type: type as DocumentType });
      if (!stored) throw new ServiceError('service_unavailable', 'The upload took too long and was discarded; send it again');
      return presentDocument(stored);
    } catch (err) {
      for (const id of started) await deleteDocumentRows(this.deps.database.db, id).catch((e: unknown) => this.deps.log.error({ err: e, id }, 'could not discard a refused upload'));
      throw err;
    }
  }

  /** Reads one file part into the database, chunk by chunk, checking it as it comes. */
  private async receive(target: { accountId: string; orderId: string | null; portId: string | null }, part: Extract<UploadPart, { kind: 'file' }>, started: string[]) {
    const { db } = this.deps.database;
    const id = newDocumentId();
    started.push(id);
    await insertUpload(db, { id, account_id: target.accountId, order_id: target.orderId, port_id: target.portId, created_at: this.deps.realClock.now().toISOString() });
    const inspector = new FileInspector();
    const hash = createHash('sha256');
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let n = 0;
    let typed = false;
    const flush = async (all: boolean) => {
      let buffer = Buffer.concat(pending);
      while (buffer.length >= CHUNK_BYTES || (all && buffer.length > 0)) {
        await insertChunk(db, id, n++, buffer.subarray(0, CHUNK_BYTES));
        buffer = buffer.subarray(CHUNK_BYTES);
      }
      pending = buffer.length > 0 ? [buffer] : [];
      pendingBytes = buffer.length;
    };
    for await (const chunk of part.bytes) {
      if (inspector.size + chunk.length > MAX_DOCUMENT_BYTES) throw tooLarge();
      inspector.feed(chunk);
      hash.update(chunk);
      if (!typed && inspector.headComplete) {
        const v = await inspector.type();
        if (!v.ok) throw unsupported(v.reason);
        typed = true;
      }
      pending.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      pendingBytes += chunk.length;
      if (pendingBytes >= CHUNK_BYTES) await flush(false);
    }
    if (part.truncated()) throw tooLarge();
    const verdict = await inspector.verdict();
    if (!verdict.ok) throw unsupported(verdict.reason);
    await flush(true);
    return { id, filename: storedFilename(part.filename, verdict.contentType), content_type: verdict.contentType, size: inspector.size, sha256: hash.digest('hex') };
  }

  async list(principal: Principal | null, owner: DocumentOwner): Promise<DocumentView[]> {
    await this.owner(principal, owner);
    return (await listDocuments(this.deps.database.db, owner.kind === 'order' ? { orderId: owner.id } : { portId: owner.id })).map(presentDocument);
  }

  /** A document, scoped to the principal's account (null: the desk, any account). */
  async get(principal: Principal | null, id: string): Promise<StoredDocument> {
    const doc = await findDocument(this.deps.database.db, id, principal?.accountId);
    if (!doc) throw notFound('Document');
    return doc;
  }

  /** The document and its bytes, read one chunk at a time as they are sent. */
  async content(principal: Principal | null, id: string): Promise<{ document: StoredDocument; bytes: AsyncIterable<Uint8Array> }> {
    const document = await this.get(principal, id);
    return { document, bytes: readDocumentBytes(this.deps.database.db, id) };
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.deps.lifecycle.deleteDocument(await this.get(principal, id));
  }

  // ---- The Letter of Authorization -------------------------------------------------------------

  private async order(principal: Principal, orderId: string): Promise<OrderRecord> {
    const record = await findOrder(this.deps.database.db, orderId, principal.accountId);
    if (!record) throw notFound('Order');
    return record;
  }

  /** The LOA generated from the order as it is now, unsigned. */
  async loa(principal: Principal, orderId: string): Promise<{ filename: string; bytes: Uint8Array }> {
    const { order } = await this.order(principal, orderId);
    const now = this.deps.clock.now();
    const bytes = await renderLoa(loaContent(order, this.deps.providerName, this.deps.calendar.localDate(now)), now);
    return { filename: `loa-${order.id}.pdf`, bytes };
  }

  /**
   * Signs the LOA: the letter generated from the order, with the signer's name, title, the time and the
   * request's address stamped in, stored as the order's `loa` document (with its SHA-256). It meets the
   * order's `loa` requirement while the order keeps the details it states.
   */
  async signLoa(principal: Principal, orderId: string, signer: { signer_name: string; signer_title: string }, ip: string): Promise<DocumentView> {
    const { order } = await this.order(principal, orderId);
    const now = this.deps.clock.now();
    const signature: LoaSignature = { signer_name: signer.signer_name, signer_title: signer.signer_title, signed_at: now.toISOString(), ip };
    const bytes = await renderLoa(loaContent(order, this.deps.providerName, this.deps.calendar.localDate(now)), now, signature);
    const doc: StoredDocument = {
      id: newDocumentId(),
      account_id: order.account_id,
      order_id: order.id,
      port_id: null,
      type: 'loa',
      filename: `loa-${order.id}-signed.pdf`,
      content_type: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      origin: 'signed',
      signature: { ...signature, covers: loaCoverHash(order) },
      created_at: now.toISOString(),
    };
    return presentDocument(await this.deps.lifecycle.storeSignedLoa(doc, bytes));
  }
}
