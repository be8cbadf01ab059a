/**
 * Account PINs at rest: AES-256-GCM with a key derived (HKDF-SHA256) from SECRET_KEY. The port id is
 * bound in as associated data, so a ciphertext copied onto another row does not decrypt.
 * Format: `v1.` + base64url(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

export interface PinCipher {
  encrypt(pin: string, portId: string): string;
  decrypt(stored: string, portId: string): string;
}

export function createPinCipher(secretKey: string): PinCipher {
  const key = Buffer.from(hkdfSync('sha256', secretKey, 'porting', 'account-pin v1', 32));
  return {
    encrypt(pin, portId) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(portId));
      const body = Buffer.concat([cipher.update(pin, 'utf8'), cipher.final()]);
      return 'v1.' + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    decrypt(stored, portId) {
      if (!stored.startsWith('v1.')) throw new Error('unknown PIN ciphertext format');
      const raw = Buffer.from(stored.slice(3), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(portId));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
