#!/usr/bin/env node
// The test command (`npm test`): client types, type-check (the server and the console), the console's build,
// then every test file with node's test runner on SQLite; with TEST_DATABASE_URL set (postgres://…), the same
// files again on PostgreSQL. The console's browser tests (test/console) drive Debian's chromium.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? find(path) : name.endsWith('.test.ts') ? [path] : [];
  });
}

const only = process.argv.slice(2);
const files = only.length ? only : find('test').sort();
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
// The seed test runs alone, after the others: its bulk load (two worker threads writing for seconds)
// would take the machine's cores from tests running beside it.
const alone = files.filter((f) => f.endsWith('seed.test.ts'));
const together = files.filter((f) => !alone.includes(f));
const nodeTest = (db) =>
  [together, alone]
    .filter((group) => group.length > 0)
    .map((group) => run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...group], { TEST_DB: db }))
    .find((status) => status !== 0) ?? 0;

if (!only.length) {
  // The CLI and the typed-client test import these types: generated from the API as it is now, then type-checked.
  console.log('> client types from the served OpenAPI document (scripts/gen-client-types.mjs)');
  if (run(process.execPath, ['scripts/gen-client-types.mjs']) !== 0) process.exit(1);
  console.log('> tsc (type-check)');
  if (run('npx', ['tsc', '-p', 'tsconfig.json']) !== 0) process.exit(1);
  // The console is typed from the same generated client types: an API change that breaks it fails here.
  console.log('> tsc -p web (type-check the console)');
  if (run('npx', ['tsc', '-p', 'web/tsconfig.json']) !== 0) process.exit(1);
  console.log('> vite build (the console the browser tests load)');
  if (run('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']) !== 0) process.exit(1);
}
console.log(`> node --test: ${files.length} files on SQLite`);
let status = nodeTest('sqlite');
if (process.env.TEST_DATABASE_URL) {
  console.log(`> node --test: ${files.length} files on PostgreSQL (TEST_DATABASE_URL)`);
  status = nodeTest('postgres') || status;
} else {
  console.log('> PostgreSQL half skipped: set TEST_DATABASE_URL=postgres://… to run it');
}
process.exit(status);
