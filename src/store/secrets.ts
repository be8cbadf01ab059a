/**
 * Secret values at rest, derived from SECRET_KEY (HKDF-SHA256, one key per purpose):
 * - account PINs and webhook signing secrets: AES-256-GCM, the row's id bound in as associated data,
 *   so a ciphertext copied onto another row does not decrypt. Format `v1.` + base64url(iv ‖ tag ‖ ciphertext).
 * - request fingerprints (idempotency): an HMAC of the canonical body, so the stored hash reveals
 *   nothing about the body (PIN included).
 * - the key check: a value kept in the database that tells whether a later start uses the same key.
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export interface Secrets {
  sealPin(pin: string, portId: string): string;
  openPin(sealed: string, portId: string): string;
  /** Webhook signing secrets, bound to their endpoint's id. */
  sealSecret(secret: string, endpointId: string): string;
  openSecret(sealed: string, endpointId: string): string;
  /** The same value (whatever the key order of its objects) always has the same fingerprint. */
  fingerprint(value: unknown): string;
  /** A value derived from the key alone, stored once to recognise the key later. */
  readonly keyCheck: string;
}

const derive = (secretKey: string, purpose: string) => Buffer.from(hkdfSync('sha256', secretKey, 'porting', purpose, 32));

/** Stable JSON (sorted keys, undefined dropped). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function seal(key: Buffer, value: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
  return 'v1.' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function open(key: Buffer, sealed: string, aad: string): string {
  if (!sealed.startsWith('v1.')) throw new Error('unknown ciphertext format');
  const raw = Buffer.from(sealed.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export function createSecrets(secretKey: string): Secrets {
  const pinKey = derive(secretKey, 'account-pin v1');
  const webhookKey = derive(secretKey, 'webhook-secret v1');
  // The fingerprint key is the secret itself, as before this module existed, so stored keys still match.
  const fingerprintKey = secretKey;
  return {
    sealPin: (pin, portId) => seal(pinKey, pin, portId),
    openPin: (sealed, portId) => open(pinKey, sealed, portId),
    sealSecret: (secret, endpointId) => seal(webhookKey, secret, endpointId),
    openSecret: (sealed, endpointId) => open(webhookKey, sealed, endpointId),
    fingerprint: (value) => createHmac('sha256', fingerprintKey).update(canonical(value)).digest('base64url'),
    keyCheck: createHmac('sha256', derive(secretKey, 'key-check v1')).update('porting').digest('base64url'),
  };
}
