// Deterministic hashing, ids, PRNG and base64url helpers shared by the whole emulator.

/** 32-bit FNV-1a over a string, with an extra seed mixed in. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  // final avalanche (murmur3 fmix)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b) >>> 0
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35) >>> 0
  h ^= h >>> 16
  return h >>> 0
}

/** Small fast seeded PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/** Per-project prefix, like Google's 6-character id prefix. */
export const ID_PREFIX = 'AEmuSx'

/** A Google-looking opaque id derived deterministically from a key. */
export function makeId(key: string, length: number, prefix = ID_PREFIX): string {
  const rnd = prng(hash32(key, length))
  let out = prefix
  while (out.length < length) out += ALPHABET[Math.floor(rnd() * 64)]
  return out
}

export const ALBUM_ID_LENGTH = 76
export const MEDIA_ID_LENGTH = 98
export const ENRICHMENT_ID_LENGTH = 76
export const SHARE_TOKEN_LENGTH = 110

const ID_PATTERN = /^[A-Za-z0-9_-]+$/
export const isWellFormedId = (id: string, length: number): boolean =>
  id.length === length && id.startsWith(ID_PREFIX) && ID_PATTERN.test(id)

export function base64urlEncode(bytes: Uint8Array): string {
  let bin = ''
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i])
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function base64urlDecode(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4)
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export const encodeText = (s: string): string => base64urlEncode(new TextEncoder().encode(s))
export const decodeText = (s: string): string => new TextDecoder().decode(base64urlDecode(s))

export const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.000Z$/, 'Z')

export function displayNameOf(user: string): string {
  if (user === 'demo') return 'Demo User'
  return user.charAt(0).toUpperCase() + user.slice(1)
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0
  for (const p of parts) n += p.length
  const out = new Uint8Array(n)
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
