/**
 * Documents of orders and ports (contract/orders-documents.md "Documents and the LOA"): what a
 * document is, which files are accepted, how a stored file is named on the way out, which documents
 * meet an order's requirements, and when a document may be deleted. Pure.
 */
import type { OrderStatus, Requirements } from './orders.ts';
import type { PortStatus } from './port-request.ts';

export const DOCUMENT_TYPES = ['loa', 'invoice', 'csr', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The files accepted, recognised by their content (never by their name or declared type). */
export const ACCEPTED_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

/** 10 MiB: the largest document accepted (the JSON routes keep 64 KiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export const EXTENSION_OF: Readonly<Record<AcceptedContentType, string>> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** A document as its customer sees it. */
export interface DocumentView {
  id: string;
  type: DocumentType;
  filename: string;
  content_type: AcceptedContentType;
  size: number;
  sha256: string;
  created_at: string;
}

/** What the stored documents of an order say about its requirements. */
export interface DocumentFacts {
  type: DocumentType;
  origin: 'uploaded' | 'signed';
  /** A signed LOA: the order details it was signed for (see domain/loa.ts, loaCover). */
  covers: string | null;
}

/**
 * The order's requirements from its documents: the LOA is `signed` when an LOA generated and signed
 * here covers the order's details as they are now (a draft changed after signing needs signing
 * again), `uploaded` when one was uploaded, otherwise `missing`; the invoice is `uploaded` or `missing`.
 */
export function requirementsOf(documents: readonly DocumentFacts[], currentCover: string): Requirements {
  const loa = documents.some((d) => d.type === 'loa' && d.origin === 'signed' && d.covers === currentCover)
    ? 'signed'
    : documents.some((d) => d.type === 'loa' && d.origin === 'uploaded')
      ? 'uploaded'
      : 'missing';
  return { loa, invoice: documents.some((d) => d.type === 'invoice') ? 'uploaded' : 'missing' };
}

/** Orders whose documents may still be deleted: before submission, or while the customer must act. */
export const DELETABLE_ORDER_STATUSES: readonly OrderStatus[] = ['draft', 'action_required'];
/** A port submitted alone: while its details may still be corrected. */
export const DELETABLE_PORT_STATUSES: readonly PortStatus[] = ['pending', 'failed'];

// Names: printable, no path, no quotes or characters that a header or a file system would trip on.
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f"\\/:*?<>|\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g;

/**
 * The name a stored file is given: the uploaded name without any folder part or characters unsafe in
 * a header or a file system, at most 120 characters, with the extension of what the file really is
 * (`bill.exe` that is a PDF is kept as `bill.exe.pdf`); `document.pdf` when nothing usable is left.
 */
export function storedFilename(given: string | undefined, contentType: AcceptedContentType): string {
  const ext = EXTENSION_OF[contentType];
  const base = (given ?? '').normalize('NFC').split(/[\\/]/).pop()!.replace(UNSAFE_IN_NAME, '_').trim().replace(/^\.+/, '');
  const known = contentType === 'image/jpeg' ? /\.(jpe?g)$/i : new RegExp(`\\.${ext}$`, 'i');
  const stem = Array.from(known.test(base) ? base.replace(known, '') : base).slice(0, 110).join('').trim();
  return `${stem || 'document'}.${ext}`;
}

/**
 * `Content-Disposition: attachment` for a stored file: a stored file is never rendered inline. The
 * plain `filename` is an ASCII stand-in; `filename*` carries the real name (RFC 6266, RFC 8187).
 */
export function attachmentDisposition(filename: string): string {
  const stripped = filename.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\%;]/g, '_').trim();
  // Nothing left before the extension (a name in another script): a plain stand-in.
  const ascii = stripped === '' || stripped.startsWith('.') ? `document${stripped}` : stripped;
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
