// The Ed25519 keys of the audit anchors. The private key signs (the scheduler's anchor job) and is
// never stored in the database: it comes from the environment or a mounted file. The public keys
// check signatures (verify, here or offline) and are published with the anchors. A key is named by
// its id, the SHA-256 of its public key's DER (SPKI) form, which `openssl pkey -pubin -outform DER |
// sha256sum` also prints, so an auditor can match a statement's key_id to a key file.

import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../config.ts';

export type SigningKey = { privateKey: KeyObject; publicKey: KeyObject; keyId: string };

/** Trusted public keys by key id. */
export type PublicKeyRing = ReadonlyMap<string, KeyObject>;

export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

const PEM_BLOCK = /-----BEGIN ([A-Z ]+)-----[\s\S]*?-----END \1-----/g;

/** PEM text as configured: environment variables often carry new lines as the two characters `\n`. */
function pemText(text: string): string {
  return text.includes('-----BEGIN') ? text.replaceAll('\\n', '\n') : text;
}

/** An Ed25519 private key in PEM (PKCS#8, as `openssl genpkey -algorithm ed25519` writes it). */
export function signingKeyFromPem(text: string): SigningKey {
  const privateKey = createPrivateKey(pemText(text));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(
      `an Ed25519 private key is needed, got ${privateKey.asymmetricKeyType ?? 'another kind'}`,
    );
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** Every Ed25519 public key in PEM text (one or more `BEGIN PUBLIC KEY` blocks). */
export function publicKeysFromPem(text: string): KeyObject[] {
  const blocks = pemText(text).match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error('no PEM public key found');
  return blocks.map((block) => {
    const key = createPublicKey(block);
    if (key.asymmetricKeyType !== 'ed25519') {
      throw new Error(`an Ed25519 public key is needed, got ${key.asymmetricKeyType ?? 'another kind'}`);
    }
    return key;
  });
}

export function publicKeyRing(keys: KeyObject[]): PublicKeyRing {
  return new Map(keys.map((key) => [keyIdOf(key), key]));
}

/** The signer's variables (scheduler): one of them, or neither to sign no anchors. */
export const auditSigningEnv = {
  /** The Ed25519 private key in PEM; new lines may be written `\n`. Empty means unset (Compose's default). */
  AUDIT_SIGNING_KEY: z.string().optional(),
  /** A file holding it (a mounted secret), read once at start-up. */
  AUDIT_SIGNING_KEY_FILE: z.string().optional(),
};

/** The verifier's variables (query-api, the audit command): the public keys anchors may be signed with. */
export const auditPublicKeysEnv = {
  /** One or more Ed25519 public keys in PEM (keep retired keys here after a rotation). */
  AUDIT_PUBLIC_KEYS: z.string().optional(),
  /** A file of them; both may be set. */
  AUDIT_PUBLIC_KEYS_FILE: z.string().optional(),
};

export type AuditSigningConfig = {
  AUDIT_SIGNING_KEY?: string | undefined;
  AUDIT_SIGNING_KEY_FILE?: string | undefined;
};
export type AuditPublicKeysConfig = {
  AUDIT_PUBLIC_KEYS?: string | undefined;
  AUDIT_PUBLIC_KEYS_FILE?: string | undefined;
};

/** The configured signing key, or null when none is (then no anchors are signed). */
export function configuredSigningKey(config: AuditSigningConfig): SigningKey | null {
  if (config.AUDIT_SIGNING_KEY && config.AUDIT_SIGNING_KEY_FILE) {
    throw new ConfigError(['AUDIT_SIGNING_KEY, AUDIT_SIGNING_KEY_FILE: set one of them, not both']);
  }
  if (config.AUDIT_SIGNING_KEY_FILE) {
    const path = config.AUDIT_SIGNING_KEY_FILE;
    return parseSigningKey('AUDIT_SIGNING_KEY_FILE', readKeyFile('AUDIT_SIGNING_KEY_FILE', path));
  }
  return config.AUDIT_SIGNING_KEY ? parseSigningKey('AUDIT_SIGNING_KEY', config.AUDIT_SIGNING_KEY) : null;
}

function parseSigningKey(name: string, text: string): SigningKey {
  try {
    return signingKeyFromPem(text);
  } catch (err) {
    // Never the key itself in the message: only what is wrong with it.
    throw new ConfigError([`${name}: not an Ed25519 private key in PEM (${(err as Error).message})`]);
  }
}

/** The public keys to trust: AUDIT_PUBLIC_KEYS and those in AUDIT_PUBLIC_KEYS_FILE. */
export function configuredPublicKeys(config: AuditPublicKeysConfig): KeyObject[] {
  const keys: KeyObject[] = [];
  for (const [name, text] of [
    ['AUDIT_PUBLIC_KEYS', config.AUDIT_PUBLIC_KEYS],
    [
      'AUDIT_PUBLIC_KEYS_FILE',
      config.AUDIT_PUBLIC_KEYS_FILE && readKeyFile('AUDIT_PUBLIC_KEYS_FILE', config.AUDIT_PUBLIC_KEYS_FILE),
    ],
  ] as const) {
    if (!text) continue;
    try {
      keys.push(...publicKeysFromPem(text));
    } catch (err) {
      throw new ConfigError([`${name}: not Ed25519 public keys in PEM (${(err as Error).message})`]);
    }
  }
  return keys;
}

function readKeyFile(name: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${name}: cannot read ${path} (${(err as NodeJS.ErrnoException).code})`]);
  }
}
