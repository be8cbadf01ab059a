/**
 * Configuration: read from the environment once at start-up, validated, typed. Nothing else in the
 * code reads `process.env`, and the files the environment names (TLS, CARRIER_RECORDS) are read and
 * checked here too; a bad value stops start-up with a message that names the variable.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { isSupportedCountry } from 'libphonenumber-js/max';
import { REQUIREMENT_KINDS, type RequirementKind } from './domain/orders.ts';
import { EMPTY_CARRIER_FILE, parseCarrierFile, type CarrierFile } from './domain/carrier-records.ts';

export type DatabaseConfig =
  | { kind: 'sqlite'; filename: string } // ':memory:' for an in-memory database
  | { kind: 'postgres'; url: string; poolSize: number };

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** PEM contents, read at start-up. */
  tls: { cert: Buffer; key: Buffer } | null;
  carrierMode: 'simulator' | 'manual';
  /** The parsed CARRIER_RECORDS file: customer records and carriers (empty when unset). */
  carrierFile: CarrierFile;
  /** Our name as customers read it in messages ("Number successfully transferred to …"). */
  providerName: string;
  timeScale: number;
  /** null: generate one beside the SQLite file (refused on PostgreSQL). */
  secretKey: string | null;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  supportedRegions: string[];
  calendarTimeZone: string;
  authCacheTtlMs: number;
  /** Active ports (pending, authorized, in_progress) an account may hold at once. */
  maxActivePorts: number;
  /** Documents an order needs before it is submitted (ORDER_REQUIREMENTS; empty: none). */
  orderRequirements: RequirementKind[];
  /** Connection hygiene: headers and body must arrive within requestTimeoutMs; idle keep-alive sockets close after keepAliveTimeoutMs. */
  http: { maxConnections: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
  worker: { enabled: boolean; pollMs: number; batchSize: number; leaseMs: number };
  webhooks: {
    /** Also http:// and loopback/private addresses (on-premises receivers; tests). */
    allowPrivate: boolean;
    /** Per attempt, real time. */
    timeoutMs: number;
    /** Attempts in flight at once, in all and per endpoint. */
    maxInFlight: number;
    perEndpoint: number;
  };
  /** RATE_LIMIT: requests per API key and window, per instance; null (the default) is off. */
  rateLimit: RateLimit | null;
  /** METRICS_TOKEN: the bearer token `GET /metrics` asks for; null leaves it open. */
  metricsToken: string | null;
  /** How long an Idempotency-Key is remembered (IDEMPOTENCY_TTL_HOURS), on the service's calendar. */
  idempotencyTtlHours: number;
}

export interface RateLimit {
  max: number;
  windowMs: number;
  /** As written, for messages: `50/s`. */
  text: string;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === '' ? undefined : v.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const n = Number(raw);
  if (n < min || n > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${n}`);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

export function parseDatabaseUrl(raw: string, poolSize: number, cwd = process.cwd()): DatabaseConfig {
  if (raw.startsWith('postgres://') || raw.startsWith('postgresql://')) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('DATABASE_URL', 'is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url: raw, poolSize };
  }
  if (raw.startsWith('sqlite:')) {
    let path = raw.slice('sqlite:'.length);
    if (path.startsWith('//')) path = path.slice(2); // sqlite:///abs/path or sqlite://./rel
    if (path === '') throw new ConfigError('DATABASE_URL', 'names no SQLite file (use sqlite:./data/porting.db)');
    if (path === ':memory:') return { kind: 'sqlite', filename: ':memory:' };
    return { kind: 'sqlite', filename: isAbsolute(path) ? path : resolve(cwd, path) };
  }
  throw new ConfigError('DATABASE_URL', `must start with sqlite: or postgres://, got "${raw.split(':')[0]}:…"`);
}

function timeZone(env: Env): string {
  const tz = str(env, 'CALENDAR_TZ') ?? 'America/New_York';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new ConfigError('CALENDAR_TZ', `is not a known IANA time zone: "${tz}"`);
  }
  return tz;
}

