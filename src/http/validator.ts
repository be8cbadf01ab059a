/**
 * Request validation from the TypeBox schemas (the same ones the OpenAPI document is generated from).
 * Bodies are checked as sent (no type coercion: `"number": 14155551234` is an error). Query strings,
 * params and headers arrive as text, so they are converted (`limit=20` → 20) — but only when the
 * value does not already pass as it is, which keeps the common path (string ids) to one check.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { Value } from 'typebox/value';

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  return (value: unknown) => {
    if (check.Check(value)) return { value };
    if (httpPart !== 'body') {
      const converted = Value.Convert(schema, value);
      if (check.Check(converted)) return { value: converted };
      return { error: check.Errors(converted) as never };
    }
    return { error: check.Errors(value) as never };
  };
};
