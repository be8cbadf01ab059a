/**
 * Documents, the Letter of Authorization, and comments (contract/orders-documents.md). Uploads are the
 * one place a body is not JSON: they live in a scope of their own with @fastify/multipart and a
 * 10 MiB limit, read as a stream (the JSON routes keep their 64 KiB limit and parser).
 */
import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ACCEPTED_CONTENT_TYPES, attachmentDisposition, MAX_DOCUMENT_BYTES } from '../../domain/documents.ts';
import { ServiceError } from '../../domain/errors.ts';
import type { CommentService, CommentTarget } from '../../workflow/comment-service.ts';
import { presentDocument, type DocumentOwner, type DocumentService, type UploadPart } from '../../workflow/document-service.ts';
import { errorResponses } from '../schemas/common.ts';
import {
  CommentEnvelope,
  CommentListEnvelope,
  CreateCommentBody,
  DeletedDocumentEnvelope,
  DeskCommentBody,
  DeskDocumentEnvelope,
  DocumentEnvelope,
  DocumentIdParams,
  DocumentListEnvelope,
  fileResponse,
  SignLoaBody,
  UploadDocumentBody,
} from '../schemas/documents.ts';
import { OrderIdParams } from '../schemas/orders.ts';
import { PortIdParams } from '../schemas/port.ts';

const security = [{ apiKey: [] }];
const documentTags = ['documents'];
const commentTags = ['comments'];
const deskTags = ['porting desk'];

/** The two things documents and comments belong to, as routes name them. */
const OWNERS = [
  { kind: 'order', path: '/v2/port_orders/:id', params: OrderIdParams, name: 'PortOrder', noun: 'order' },
  { kind: 'port', path: '/v2/ports/:id', params: PortIdParams, name: 'Port', noun: 'port' },
] as const;

/** Sends stored bytes as a download: their own content type, their length, never rendered inline. */
function sendFile(reply: FastifyReply, f: { contentType: string; filename: string; size: number; bytes: AsyncIterable<Uint8Array> | Uint8Array }): FastifyReply {
  reply.header('content-type', f.contentType);
  reply.header('content-length', String(f.size));
  reply.header('content-disposition', attachmentDisposition(f.filename));
  return reply.send(f.bytes instanceof Uint8Array ? Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength) : Readable.from(f.bytes));
}

const CONTENT_TYPES = [...ACCEPTED_CONTENT_TYPES];

/** The customer's uploads: multipart/form-data in a scope of its own, 10 MiB a file, streamed. */
export async function uploadRoutes(app: FastifyInstance, opts: { documents: DocumentService }): Promise<void> {
  const { documents } = opts;
  // Busboy stops a file one byte past the limit (so that a file of exactly 10 MiB is not mistaken for a
  // larger one); the document service counts the bytes itself and refuses the 10 MiB + 1st.
  await app.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES + 1, files: 1, fields: 4, parts: 6, fieldSize: 1024, headerPairs: 50 } });
  // Any body but multipart/form-data (and JSON, refused below) is answered as such.
  app.addContentTypeParser('*', (_request, _payload, done) => done(notMultipart(), undefined));
  // A body announced larger than a file and its form can be is refused before a byte of it is read.
  app.addHook('preValidation', async (request, reply) => {
    const length = Number(request.headers['content-length']);
    if (Number.isFinite(length) && length > MAX_DOCUMENT_BYTES + 64 * 1024) {
      reply.header('connection', 'close');
      throw new ServiceError('payload_too_large', `The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB`, [{ field: 'file', message: `at most ${MAX_DOCUMENT_BYTES} bytes` }]);
    }
  });
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  for (const owner of OWNERS) {
    r.post(
      `${owner.path}/documents`,
      {
        schema: {
          operationId: `upload${owner.name}Document`,
          summary: `Upload a document to a ${owner.noun}`,
          description:
            `multipart/form-data with the fields type (loa, invoice, csr, other) and file. PDF, PNG and JPEG only, recognised by their content (anything else, ` +
            `whatever its name or declared type, and a file that is also another kind of file, is 415 unsupported_media_type); at most 10 MiB (413 payload_too_large). ` +
            (owner.kind === 'order' ? 'An loa or invoice document meets the order’s requirement of that name.' : ''),
          tags: documentTags,
          security,
          params: owner.params,
          consumes: ['multipart/form-data'],
          body: UploadDocumentBody,
          response: { 201: DocumentEnvelope, ...errorResponses(400, 401, 404, 413, 415) },
          'x-response-headers': { 201: ['Location'] },
        },
      },
      async (request, reply) => {
        const doc = await receiving(request, reply, () => documents.upload(request.principal!, { kind: owner.kind, id: request.params.id }, partsOf(request)));
        reply.header('location', `/v2/documents/${doc.id}`);
        return reply.code(201).send({ success: true as const, data: doc });
      },
    );
  }
}

