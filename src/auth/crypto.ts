// Small cryptographic helpers: random tokens, keyed hashes, authenticated encryption.
import crypto from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export class Keyring {
  readonly #secret: Buffer;
  readonly #encKey: Buffer;

  constructor(instanceSecret: Buffer) {
    this.#secret = Buffer.from(crypto.hkdfSync('sha256', instanceSecret, Buffer.alloc(0), 'attest token hmac', 32));
    this.#encKey = Buffer.from(crypto.hkdfSync('sha256', instanceSecret, Buffer.alloc(0), 'attest totp encryption', 32));
  }

  /** Keyed hash used to store session ids, invitation and API tokens. */
  tokenHash(token: string): string {
    return crypto.createHmac('sha256', this.#secret).update(token).digest('hex');
  }

  encrypt(plain: string): string {
    const iv = crypto.randomBytes(12);
    const cipher = crypto.createCipheriv('aes-256-gcm', this.#encKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, body, tag] = sealed.split('.');
    if (version !== 'v1' || !iv || !body || !tag) throw new Error('unknown sealed format');
    const decipher = crypto.createDecipheriv('aes-256-gcm', this.#encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }
}

const ARGON_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const; // OWASP argon2id minimum

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, ARGON_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argonVerify(hash, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal accounts. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('attest-dummy-password-for-timing');
  return dummyHash;
}
