/**
 * What an uploaded file really is, from its bytes as they stream in (never from its name or declared
 * type), holding only its first and last few kilobytes whatever its size:
 *
 * - its type from its first bytes (file-type): PDF, PNG or JPEG, nothing else;
 * - a polyglot (a file that is also another kind of file) is refused: bytes after the format's own
 *   end (a PDF's last `%%EOF`, a PNG's IEND chunk, a JPEG's end-of-image marker), where archives and
 *   scripts are appended; a ZIP directory near the end; HTML or script markup near the start, where
 *   a browser sniffing the content would look.
 */
import { fileTypeFromBuffer } from 'file-type';
import { ACCEPTED_CONTENT_TYPES, type AcceptedContentType } from '../domain/documents.ts';

/** Enough for file-type to recognise every format it knows. */
const HEAD_BYTES = 8192;
/** A ZIP's end-of-central-directory record is within its last 64 KiB + 22 bytes. */
const TAIL_BYTES = 65_536 + 22;

const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const JPEG_END = Buffer.from([0xff, 0xd9]);
const PDF_END = Buffer.from('%%EOF');
const ZIP_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const MARKUP = /<\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|link|style)\b/i;
/** What may follow a PDF's `%%EOF`: line ends and padding. */
const PDF_TRAILING = new Set([0x0a, 0x0d, 0x20, 0x09, 0x0c, 0x00]);

export type Verdict = { ok: true; contentType: AcceptedContentType } | { ok: false; reason: string };

export class FileInspector {
  private head = Buffer.alloc(0);
  private tail = Buffer.alloc(0);
  private detected: Verdict | undefined;
  size = 0;

  /** Takes the next bytes. */
  feed(chunk: Uint8Array): void {
    this.size += chunk.length;
    if (this.head.length < HEAD_BYTES) this.head = Buffer.concat([this.head, chunk.subarray(0, HEAD_BYTES - this.head.length)]);
    const joined = chunk.length >= TAIL_BYTES ? Buffer.from(chunk.subarray(chunk.length - TAIL_BYTES)) : Buffer.concat([this.tail, chunk]);
    this.tail = joined.length > TAIL_BYTES ? Buffer.from(joined.subarray(joined.length - TAIL_BYTES)) : joined;
  }

  /** Whether enough has arrived to say what the file is (before the rest is read). */
  get headComplete(): boolean {
    return this.head.length >= HEAD_BYTES;
  }

  /** The type from the first bytes: refused at once unless PDF, PNG or JPEG, or when it carries markup. */
  async type(): Promise<Verdict> {
    if (this.detected) return this.detected;
    const found = this.head.length === 0 ? undefined : await fileTypeFromBuffer(this.head);
    const mime = found?.mime as AcceptedContentType | undefined;
    if (!mime || !(ACCEPTED_CONTENT_TYPES as readonly string[]).includes(mime)) {
      this.detected = { ok: false, reason: found ? `the file is ${found.ext.toUpperCase()} (${found.mime})` : 'the file is not a PDF, PNG or JPEG' };
    } else if (MARKUP.test(this.head.subarray(0, 1024).toString('latin1'))) {
      this.detected = { ok: false, reason: `the file carries HTML or script markup besides being a ${label(mime)}` };
    } else {
      this.detected = { ok: true, contentType: mime };
    }
    return this.detected;
  }

  /** The verdict on the whole file, once every byte has been fed. */
  async verdict(): Promise<Verdict> {
    const typed = await this.type();
    if (!typed.ok) return typed;
    const end = endsAsItShould(typed.contentType, this.tail);
    if (!end) return { ok: false, reason: `the file has data after the end of the ${label(typed.contentType)}` };
    if (this.tail.includes(ZIP_DIRECTORY)) return { ok: false, reason: `the file is also a ZIP archive` };
    return typed;
  }
}

const label = (t: AcceptedContentType): string => ({ 'application/pdf': 'PDF', 'image/png': 'PNG image', 'image/jpeg': 'JPEG image' })[t];

function endsAsItShould(type: AcceptedContentType, tail: Buffer): boolean {
  if (type === 'image/png') return tail.length >= PNG_END.length && tail.subarray(tail.length - PNG_END.length).equals(PNG_END);
  if (type === 'image/jpeg') return tail.length >= 2 && tail.subarray(tail.length - 2).equals(JPEG_END);
  let end = tail.length;
  while (end > 0 && PDF_TRAILING.has(tail[end - 1]!)) end--;
  return end >= PDF_END.length && tail.subarray(end - PDF_END.length, end).equals(PDF_END);
}
