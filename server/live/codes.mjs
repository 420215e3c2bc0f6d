/**
 * Join codes and tokens. A join code is 8 characters of Crockford's base 32 (digits and
 * capitals without I, L, O, U): 32^8 = 2^40 codes, about 1.1 million million, so with join
 * failures rate-limited per address (live-server.mjs) guessing a live room is hopeless.
 * People read it as `ABCD-EFGH`; `normaliseCode` accepts it typed loosely.
 * Tokens (host, learner) are 128 random bits; the store keeps only their SHA-256.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';

export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 8;
/** log2(32^8): the entropy of a join code in bits. */
export const CODE_BITS = CODE_LENGTH * Math.log2(CODE_ALPHABET.length);

export function newCode() {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 128 random bits, base64url (22 characters). */
export const newToken = () => randomBytes(16).toString('base64url');

/** What the store keeps instead of a token: a leaked store gives no one the host's powers or a learner's seat. */
export const hashToken = (token) => createHash('sha256').update(token).digest('base64url').slice(0, 32);