const notMultipart = () => new ServiceError('unsupported_media_type', 'Send the document as multipart/form-data, with the fields type and file');

/**
 * Runs an upload. When it is refused midway (too large, not an accepted file) the rest of the body is
 * read and dropped, never kept, and the connection is closed after the answer, so a client still
 * sending stops.
 */
async function receiving<T>(request: FastifyRequest, reply: FastifyReply, run: () => Promise<T>): Promise<T> {
  if (!request.isMultipart()) throw notMultipart();
  try {
    return await run();
  } catch (err) {
    if (!request.raw.readableEnded) {
      reply.header('connection', 'close');
      request.raw.resume();
    }
    throw mapPartsError(err);
  }
}

/** Form limits (@fastify/multipart's own errors) in our vocabulary. */
function mapPartsError(err: unknown): unknown {
  const code = (err as { code?: string }).code;
  if (code === 'FST_FILES_LIMIT') return new ServiceError('validation_failed', 'Send one file (the field file)', [{ field: 'file', message: 'may be given only once' }]);
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new ServiceError('validation_failed', 'Send the fields type and file only', [{ field: 'body', message: 'too many fields' }]);
  if (code === 'FST_PROTO_VIOLATION' || code === 'FST_INVALID_JSON_FIELD_ERROR') return new ServiceError('validation_failed', 'The form has a field that is not allowed', [{ field: 'body', message: 'send the fields type and file only' }]);
  if (code === 'FST_MP_PREMATURE_CLOSE' || (err instanceof Error && /Unexpected end of (multipart|form)|Malformed|boundary/i.test(err.message))) {
    return new ServiceError('validation_failed', 'The multipart/form-data body is malformed or incomplete');
  }
  return err;
}

/** The form's parts, as the document service reads them. */
async function* partsOf(request: FastifyRequest): AsyncGenerator<UploadPart> {
  for await (const part of request.parts({ throwFileSizeLimit: false } as never)) {
    if (part.type === 'field') {
      if (part.valueTruncated || typeof part.value !== 'string') throw new ServiceError('validation_failed', `The field ${part.fieldname} is too long`, [{ field: part.fieldname, message: 'is too long' }]);
      yield { kind: 'field', name: part.fieldname, value: part.value.normalize('NFC') };
    } else {
      const stream = part.file;
      yield { kind: 'file', name: part.fieldname, filename: part.filename, bytes: stream, truncated: () => stream.truncated };
    }
  }
}

