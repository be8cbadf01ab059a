/**
 * Request validation from the TypeBox schemas (the same ones the OpenAPI document is generated from).
 * Bodies are checked as sent (no type coercion: `"number": 14155551234` is an error). Query strings,
 * params and headers arrive as text and are converted strictly, per the declared type: an integer is
 * written in decimal digits only (`limit=1.5`, `limit=0x10`, `limit= 10` are errors), a boolean is
 * `true` or `false`, and a query parameter given twice is an error.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { ServiceError } from '../domain/errors.ts';
import { E164_PATTERN } from '../domain/validation.ts';
import { validationError } from './errors.ts';

/** Marks a body schema as optional: no body at all (or an empty JSON one) is `{}`. */
export const OPTIONAL_BODY = Symbol.for('porting.optionalBody');

export function optionalBody<T extends TSchema>(schema: T): T {
  return Object.assign(schema, { [OPTIONAL_BODY]: true });
}

/**
 * Marks a body schema as the document of a multipart/form-data body: it describes the form in the
 * OpenAPI document, and the route reads and checks the parts itself as they stream in (the body is
 * never parsed into memory, so there is nothing to validate here).
 */
export const MULTIPART_BODY = Symbol.for('porting.multipartBody');

export function multipartBody<T extends TSchema>(schema: T): T {
  return Object.assign(schema, { [MULTIPART_BODY]: true });
}

const DECIMAL = /^(0|[1-9][0-9]{0,15})$/;

type Part = 'body' | 'querystring' | 'params' | 'headers';

/** Converts the declared integer and boolean properties of a text record; anything else stays text. */
function textConverter(schema: TSchema): (value: Record<string, unknown>) => Record<string, unknown> {
  const properties = ((schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {}) as Record<string, { type?: unknown }>;
  const integers = Object.keys(properties).filter((k) => properties[k]!.type === 'integer');
  const booleans = Object.keys(properties).filter((k) => properties[k]!.type === 'boolean');
  if (integers.length === 0 && booleans.length === 0) return (v) => v;
  return (value) => {
    let out = value;
    for (const k of integers) {
      const v = value[k];
      if (typeof v === 'string' && DECIMAL.test(v)) (out === value ? (out = { ...value }) : out)[k] = Number(v);
    }
    for (const k of booleans) {
      const v = value[k];
      if (v === 'true' || v === 'false') (out === value ? (out = { ...value }) : out)[k] = v === 'true';
    }
    return out;
  };
}

/** A `+` left unencoded in a query string arrives as a space: say how to send it (phone-number parameters). */
function unencodedPlus(schema: TSchema, query: Record<string, unknown>): ServiceError | null {
  const properties = ((schema as { properties?: Record<string, { pattern?: unknown }> }).properties ?? {}) as Record<string, { pattern?: unknown }>;
  for (const [name, v] of Object.entries(query)) {
    if (properties[name]?.pattern === E164_PATTERN && typeof v === 'string' && /^ [0-9]+$/.test(v)) {
      return new ServiceError('validation_failed', `${name}: a + in a query string must be encoded as %2B (${name}=%2B${v.slice(1)})`, [
        { field: name, message: `the + arrived as a space; send ${name}=%2B${v.slice(1)}` },
      ]);
    }
  }
  return null;
}

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema);
  const part = httpPart as Part;
  if (part === 'body' && (schema as Record<symbol, unknown>)[MULTIPART_BODY] === true) return (value: unknown) => ({ value });
  if (part === 'body') {
    const optional = (schema as Record<symbol, unknown>)[OPTIONAL_BODY] === true;
    return (value: unknown) => {
      if (value === undefined || value === null) {
        if (optional) return { value: {} };
        return { error: new ServiceError('invalid_json', 'The request body is empty; send a JSON object') };
      }
      if (check.Check(value)) return { value };
      return { error: validationError([...check.Errors(value)] as never, 'body') };
    };
  }
  const convert = textConverter(schema);
  return (input: unknown) => {
    const value = (input ?? {}) as Record<string, unknown>;
    if (part === 'querystring') {
      const repeated = Object.keys(value).find((k) => Array.isArray(value[k]));
      if (repeated) return { error: new ServiceError('validation_failed', `${repeated}: may be given only once`, [{ field: repeated, message: 'may be given only once' }]) };
    }
    const converted = convert(value);
    if (check.Check(converted)) return { value: converted };
    if (part === 'querystring') {
      const hint = unencodedPlus(schema, value);
      if (hint) return { error: hint };
    }
    return { error: validationError([...check.Errors(converted)] as never, part) };
  };
};