/** Reads a file the configuration names; unreadable is a configuration error naming the variable. */
function readNamedFile(variable: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new ConfigError(variable, `names a file that cannot be read: ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function carrierFile(env: Env): CarrierFile {
  const path = str(env, 'CARRIER_RECORDS');
  if (path === undefined) return EMPTY_CARRIER_FILE;
  try {
    return parseCarrierFile(readNamedFile('CARRIER_RECORDS', path).toString('utf8'), path);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw new ConfigError('CARRIER_RECORDS', `cannot be used: ${(err as Error).message}`);
  }
}

function requirements(env: Env): RequirementKind[] {
  const raw = env['ORDER_REQUIREMENTS'];
  if (raw === undefined) return ['loa', 'invoice'];
  const kinds = raw.split(',').map((k) => k.trim()).filter(Boolean);
  for (const k of kinds) {
    if (!(REQUIREMENT_KINDS as readonly string[]).includes(k)) throw new ConfigError('ORDER_REQUIREMENTS', `must list documents among ${REQUIREMENT_KINDS.join(', ')} (or be empty), got "${k}"`);
  }
  return [...new Set(kinds)] as RequirementKind[];
}

/** The configuration of this process's environment with some variables given (tools: `npm run seed -- --database …`). */
export const loadConfigWith = (overrides: Env): Config => loadConfig({ ...process.env, ...overrides });
const WINDOWS: Readonly<Record<string, number>> = {
  s: 1000,
  sec: 1000,
  second: 1000,
  m: 60_000,
  min: 60_000,
  minute: 60_000,
  h: 3_600_000,
  hour: 3_600_000,
};

/** `50/s`, `600/min`, `10000/h`: how many requests per window. */
export function parseRateLimit(raw: string): RateLimit {
  const m = /^(\d{1,7})\s*\/\s*([a-z]+)$/i.exec(raw);
  const windowMs = m ? WINDOWS[m[2]!.toLowerCase()] : undefined;
  if (!m || windowMs === undefined) {
    throw new ConfigError('RATE_LIMIT', `must be requests per window such as 50/s, 600/min or 10000/h, got "${raw}"`);
  }
  const max = Number(m[1]);
  if (max < 1) throw new ConfigError('RATE_LIMIT', `must allow at least 1 request per window, got "${raw}"`);
  return { max, windowMs, text: `${max}/${m[2]!.toLowerCase()}` };
}

function rateLimitOf(env: Env): RateLimit | null {
  const raw = str(env, 'RATE_LIMIT');
  return raw === undefined || raw === 'off' ? null : parseRateLimit(raw);
}

function metricsToken(env: Env): string | null {
  const token = str(env, 'METRICS_TOKEN');
  if (token === undefined) return null;
  if (token.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long');
  if (!/^[\x21-\x7e]+$/.test(token)) throw new ConfigError('METRICS_TOKEN', 'must be printable ASCII without spaces');
  return token;
}

export function loadConfig(env: Env = process.env): Config {
  const poolSize = int(env, 'DB_POOL_SIZE', 10, 1, 1000);
  const database = parseDatabaseUrl(str(env, 'DATABASE_URL') ?? 'sqlite:./data/porting.db', poolSize);

  const cert = str(env, 'TLS_CERT');
  const key = str(env, 'TLS_KEY');
  if ((cert === undefined) !== (key === undefined)) {
    throw new ConfigError(cert === undefined ? 'TLS_CERT' : 'TLS_KEY', 'must be set together with the other (TLS_CERT and TLS_KEY)');
  }

  const secretKey = str(env, 'SECRET_KEY') ?? null;
  if (secretKey !== null && secretKey.length < 32) {
    throw new ConfigError('SECRET_KEY', 'must be at least 32 characters long');
  }
  if (secretKey === null && database.kind === 'postgres') {
    throw new ConfigError('SECRET_KEY', 'is required with PostgreSQL (every instance must share it)');
  }

  const scaleRaw = str(env, 'TIME_SCALE') ?? '1';
  const timeScale = Number(scaleRaw);
  if (!Number.isFinite(timeScale) || timeScale < 1 || timeScale > 10_000_000) {
    throw new ConfigError('TIME_SCALE', `must be a number from 1 to 10000000, got "${scaleRaw}"`);
  }

  const regions = (str(env, 'SUPPORTED_REGIONS') ?? 'US,CA').split(',').map((r) => r.trim().toUpperCase()).filter(Boolean);
  for (const r of regions) {
    if (!/^[A-Z]{2}$/.test(r)) throw new ConfigError('SUPPORTED_REGIONS', `must be ISO 3166 two-letter codes separated by commas, got "${r}"`);
    if (!isSupportedCountry(r)) throw new ConfigError('SUPPORTED_REGIONS', `names a region with no numbering plan: "${r}"`);
  }
  if (regions.length === 0) throw new ConfigError('SUPPORTED_REGIONS', 'must name at least one region');

  return {
    port: int(env, 'PORT', 8443, 0, 65535),
    host: str(env, 'HOST') ?? '0.0.0.0',
    database,
    tls: cert && key ? { cert: readNamedFile('TLS_CERT', cert), key: readNamedFile('TLS_KEY', key) } : null,
    carrierMode: oneOf(env, 'CARRIER_MODE', ['simulator', 'manual'] as const, 'simulator'),
    carrierFile: carrierFile(env),
    providerName: str(env, 'PROVIDER_NAME') ?? 'Audian',
    timeScale,
    secretKey,
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    supportedRegions: regions,
    calendarTimeZone: timeZone(env),
    authCacheTtlMs: int(env, 'AUTH_CACHE_TTL_MS', 5000, 0, 3_600_000),
    maxActivePorts: int(env, 'MAX_ACTIVE_PORTS', 10_000, 1, 100_000_000),
    orderRequirements: requirements(env),
    http: {
      maxConnections: int(env, 'MAX_CONNECTIONS', 1000, 1, 1_000_000),
      requestTimeoutMs: int(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000),
      keepAliveTimeoutMs: int(env, 'KEEP_ALIVE_TIMEOUT_MS', 5000, 100, 600_000),
    },
    worker: {
      enabled: oneOf(env, 'WORKER', ['on', 'off'] as const, 'on') === 'on',
      pollMs: int(env, 'WORKER_POLL_MS', 200, 10, 60_000),
      batchSize: int(env, 'WORKER_BATCH_SIZE', 50, 1, 10_000),
      leaseMs: int(env, 'WORKER_LEASE_MS', 30_000, 1000, 3_600_000),
    },
    webhooks: {
      allowPrivate: bool(env, 'WEBHOOK_ALLOW_PRIVATE', false),
      timeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
      maxInFlight: int(env, 'WEBHOOK_MAX_IN_FLIGHT', 64, 1, 10_000),
      perEndpoint: int(env, 'WEBHOOK_PER_ENDPOINT', 4, 1, 1000),
    },
    rateLimit: rateLimitOf(env),
    metricsToken: metricsToken(env),
    idempotencyTtlHours: int(env, 'IDEMPOTENCY_TTL_HOURS', 24, 1, 24 * 365),
  };
}
