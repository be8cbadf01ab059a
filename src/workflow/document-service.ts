/**
 * Documents of orders and ports, and the Letter of Authorization (contract/orders-documents.md
 * "Documents and the LOA"). An upload streams in: its type is recognised from its first bytes (a file
 * that is not a PDF, PNG or JPEG is refused before the rest is read), its size is counted as it
 * arrives (10 MiB at most), its SHA-256 computed on the way, and its bytes go to a temporary file, so
 * no process ever holds a whole file and a refused one never reaches the database. Once the last byte
 * is in and the file is checked as a whole (no polyglot), the lifecycle writer stores it in the
 * database, read back from that file chunk by chunk, in one transaction with the order's requirements.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, open, rm, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { BusinessCalendar } from '../domain/calendar.ts';
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, storedFilename, type DocumentType, type DocumentView } from '../domain/documents.ts';
import { notFound, ServiceError } from '../domain/errors.ts';
import { loaContent, type LoaSignature } from '../domain/loa.ts';
import { invalidField } from '../domain/validation.ts';
import { FileInspector } from '../documents/inspect.ts';
import type { Database } from '../store/database.ts';
import { CHUNK_BYTES, findDocument, listDocuments, readDocumentBytes, type StoredDocument } from '../store/documents.ts';
import { findOrder, type OrderRecord } from '../store/orders.ts';
import { findPort } from '../store/ports.ts';
import type { Clock } from './clock.ts';
import { newOrderedId } from './ids.ts';
import { loaCoverHash, type Lifecycle } from './lifecycle.ts';
import type { Principal } from './principal.ts';

// pdf-lib and its font engine (about 40 MB resident) load the first time a letter is made, not at start-up.
const loaPdf = () => import('../documents/loa-pdf.ts');

/** What a document belongs to: an order or a port. */
export type DocumentOwner = { kind: 'order'; id: string } | { kind: 'port'; id: string };

/** One part of an upload (multipart/form-data), as the HTTP layer hands it over. */
export type UploadPart =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; filename: string | undefined; bytes: AsyncIterable<Uint8Array>; truncated(): boolean };

export interface DocumentServiceDeps {
  database: Database;
  clock: Clock;
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
    const spool = await mkdtemp(join(tmpdir(), 'porting-upload-'));
    try {
      let type: string | undefined;
      let received: Received | undefined;
      for await (const part of parts) {
        if (part.kind === 'field') {
          if (part.name !== 'type') throw invalidField(part.name, 'is not a known field (send type and file)');
          if (type !== undefined) throw invalidField('type', 'may be given only once');
          type = part.value;
          continue;
        }
        if (part.name !== 'file') throw invalidField(part.name, 'is not a known file field (send the document as file)');
        if (received) throw invalidField('file', 'may be given only once');
        received = await receive(part, join(spool, 'file'));
      }
      if (type === undefined) throw invalidField('type', `is required: one of ${DOCUMENT_TYPES.join(', ')}`);
      if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) throw invalidField('type', `must be one of: ${DOCUMENT_TYPES.join(', ')}`);
      if (!received) throw invalidField('file', 'is required: the document, as a file part of the form');
      const doc: StoredDocument = {
        id: newDocumentId(),
        account_id: target.accountId,
        order_id: target.orderId,
        port_id: target.portId,
        type: type as DocumentType,
        filename: received.filename,
        content_type: received.contentType,
        size: received.size,
        sha256: received.sha256,
        origin: 'uploaded',
        signature: null,
        created_at: this.deps.clock.now().toISOString(),
      };
      // The spooled file opened here, before the spool can be removed (a read stream would open it
      // later: the same race as the spooling's, see receive).
      const file = await open(received.path, 'r');
      try {
        return presentDocument(await this.deps.lifecycle.storeDocument(doc, chunksOf(file)));
      } finally {
        await file.close();
      }
    } finally {
      await rm(spool, { recursive: true, force: true }).catch((err: unknown) => this.deps.log.error({ err, spool }, 'could not remove an upload’s temporary file'));
    }
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
    const bytes = await (await loaPdf()).renderLoa(loaContent(order, this.deps.providerName, this.deps.calendar.localDate(now)), now);
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
    const bytes = await (await loaPdf()).renderLoa(loaContent(order, this.deps.providerName, this.deps.calendar.localDate(now)), now, signature);
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
    return presentDocument(await this.deps.lifecycle.storeDocument(doc, bytes));
  }
}

interface Received {
  path: string;
  filename: string;
  contentType: StoredDocument['content_type'];
  size: number;
  sha256: string;
}

/**
 * Reads one file part into a temporary file (owner-only), checking it as it comes: its type from the
 * first bytes (refused before the rest is read), its size counted (refused at the first byte past
 * 10 MiB), then the whole (its end, no polyglot).
 */
async function receive(part: Extract<UploadPart, { kind: 'file' }>, path: string): Promise<Received> {
  const inspector = new FileInspector();
  const hash = createHash('sha256');
  // Opened here, before anything can be refused: a write stream opens its file later, and when a
  // refusal came first (the spool removed meanwhile), that open's ENOENT was an uncaught error (seen
  // once in CI). Every write is awaited, so any error goes to this function.
  const out = await open(path, 'w', 0o600);
  let typed = false;
  try {
    for await (const chunk of part.bytes) {
      if (inspector.size + chunk.length > MAX_DOCUMENT_BYTES) throw tooLarge();
      inspector.feed(chunk);
      hash.update(chunk);
      if (!typed && inspector.headComplete) {
        const v = await inspector.type();
        if (!v.ok) throw unsupported(v.reason);
        typed = true;
      }
      await out.write(chunk);
    }
    if (part.truncated()) throw tooLarge();
    const verdict = await inspector.verdict();
    if (!verdict.ok) throw unsupported(verdict.reason);
    return { path, filename: storedFilename(part.filename, verdict.contentType), contentType: verdict.contentType, size: inspector.size, sha256: hash.digest('hex') };
  } finally {
    await out.close();
  }
}

/** A file's bytes, a chunk at a time, read only as they are asked for (errors go to the reader). */
async function* chunksOf(file: FileHandle): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return;
    yield bytesRead === CHUNK_BYTES ? chunk : chunk.subarray(0, bytesRead);
  }
}
