/** Documents, the LOA and comments: request and response schemas. */
import { Type } from 'typebox';
import { COMMENT_VISIBILITIES, MAX_COMMENT_LENGTH } from '../../domain/comments.ts';
import { ACCEPTED_CONTENT_TYPES, DOCUMENT_TYPES, MAX_DOCUMENT_BYTES } from '../../domain/documents.ts';
import { multipartBody } from '../validator.ts';
import { NullableString, Success, Text } from './common.ts';

export const DocumentSchema = Type.Object(
  {
    id: Type.String({ description: 'doc_ followed by 16 url-safe characters' }),
    type: Type.Enum(DOCUMENT_TYPES, { description: 'loa (Letter of Authorization), invoice (a copy of the bill), csr (customer service record), other' }),
    filename: Type.String({ description: 'The uploaded name, made safe, with the extension of what the file really is' }),
    content_type: Type.Enum(ACCEPTED_CONTENT_TYPES, { description: 'Recognised from the bytes, never from the name or the declared type' }),
    size: Type.Integer({ minimum: 0, maximum: MAX_DOCUMENT_BYTES, description: 'Bytes' }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the bytes, hex' }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { title: 'Document' },
);

export const DocumentEnvelope = Success(DocumentSchema, 'DocumentResponse', 'A document');
export const DocumentListEnvelope = Success(Type.Array(DocumentSchema), 'DocumentListResponse', 'Documents, oldest first');

/** The desk also sees whose document it is, and what it belongs to. */
export const DeskDocumentSchema = Type.Object(
  {
    ...DocumentSchema.properties,
    account_id: Type.String({ description: 'The account the document belongs to' }),
    order_id: NullableString({ description: 'The order it is a document of (or null)' }),
    port_id: NullableString({ description: 'The port it is a document of (or null)' }),
  },
  { title: 'DeskDocument' },
);
export const DeskDocumentEnvelope = Success(DeskDocumentSchema, 'DeskDocumentResponse', 'A document, with its account and what it belongs to');

export const DocumentIdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, description: 'The document id', examples: ['doc_Xb3k9fQ2kLm0Rt7w'] }) });

export const UploadDocumentBody = multipartBody(
  Type.Object(
    {
      type: Type.Enum(DOCUMENT_TYPES, { description: 'What the document is' }),
      file: Type.String({ format: 'binary', description: `The file: PDF, PNG or JPEG (recognised by its content), at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB` }),
    },
    { additionalProperties: false, title: 'DocumentUpload', description: 'multipart/form-data with the fields type and file' },
  ),
);

export const DeletedDocumentEnvelope = Success(
  Type.Object({ id: Type.String(), deleted: Type.Literal(true) }, { title: 'DeletedDocument' }),
  'DeletedDocumentResponse',
  'The document is deleted',
);

/** The bytes of a document or of the LOA (200), as their own content type. */
export const fileResponse = (types: readonly string[], description: string) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
});

export const SignLoaBody = Type.Object(
  {
    signer_name: Text(1, 200, 'Who signs: the account holder, or a person authorized to act for them', 'Jane Doe'),
    signer_title: Text(1, 200, 'Their title or role', 'Office Manager'),
    consent: Type.Literal(true, { description: 'Must be true: the signer agrees to sign this letter electronically' }),
  },
  { additionalProperties: false, title: 'SignLoaRequest', description: 'An electronic signature of the order’s Letter of Authorization' },
);

export const CommentSchema = Type.Object(
  {
    id: Type.String({ description: 'cmt_ followed by 16 url-safe characters' }),
    body: Type.String(),
    author: Type.Object(
      { kind: Type.Enum(['customer', 'desk'] as const, { description: 'The customer, or the porting desk' }), name: Type.String({ description: 'The account’s name' }) },
      { title: 'CommentAuthor' },
    ),
    visibility: Type.Enum(COMMENT_VISIBILITIES, { description: 'public, or internal (the desk only; never shown to the customer)' }),
    action_required: Type.Boolean({ description: 'The desk asks the customer to act on this comment' }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { title: 'Comment' },
);

export const CommentEnvelope = Success(CommentSchema, 'CommentResponse', 'A comment');
export const CommentListEnvelope = Success(Type.Array(CommentSchema), 'CommentListResponse', 'Comments, oldest first');

const CommentText = Text(1, MAX_COMMENT_LENGTH, `The comment (1 to ${MAX_COMMENT_LENGTH} characters)`, 'The carrier asks for a copy of the latest bill.');

export const CreateCommentBody = Type.Object({ body: CommentText }, { additionalProperties: false, title: 'CreateCommentRequest', description: 'A comment to the porting desk' });

export const DeskCommentBody = Type.Object(
  {
    body: CommentText,
    visibility: Type.Optional(Type.Enum(COMMENT_VISIBILITIES, { description: 'public (default) or internal (never shown to the customer)' })),
    action_required: Type.Optional(Type.Boolean({ description: 'A public comment asking the customer to act: flags the port or order until the customer comments or corrects it' })),
  },
  { additionalProperties: false, title: 'DeskCommentRequest', description: 'A comment by the porting desk' },
);
