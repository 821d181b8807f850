// Opaque page tokens that carry the request parameters they were issued for (like Google's, which embed the
// original request). A token replayed with different parameters (other than pageSize) is a 400.
import { invalid, messages } from './errors'
import { decodeText, encodeText, hash32 } from './util'

export function pageSizeOf(requested: number | undefined, def: number, max: number): number {
  if (requested === undefined || requested === 0) return def
  if (requested < 0) throw invalid('pageSize must not be negative.')
  return Math.min(requested, max)
}

export function makePageToken(method: string, user: string, params: unknown, offset: number): string {
  const p = hash32(JSON.stringify(params ?? null)).toString(36)
  const payload = `${method}|${user}|${p}|${offset}`
  return encodeText(`${payload}|${hash32(payload, 7).toString(36)}`)
}

export function readPageToken(token: string | undefined, method: string, user: string, params: unknown): number {
  if (!token) return 0
  let text: string
  try {
    text = decodeText(token)
  } catch {
    throw invalid(messages.badPageToken)
  }
  const parts = text.split('|')
  if (parts.length !== 5) throw invalid(messages.badPageToken)
  const [m, u, p, o, check] = parts
  if (hash32(`${m}|${u}|${p}|${o}`, 7).toString(36) !== check) throw invalid(messages.badPageToken)
  if (m !== method || u !== user || p !== hash32(JSON.stringify(params ?? null)).toString(36)) throw invalid(messages.badPageToken)
  const offset = Number(o)
  if (!Number.isInteger(offset) || offset < 0) throw invalid(messages.badPageToken)
  return offset
}

export function page<T>(all: readonly T[], offset: number, size: number): { items: T[]; next?: number } {
  const items = all.slice(offset, offset + size)
  const end = offset + items.length
  return end < all.length ? { items, next: end } : { items }
}
