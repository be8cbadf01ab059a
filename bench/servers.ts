/** Starting, watching and stopping the two servers under test as child processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The Node.js options `npm start` gives the service (package.json's start script, `node <options>
 * dist/server.js`): the bench runs the service exactly so.
 */
export const SERVICE_NODE_OPTIONS: string[] = (() => {
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start;
  const m = start.match(/\bnode((?: --[^\s]+)*) dist\/server\.js\b/);
  if (!m) throw new Error(`package.json's start script does not run "node … dist/server.js": ${start}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
})();

export interface ServerProcess {
  name: string;
  url: string;
  proc: ChildProcess;
  /** Every line the process wrote after start-up (warnings, errors, stack traces): reported at the end. */
  log: string[];
  /** First stdout line matching `firstLine`, if asked for. */
  matched: Promise<RegExpMatchArray>;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// Last resort on any exit path (error, SIGINT): no server outlives the bench.
process.on('exit', () => live.forEach((p) => p.kill('SIGKILL')));

/** A free port on 127.0.0.1 (closed again straight away; tiny race, acceptable for a local bench). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export function startServer(opts: {
  name: string;
  script: string;
  port: number;
  env: Record<string, string>;
  firstLine?: RegExp;
}): ServerProcess {
  // A minimal environment, so a developer's own settings (LOG_LEVEL, AUTH_CACHE_TTL_MS…) don't leak in.
  const base: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR']) if (process.env[k]) base[k] = process.env[k]!;
  // The service runs as `npm start` runs it (the bundle in dist/); the bench's own helpers through tsx.
  const proc = spawn(process.execPath, opts.script === 'dist/server.js' ? [...SERVICE_NODE_OPTIONS, opts.script] : ['--import', 'tsx', opts.script], {
    cwd: ROOT,
    env: { ...base, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(proc);
  const log: string[] = [];
  let resolveMatch!: (m: RegExpMatchArray) => void;
  let rejectMatch!: (e: Error) => void;
  const matched = new Promise<RegExpMatchArray>((res, rej) => ((resolveMatch = res), (rejectMatch = rej)));
  matched.catch(() => {}); // only awaited when firstLine is given
  let found = !opts.firstLine;
  let banner = false; // the rest of the start-up banner, up to its blank line, is not news
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    const m = !found && opts.firstLine ? line.match(opts.firstLine) : null;
    if (m) {
      found = banner = true;
      resolveMatch(m);
    } else if (banner) banner = line.trim() !== '';
    else if (found && line.trim() !== '') log.push(line);
  });
  createInterface({ input: proc.stderr! }).on('line', (line) => log.push(line));
  let exited = false;
  const exit = new Promise<void>((res) =>
    proc.once('exit', (code, signal) => {
      exited = true;
      live.delete(proc);
      rejectMatch(new Error(`${opts.name} exited (code ${code}, signal ${signal}) before printing the expected line:\n${log.join('\n')}`));
      res();
    }),
  );
  return {
    name: opts.name,
    url: `http://127.0.0.1:${opts.port}`,
    proc,
    log,
    matched,
    async stop() {
      if (exited) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Polls `path` until it answers 2xx; fails fast if the process dies first. */
export async function waitUntilListening(server: ServerProcess, path: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.proc.exitCode !== null || server.proc.signalCode !== null) {
      throw new Error(`${server.name} exited during start-up:\n${server.log.join('\n')}`);
    }
    try {
      const res = await fetch(server.url + path);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${server.name} did not answer ${path} within ${timeoutMs} ms:\n${server.log.join('\n')}`);
}
