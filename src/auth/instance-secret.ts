// The instance secret: 32 random bytes created at first start in the data folder (or ATTEST_SECRET).
// It keys the HMACs of session cookies and API tokens and encrypts TOTP secrets at rest.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = 'instance-secret';

export function loadOrCreateInstanceSecret(dataDir: string, fromEnv?: string): Buffer {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'hex');
    if (key.length !== 32) throw new Error('ATTEST_SECRET must be 64 hexadecimal characters (32 bytes)');
    return key;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SECRET_FILE);
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
  if (key.length !== 32) throw new Error(`${file} is damaged: expected 64 hexadecimal characters`);
  return key;
}
