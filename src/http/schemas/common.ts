/**
 * Building blocks of the API's schemas: text rules, the envelope, the error envelope, pagination.
 * Schemas with a `title` become named components of the OpenAPI document (plugins/docs.ts).
 */
import { Type, type TSchema } from 'typebox';
import { ERROR_CODES, type ErrorCode } from '../../domain/errors.ts';
import { PORT_STATUSES } from '../../domain/port-request.ts';
import { DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE } from '../../domain/paging.ts';
import { SAFE_TEXT_PATTERN } from '../../domain/text.ts';
import { BODY_LIMIT, STATUS_OF } from '../errors.ts';

/** Text a person typed: printable, not only whitespace (domain/text.ts says exactly what is refused). */
export const Text = (minLength: number, maxLength: number, description?: string, example?: string) =>
  Type.String({ minLength, maxLength, pattern: SAFE_TEXT_PATTERN, ...(description ? { description } : {}), ...(example ? { examples: [example] } : {}) });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/**
 * A string or null in a response: one `type: [string, null]` rather than `anyOf`, so the serializer
 * checks the value's type instead of validating each branch on every response.
 */
export const NullableString = (options: { format?: string; description?: string } = {}) =>
  Type.Unsafe<string | null>({ type: ['string', 'null'], ...options });

const ErrorDetail = Type.Object(
  {
    field: Type.Optional(Type.String({ description: 'The field, parameter or header concerned' })),
    message: Type.String({ description: 'What is wrong with it' }),
  },
  { additionalProperties: true, title: 'ErrorDetail', description: 'One problem; some carry more (port_id, reason, from, to)' },
);

/** The error envelope, its `code` narrowed to the codes given. */
const errorEnvelope = (codes: readonly ErrorCode[], title: string, description: string) =>
  Type.Object(
    {
      success: Type.Literal(false),
      error: Type.Object({
        code: Type.Enum(codes, { description: 'Machine-readable error code' }),
        message: Type.String({ description: 'What went wrong, for a person' }),
        details: Type.Optional(Type.Array(ErrorDetail, { description: 'Only where useful: one entry per problem' })),
      }),
    },
    { title, description },
  );

/** The error envelope with any code: the `default` response of every operation. */
export const ErrorResponse = errorEnvelope(ERROR_CODES, 'ErrorResponse', 'The error envelope');

/** Each error status with the codes that are answered with it (STATUS_OF in ../errors.ts decides). */
const ERROR_STATUSES = {
  400: ['BadRequestError', 'The request is not valid'],
  401: ['UnauthorizedError', 'No, unknown or revoked X-Auth-Token'],
  403: ['ForbiddenError', 'The key may not use this endpoint'],
  404: ['NotFoundError', 'No such resource, or not yours'],
  409: ['ConflictError', 'The change conflicts with the state of the port or its number'],
  413: ['PayloadTooLargeError', `The request body is larger than ${BODY_LIMIT / 1024} KiB`],
  415: ['UnsupportedMediaTypeError', 'The request body is not application/json'],
  422: ['UnprocessableError', 'The request cannot be carried out as asked'],
  429: ['RateLimitedError', 'Too many requests; see Retry-After'],
  503: ['ServiceUnavailableError', 'The service is shutting down or busy; retry shortly'],
} as const satisfies Record<number, readonly [title: string, description: string]>;
type ErrorStatus = keyof typeof ERROR_STATUSES;

const ERROR_SCHEMAS: Record<string, ReturnType<typeof errorEnvelope>> = Object.fromEntries(
  Object.entries(ERROR_STATUSES).map(([status, [title, description]]) => {
    const codes = ERROR_CODES.filter((code) => STATUS_OF[code] === Number(status));
    return [status, errorEnvelope(codes, title, `${description} (${codes.join(', ')})`)];
  }),
);

export const Success = <T extends TSchema>(data: T, title: string, description: string) =>
  Type.Object({ success: Type.Literal(true), data }, { title, description });

export const Pagination = Type.Object(
  {
    limit: Type.Integer({ description: 'The page size asked for' }),
    offset: Type.Integer({ description: 'How many matching items were skipped before this page (with `after`: after the cursor)' }),
    total: Type.Integer({ description: 'Number of items matching the filter' }),
    next_cursor: NullableString({ description: 'Pass as `after` for the next page (cheaper than a deep offset); null when this page is the last one' }),
  },
  { title: 'Pagination' },
);

/** A cursor page: `next_cursor` continues after this page, or is null when it is the last one for now. */
export const CursorPagination = Type.Object(
  {
    limit: Type.Integer({ description: 'The page size asked for' }),
    next_cursor: NullableString({ description: 'Pass as `after` for the next page; null when this page is the last one for now' }),
  },
  { title: 'CursorPagination' },
);

export const LimitQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}`, examples: [DEFAULT_PAGE_SIZE] })),
};

export const PageQuery = {
  after: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'The last id of the previous page (its next_cursor): the page starts after it', examples: ['port_0F3kq9VqJx2m-Lpa'] })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}`, examples: [DEFAULT_PAGE_SIZE] })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'How many matching items to skip', examples: [0] })),
};

/**
 * Error statuses by what an operation does, each with the error envelope whose `code` can come with
 * it; every operation may also answer 429 (rate limits) and 503 (shutting down), and anything else
 * (500 internal) is the `default`.
 */
export const errorResponses = (...statuses: Exclude<ErrorStatus, 429 | 503>[]) => ({
  ...Object.fromEntries([...statuses, 429, 503].map((s) => [s, ERROR_SCHEMAS[s]!])),
  default: ErrorResponse,
});

/** Ports by status: an order's, or an account's (GET /v2/port_counts). */
export const Counts = Type.Object(Object.fromEntries(PORT_STATUSES.map((s) => [s, Type.Integer()])) as Record<(typeof PORT_STATUSES)[number], ReturnType<typeof Type.Integer>>, {
  title: 'PortCounts',
  description: 'How many ports are in each status',
});

/** The query of a route that takes no parameters: any one given is `validation_failed` (see app.ts). */
export const NoQuery = Type.Object({}, { additionalProperties: false });
