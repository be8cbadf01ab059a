#!/usr/bin/env node
// The test command (`npm test`): type-check, then every test file with node's test runner.
// With TEST_DATABASE_URL set (postgres://…), the database-backed tests run on PostgreSQL too.
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

if (!only.length) {
  console.log('> tsc (type-check)');
  if (run('npx', ['tsc', '-p', 'tsconfig.json']) !== 0) process.exit(1);
}
console.log(`> node --test (${files.length} files, SQLite)`);
const status = run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files]);
process.exit(status);
