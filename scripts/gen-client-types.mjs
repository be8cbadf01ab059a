#!/usr/bin/env node
// Writes the TypeScript client types (openapi-typescript) for the document the app serves at
// GET /v2/openapi.json, built in-process on a scratch database, to src/generated/openapi.d.ts (the CLI
// client's, committed: a fresh clone compiles src/ for npm start without generating it first;
// test/http/openapi.test.ts fails when it is stale) and web/src/api/openapi.d.ts (the console's).
// `npm test` and `npm run build:web` run this before their type-checks: an API change that breaks the
// CLI or the console breaks the build.
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
