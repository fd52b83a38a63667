// The instance's Ed25519 signing key: it signs ledger checkpoints (docs/adr/004-checkpoints-and-receipts.md).
// Created at first start in the data folder as `instance-ed25519.pem` (PKCS#8, mode 0600), or given as
// ATTEST_SIGNING_KEY (PEM) when several app processes share one database and must sign with one key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SIGNING_KEY_FILE = 'instance-ed25519.pem';

export interface InstanceKey {
  /** Lowercase hex SHA-256 of the raw 32-byte public key. */
  readonly keyId: string;
  /** SubjectPublicKeyInfo PEM: what an auditor feeds to `openssl pkeyutl -verify -pubin`. */
  readonly publicKeyPem: string;
  /** Base64 Ed25519 signature of the message bytes. */
  sign(message: string): string;
}

/** The raw 32-byte Ed25519 public key (the last 32 bytes of its DER SubjectPublicKeyInfo). */
export function rawPublicKey(publicKey: crypto.KeyObject): Buffer {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
}

export function keyIdOf(publicKey: crypto.KeyObject | string): string {
  const key = typeof publicKey === 'string' ? crypto.createPublicKey(publicKey) : publicKey;
  return crypto.createHash('sha256').update(rawPublicKey(key)).digest('hex');
}

export function instanceKeyFrom(privateKey: crypto.KeyObject): InstanceKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the signing key must be Ed25519, got ${privateKey.asymmetricKeyType ?? 'a symmetric key'}`);
  const publicKey = crypto.createPublicKey(privateKey);
  return {
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (message) => crypto.sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

/** A key that lives only in memory (tests). */
export function ephemeralInstanceKey(): InstanceKey {
  return instanceKeyFrom(crypto.generateKeyPairSync('ed25519').privateKey);
}

function parsePrivatePem(pem: string, where: string): crypto.KeyObject {
  try {
    return crypto.createPrivateKey(pem);
  } catch {
    throw new Error(`${where} is not a PEM private key`);
  }
}

export function loadOrCreateInstanceKey(dataDir: string, fromEnv?: string): InstanceKey {
  if (fromEnv) return instanceKeyFrom(parsePrivatePem(fromEnv, 'ATTEST_SIGNING_KEY'));
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  if (!fs.existsSync(file)) {
    const pem = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    // Written to a temporary name then linked, so a concurrent first start never reads half a key.
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    fs.writeFileSync(tmp, pem, { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return instanceKeyFrom(parsePrivatePem(fs.readFileSync(file, 'utf8'), file));
}
