/** Uploads (multipart/form-data) and downloads through the real app, checked against the OpenAPI document. */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { assertMatchesDocument } from './openapi.ts';

export const fixture = (name: string): Buffer => readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

export type FormPart = { name: string; value: string } | { name: string; filename: string; contentType: string; data: Buffer };

/** A multipart/form-data body of the parts, in order. */
export function formData(parts: FormPart[]): { payload: Buffer; contentType: string } {
  const boundary = '----porting' + randomBytes(8).toString('hex');
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ('value' in p) {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"\r\n\r\n${p.value}\r\n`));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"; filename="${p.filename}"\r\nContent-Type: ${p.contentType}\r\n\r\n`));
      chunks.push(p.data, Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The two usual parts: the type, and the file as a browser would send it. */
export const documentForm = (type: string, data: Buffer, filename = 'bill.pdf', contentType = 'application/pdf'): FormPart[] => [
  { name: 'type', value: type },
  { name: 'file', filename, contentType, data },
];

export async function upload(app: FastifyInstance, url: string, key: string, parts: FormPart[]) {
  const { payload, contentType } = formData(parts);
  const res = await app.inject({ method: 'POST', url, headers: { 'x-auth-token': key, 'content-type': contentType }, payload });
  await assertMatchesDocument(app, { method: 'POST', url, status: res.statusCode, headers: res.headers, body: res.body });
  return { status: res.statusCode, body: JSON.parse(res.body), headers: res.headers, raw: res.body };
}

/** A GET of bytes (a document's content, the LOA): the bytes, or the error envelope. */
export async function download(app: FastifyInstance, url: string, key: string) {
  const res = await app.inject({ method: 'GET', url, headers: { 'x-auth-token': key } });
  await assertMatchesDocument(app, { method: 'GET', url, status: res.statusCode, headers: res.headers, body: res.statusCode === 200 ? '' : res.body });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, body: res.statusCode === 200 ? undefined : JSON.parse(res.body) };
}

/** The text of every page of a PDF, as pdf.js extracts it (one string, items joined by spaces). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}
