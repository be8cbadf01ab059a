/**
 * Building blocks of the API's schemas: text rules, the envelope, the error envelope, pagination.
 * Schemas with a `title` become named components of the OpenAPI document (plugins/docs.ts).
 */
import { Type, type TSchema } from 'typebox';
import { ERROR_CODES } from '../../domain/errors.ts';
import { DEFAULT_PAGE_SIZE, MAX_OFFSET, MAX_PAGE_SIZE } from '../../domain/paging.ts';
import { SAFE_TEXT_PATTERN } from '../../domain/text.ts';

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

export const ErrorResponse = Type.Object(
  {
    success: Type.Literal(false),
    error: Type.Object(
      {
        code: Type.Enum(ERROR_CODES, { description: 'Machine-readable error code' }),
        message: Type.String({ description: 'What went wrong, for a person' }),
        details: Type.Optional(
          Type.Array(
            Type.Object(
              {
                field: Type.Optional(Type.String({ description: 'The field, parameter or header concerned' })),
                message: Type.String({ description: 'What is wrong with it' }),
              },
              { additionalProperties: true, title: 'ErrorDetail', description: 'One problem; some carry more (port_id, reason, from, to)' },
            ),
          ),
        ),
      },
      { title: 'Error' },
    ),
  },
  { title: 'ErrorResponse', description: 'The error envelope' },
);

export const Success = <T extends TSchema>(data: T, title: string, description: string) =>
  Type.Object({ success: Type.Literal(true), data }, { title, description });

export const Pagination = Type.Object(
  {
    limit: Type.Integer({ description: 'The page size asked for' }),
    offset: Type.Integer({ description: 'How many matching items came before this page' }),
    total: Type.Integer({ description: 'Number of items matching the filter' }),
  },
  { title: 'Pagination' },
);

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}`, examples: [DEFAULT_PAGE_SIZE] })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0, description: 'How many matching items to skip', examples: [0] })),
};

/** Error statuses by what an operation does; each is answered with the error envelope. */
export const errorResponses = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));
