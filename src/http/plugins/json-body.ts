/**
 * JSON request bodies, strictly: the bytes must be valid UTF-8 (never silently replaced), the text
 * valid JSON without `__proto__`/`constructor` tricks, and every string is normalised to NFC, the
 * one form text is stored and compared in. Anything but application/json is 415; an empty body is
 * `undefined` (routes whose body is optional take it as `{}`, see validator.ts).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import sjson from 'secure-json-parse';
import { ServiceError } from '../../domain/errors.ts';
import { normalizeText } from '../../domain/text.ts';
import { BODY_LIMIT } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const NON_ASCII = /[^\x00-\x7f]/;

/** NFC for every string in a parsed body (ASCII needs none, and most bodies are ASCII). */
function normalized(value: unknown): unknown {
  if (typeof value === 'string') return NON_ASCII.test(value) ? normalizeText(value) : value;
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[NON_ASCII.test(k) ? normalizeText(k) : k] = normalized(v);
    return out;
  }
  return value;
}

export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new ServiceError('invalid_json', 'The request body is not valid UTF-8');
  }
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch {
    throw new ServiceError('invalid_json', 'The request body is not valid JSON');
  }
  return NON_ASCII.test(text) ? normalized(parsed) : parsed;
}

export const jsonBody = fp(
  async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers(); // JSON only: anything else is 415
    app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
      try {
        done(null, parseJsonBody(body as Buffer));
      } catch (err) {
        done(err as Error, undefined);
      }
    });
  },
  { name: 'json-body' },
);