/** The customer's documents (listing, metadata, bytes, deletion), the LOA, and comments. */
export async function documentRoutes(app: FastifyInstance, opts: { documents: DocumentService; comments: CommentService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { documents, comments } = opts;

  for (const owner of OWNERS) {
    r.get(
      `${owner.path}/documents`,
      {
        schema: {
          operationId: `list${owner.name}Documents`,
          summary: `List a ${owner.noun}’s documents`,
          description: `Oldest first. Another account’s ${owner.noun} answers like a missing one (404).`,
          tags: documentTags,
          security,
          params: owner.params,
          response: { 200: DocumentListEnvelope, ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({ success: true as const, data: await documents.list(request.principal!, { kind: owner.kind, id: request.params.id } as DocumentOwner) }),
    );

    r.post(
      `${owner.path}/comments`,
      {
        schema: {
          operationId: `create${owner.name}Comment`,
          summary: `Comment on a ${owner.noun}`,
          description: `A comment to the porting desk, in any status. It answers the desk’s request for action: the ${owner.noun}’s action_required is cleared.`,
          tags: commentTags,
          security,
          params: owner.params,
          body: CreateCommentBody,
          response: { 201: CommentEnvelope, ...errorResponses(400, 401, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const comment = await comments.add(request.principal!, { kind: owner.kind, id: request.params.id } as CommentTarget, request.body.body);
        return reply.code(201).send({ success: true as const, data: comment });
      },
    );

    r.get(
      `${owner.path}/comments`,
      {
        schema: {
          operationId: `list${owner.name}Comments`,
          summary: `List a ${owner.noun}’s comments`,
          description: 'Yours and the porting desk’s, oldest first.',
          tags: commentTags,
          security,
          params: owner.params,
          response: { 200: CommentListEnvelope, ...errorResponses(400, 401, 404) },
        },
      },
      async (request) => ({ success: true as const, data: await comments.list(request.principal!, { kind: owner.kind, id: request.params.id } as CommentTarget) }),
    );
  }

  r.get(
    '/v2/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        summary: 'Get a document',
        description: 'Its metadata. Another account’s document answers like a missing one (404).',
        tags: documentTags,
        security,
        params: DocumentIdParams,
        response: { 200: DocumentEnvelope, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => ({ success: true as const, data: presentDocument(await documents.get(request.principal!, request.params.id)) }),
  );

  r.get(
    '/v2/documents/:id/content',
    {
      schema: {
        operationId: 'getDocumentContent',
        summary: 'Download a document',
        description: 'The bytes, with their content type and `Content-Disposition: attachment` (a stored file is never rendered inline).',
        tags: documentTags,
        security,
        params: DocumentIdParams,
        response: { 200: fileResponse(CONTENT_TYPES, 'The document’s bytes'), ...errorResponses(400, 401, 404) } as never,
        'x-response-headers': { 200: ['Content-Disposition'] },
      },
    },
    async (request, reply) => {
      const { document, bytes } = await documents.content(request.principal!, request.params.id);
      return sendFile(reply, { contentType: document.content_type, filename: document.filename, size: document.size, bytes });
    },
  );

  r.delete(
    '/v2/documents/:id',
    {
      schema: {
        operationId: 'deleteDocument',
        summary: 'Delete a document',
        description: 'While its order is draft or action_required (a port submitted alone: while pending or failed); otherwise 409 invalid_transition.',
        tags: documentTags,
        security,
        params: DocumentIdParams,
        response: { 200: DeletedDocumentEnvelope, ...errorResponses(400, 401, 404, 409) },
      },
    },
    async (request) => {
      await documents.delete(request.principal!, request.params.id);
      return { success: true as const, data: { id: request.params.id, deleted: true as const } };
    },
  );

  r.get(
    '/v2/port_orders/:id/loa',
    {
      schema: {
        operationId: 'getPortOrderLoa',
        summary: 'The order’s Letter of Authorization (PDF)',
        description: 'Generated from the order as it is now: the account holder, service address, billing number, account number, every number with its losing carrier, the provider, the date and a signature block. Unsigned: sign it here, or by hand and upload it as the loa document.',
        tags: documentTags,
        security,
        params: OrderIdParams,
        response: { 200: fileResponse(['application/pdf'], 'The letter, unsigned'), ...errorResponses(400, 401, 404) } as never,
        'x-response-headers': { 200: ['Content-Disposition'] },
      },
    },
    async (request, reply) => {
      const { filename, bytes } = await documents.loa(request.principal!, request.params.id);
      return sendFile(reply, { contentType: 'application/pdf', filename, size: bytes.length, bytes });
    },
  );

  r.post(
    '/v2/port_orders/:id/loa/sign',
    {
      schema: {
        operationId: 'signPortOrderLoa',
        summary: 'Sign the order’s Letter of Authorization',
        description:
          'Stamps the signer’s name and title, the time and the address of this request into the letter and stores it as the order’s loa document (with its SHA-256): it meets the loa requirement ' +
          'while the order keeps the details the letter states (changing them needs a new signature).',
        tags: documentTags,
        security,
        params: OrderIdParams,
        body: SignLoaBody,
        response: { 201: DocumentEnvelope, ...errorResponses(400, 401, 404, 413, 415) },
        'x-response-headers': { 201: ['Location'] },
      },
    },
    async (request, reply) => {
      const doc = await documents.signLoa(request.principal!, request.params.id, request.body, request.ip);
      reply.header('location', `/v2/documents/${doc.id}`);
      return reply.code(201).send({ success: true as const, data: doc });
    },
  );
}

/** The desk: any account's documents and every comment, internal ones too. */
export async function deskDocumentRoutes(app: FastifyInstance, opts: { documents: DocumentService; comments: CommentService }): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { documents, comments } = opts;
  r.addHook('onRequest', r.requireDesk);

  for (const owner of OWNERS) {
    const path = owner.path.replace('/v2/', '/v2/admin/');
    r.get(
      `${path}/documents`,
      {
        schema: {
          operationId: `deskList${owner.name}Documents`,
          summary: `List any ${owner.noun}’s documents`,
          description: 'Oldest first; read each through /v2/admin/documents/{id}.',
          tags: deskTags,
          security,
          params: owner.params,
          response: { 200: DocumentListEnvelope, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ({ success: true as const, data: await documents.list(null, { kind: owner.kind, id: request.params.id } as DocumentOwner) }),
    );

    r.post(
      `${path}/comments`,
      {
        schema: {
          operationId: `deskCreate${owner.name}Comment`,
          summary: `Comment on any ${owner.noun} (porting desk)`,
          description:
            'public (the customer sees it: an event and a webhook too) or internal (never shown to the customer, by any path). A public comment with action_required flags the ' +
            `${owner.noun} (action_required: true, filter ?action_required=true) until the customer comments or corrects it.`,
          tags: deskTags,
          security,
          params: owner.params,
          body: DeskCommentBody,
          response: { 201: CommentEnvelope, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        const comment = await comments.deskAdd(request.principal!, { kind: owner.kind, id: request.params.id } as CommentTarget, request.body);
        return reply.code(201).send({ success: true as const, data: comment });
      },
    );

    r.get(
      `${path}/comments`,
      {
        schema: {
          operationId: `deskList${owner.name}Comments`,
          summary: `List any ${owner.noun}’s comments`,
          description: 'Every comment, internal ones too, oldest first.',
          tags: deskTags,
          security,
          params: owner.params,
          response: { 200: CommentListEnvelope, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ({ success: true as const, data: await comments.deskList({ kind: owner.kind, id: request.params.id } as CommentTarget) }),
    );
  }

  r.get(
    '/v2/admin/documents/:id',
    {
      schema: {
        operationId: 'deskGetDocument',
        summary: 'Get any document',
        description: 'Any account’s document, with its account and what it belongs to.',
        tags: deskTags,
        security,
        params: DocumentIdParams,
        response: { 200: DeskDocumentEnvelope, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const d = await documents.get(null, request.params.id);
      return { success: true as const, data: { ...presentDocument(d), account_id: d.account_id, order_id: d.order_id, port_id: d.port_id } };
    },
  );

  r.get(
    '/v2/admin/documents/:id/content',
    {
      schema: {
        operationId: 'deskGetDocumentContent',
        summary: 'Download any document',
        description: 'The bytes, with their content type and `Content-Disposition: attachment`.',
        tags: deskTags,
        security,
        params: DocumentIdParams,
        response: { 200: fileResponse(CONTENT_TYPES, 'The document’s bytes'), ...errorResponses(400, 401, 403, 404) } as never,
        'x-response-headers': { 200: ['Content-Disposition'] },
      },
    },
    async (request, reply) => {
      const { document, bytes } = await documents.content(null, request.params.id);
      return sendFile(reply, { contentType: document.content_type, filename: document.filename, size: document.size, bytes });
    },
  );
}
