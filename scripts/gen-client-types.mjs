#!/usr/bin/env node
// Writes src/generated/openapi.d.ts: TypeScript client types (openapi-typescript) for the document the
// app serves at GET /v2/openapi.json, built in-process on a scratch database. `npm test` runs this
// before the type-check, so the CLI client (src/cli) and test/http/openapi.test.ts are type-checked
// against the API as it is now. The file is committed: a fresh clone compiles src/ (npm start) without it
// being generated first; test/http/openapi.test.ts fails when it is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { register } from 'tsx/esm/api';

register();
const { createTestApp } = await import('../test/helpers/app.ts');
const { clientTypes, fetchDocument, GENERATED_TYPES } = await import('../test/helpers/openapi.ts');

const t = await createTestApp({ env: { LOG_LEVEL: 'silent' } });
try {
  const types = await clientTypes(await fetchDocument(t.app));
  let current = null;
  try {
    current = readFileSync(GENERATED_TYPES, 'utf8');
  } catch {}
  if (current !== types) {
    mkdirSync(dirname(GENERATED_TYPES), { recursive: true });
    writeFileSync(GENERATED_TYPES, types);
    console.log(`wrote ${GENERATED_TYPES}`);
  }
} finally {
  await t.close();
}
