/** Real server processes for black-box tests: `node --import tsx src/server.ts`, the sources `npm start` bundles into dist/ and runs (test/process/bundle.test.ts runs the bundle itself). */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  port: number;
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

export async function startServer(
  env: Record<string, string>,
  opts: { scheme?: 'http' | 'https'; waitFor?: RegExp; /** What node runs (default: the sources through tsx). */ entry?: string[] } = {},
): Promise<ServerProcess> {
  const port = env['PORT'] ? Number(env['PORT']) : await freePort();
  const child = spawn(process.execPath, opts.entry ?? ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const waitFor = opts.waitFor ?? /Server listening at/;
  const deadline = Date.now() + 60_000; // generous: tsx start-up on a loaded 2-core machine
  let ended: number | string | undefined;
  void exited.then((c) => (ended = c));
  while (!waitFor.test(out)) {
    if (ended !== undefined) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start in time:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    port,
    url: `${opts.scheme ?? 'http'}://127.0.0.1:${port}`,
    child,
    output: () => out,
    exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Runs the `porting` CLI to completion. */
export function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['bin/porting.js', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  /** Resolves once the command has ended. */
  done: Promise<CliResult>;
}

/**
 * Starts the `porting` CLI without waiting for it. With `tty`, it runs on a pseudo-terminal
 * (util-linux `script`), as a person's terminal runs it: stdout is a TTY, and its line ends are
 * given back as `\n`.
 */
export function startCli(args: string[], env: Record<string, string>, opts: { tty?: boolean } = {}): CliProcess {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, 'bin/porting.js', ...args];
  const child = opts.tty
    ? spawn('script', ['-qec', command.map(quote).join(' '), '/dev/null'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(command[0]!, command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const text = (s: string) => (opts.tty ? s.replace(/\r\n/g, '\n') : s);
  const done = new Promise<CliResult>((resolve) => child.on('close', (status) => resolve({ status, stdout: text(stdout), stderr: text(stderr) })));
  return { child, stdout: () => text(stdout), done };
}

/** Runs the `porting` CLI to completion without blocking this process (servers it talks to may be in it). */
export const runCli = (args: string[], env: Record<string, string>, opts: { tty?: boolean } = {}): Promise<CliResult> => startCli(args, env, opts).done;
