#!/usr/bin/env node
// `npm run build`'s second step: the service as one ES module (dist/server.js, esbuild), with the
// LOA's PDF code in a chunk of its own, loaded on first use. One file read at start-up instead of
// ~1,800 modules resolved and read one by one: start-up 1.4–1.6 s → 0.8–1.1 s at a million ports,
// and 2.4 s → 1.2 s with a cold file cache (as after the scale bench's seed). Left outside: the
// native SQLite binding, pg's optional native client, and swagger-ui, which serves files from its
// own directory. `node scripts/bundle.mjs [--outdir DIR]` (default dist).
//
// Built into a staging folder beside DIR, then each file renamed into DIR (a rename replaces a file
// at once) and what the new build no longer has removed: two `npm start`s at once (two instances on
// one machine) each build, and neither may start from, or lazily load, a file the other is half-way
// through writing.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values } = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } });
const outdir = resolve(values.outdir);
const staging = mkdtempSync(join(dirname(outdir), '.bundle-'));
try {
  await bundle(staging);
  mkdirSync(outdir, { recursive: true });
  const fresh = new Set(readdirSync(staging));
  for (const f of fresh) renameSync(join(staging, f), join(outdir, f));
  for (const f of readdirSync(outdir)) if (!fresh.has(f)) rmSync(join(outdir, f), { recursive: true, force: true });
} finally {
  rmSync(staging, { recursive: true, force: true });
}

async function bundle(dir) {
  await build({
    entryPoints: ['src/server.ts'],
    outdir: dir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    external: ['better-sqlite3', 'pg-native', '@fastify/swagger-ui'],
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: "import { createRequire as __porting_require } from 'node:module'; const require = __porting_require(import.meta.url);" },
  });
}
