import { Type, type TSchema } from 'typebox';

/** Printable text: no control characters (NUL, escapes, line breaks) in single-line fields. */
export const SAFE_TEXT = '^[^\\u0000-\\u001f\\u007f]*$';

export const Text = (minLength: number, maxLength: number, description?: string) =>
  Type.String({ minLength, maxLength, pattern: SAFE_TEXT, ...(description ? { description } : {}) });

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
    error: Type.Object({
      code: Type.String({ description: 'Machine-readable error code (see the README for the list)' }),
      message: Type.String({ description: 'What went wrong, for a person' }),
      details: Type.Optional(
        Type.Array(Type.Object({ field: Type.Optional(Type.String()), message: Type.String() }, { additionalProperties: true })),
      ),
    }),
  },
  { $id: 'ErrorResponse', description: 'Error envelope' },
);

export const Success = <T extends TSchema>(data: T) => Type.Object({ success: Type.Literal(true), data });

export const Pagination = Type.Object({
  limit: Type.Integer(),
  offset: Type.Integer(),
  total: Type.Integer({ description: 'Number of items matching the filter' }),
});

/** The error responses every authenticated route may give, referenced by status in route schemas. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [s, Type.Ref('ErrorResponse')]));
