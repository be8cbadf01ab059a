/**
 * Documents: their rows and their bytes. The bytes are stored in chunks, written and read back one
 * at a time, so that no process holds a whole file to store or serve it.
 */
import type { DocumentFacts, DocumentType, AcceptedContentType } from '../domain/documents.ts';
import type { LoaSignature } from '../domain/loa.ts';
import type { Db } from './db.ts';
import type { DocumentRow } from './schema.ts';

/** The bytes of a document are stored in chunks of this size (the last one shorter). */
export const CHUNK_BYTES = 256 * 1024;

export interface StoredDocument {
  id: string;
  account_id: string;
  order_id: string | null;
  port_id: string | null;
  type: DocumentType;
  filename: string;
  content_type: AcceptedContentType;
  size: number;
  sha256: string;
  origin: 'uploaded' | 'signed';
  /** A signed LOA: who signed, when, from where, and what it covers. */
  signature: (LoaSignature & { covers: string }) | null;
  created_at: string;
}

const rowToDocument = (r: DocumentRow): StoredDocument => ({
  id: r.id,
  account_id: r.account_id,
  order_id: r.order_id,
  port_id: r.port_id,
  type: r.type as DocumentType,
  filename: r.filename,
  content_type: r.content_type as AcceptedContentType,
  size: r.size,
  sha256: r.sha256,
  origin: r.origin as StoredDocument['origin'],
  signature: r.signature === null ? null : (JSON.parse(r.signature) as StoredDocument['signature']),
  created_at: r.created_at,
});

const POSSIBLE_ID = /^[\x21-\x7e]{1,64}$/;

/**
 * Writes a document and its bytes, chunk by chunk as they are read (the caller's transaction makes it
 * all or nothing). Chunks of any size are stored as CHUNK_BYTES pieces.
 */
export async function insertDocument(db: Db, d: StoredDocument, bytes: AsyncIterable<Uint8Array> | Uint8Array): Promise<void> {
  await db
    .insertInto('documents')
    .values({ ...d, signature: d.signature === null ? null : JSON.stringify(d.signature) })
    .execute();
  let n = 0;
  let pending: Buffer = Buffer.alloc(0);
  for await (const piece of bytes instanceof Uint8Array ? [bytes] : bytes) {
    pending = pending.length === 0 ? Buffer.from(piece) : Buffer.concat([pending, piece]);
    while (pending.length >= CHUNK_BYTES) {
      await db.insertInto('document_chunks').values({ document_id: d.id, n: n++, bytes: pending.subarray(0, CHUNK_BYTES) }).execute();
      pending = pending.subarray(CHUNK_BYTES);
    }
  }
  if (pending.length > 0) await db.insertInto('document_chunks').values({ document_id: d.id, n: n++, bytes: pending }).execute();
}

/** Removes a document and its bytes. */
export async function deleteDocumentRows(db: Db, id: string): Promise<boolean> {
  await db.deleteFrom('document_chunks').where('document_id', '=', id).execute();
  const r = await db.deleteFrom('documents').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** A stored document, scoped to `accountId` when given (another account's is not found). */
export async function findDocument(db: Db, id: string, accountId?: string): Promise<StoredDocument | undefined> {
  if (!POSSIBLE_ID.test(id)) return undefined;
  let q = db.selectFrom('documents').selectAll().where('id', '=', id);
  if (accountId !== undefined) q = q.where('account_id', '=', accountId);
  const row = await q.executeTakeFirst();
  return row && rowToDocument(row);
}

/** The stored documents of an order or a port, oldest first. */
export async function listDocuments(db: Db, of: { orderId: string } | { portId: string }): Promise<StoredDocument[]> {
  let q = db.selectFrom('documents').selectAll();
  q = 'orderId' in of ? q.where('order_id', '=', of.orderId) : q.where('port_id', '=', of.portId);
  return (await q.orderBy('created_at').orderBy('id').execute()).map(rowToDocument);
}

/** What an order's documents say about its requirements (see domain/documents.ts). */
export async function documentFactsOf(db: Db, orderId: string): Promise<DocumentFacts[]> {
  return (await listDocuments(db, { orderId })).map((d) => ({ type: d.type, origin: d.origin, covers: d.signature?.covers ?? null }));
}

/** The bytes of a document, one chunk at a time, in order. */
export async function* readDocumentBytes(db: Db, id: string): AsyncGenerator<Uint8Array> {
  for (let n = 0; ; n++) {
    const row = await db.selectFrom('document_chunks').select('bytes').where('document_id', '=', id).where('n', '=', n).executeTakeFirst();
    if (!row) return;
    yield row.bytes instanceof Uint8Array ? row.bytes : new Uint8Array(row.bytes as ArrayBuffer);
  }
}
