#!/usr/bin/env node
// Writes the TypeScript client types (openapi-typescript) for the document the app serves at
// GET /v2/openapi.json, built in-process on a scratch database, to test/generated/openapi.d.ts and
// web/src/api/openapi.d.ts. `npm test` and `npm run build:web` run this before their type-checks, so
// test/http/openapi.test.ts and the console are type-checked against the API as it is now: an API
// change that breaks the console breaks the build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { createTestApp } = await import('../test/helpers/app.ts');
const { clientTypes, fetchDocument, GENERATED_TYPES } = await import('../test/helpers/openapi.ts');
const TARGETS = [GENERATED_TYPES, fileURLToPath(new URL('../web/src/api/openapi.d.ts', import.meta.url))];

const t = await createTestApp({ env: { LOG_LEVEL: 'silent' } });
try {
  const types = await clientTypes(await fetchDocument(t.app));
  for (const target of TARGETS) {
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {}
    if (current !== types) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, types);
      console.log(`wrote ${target}`);
    }
  }
} finally {
  await t.close();
}
