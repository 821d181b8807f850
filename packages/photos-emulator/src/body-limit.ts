// Request bodies are measured before they are held: the declared Content-Length first, then the bytes as they
// stream in, so an oversized body is refused without being read (or buffered) in full.
import { ApiError, invalid } from './errors'
import { concatBytes } from './util'

/** Google's JSON API front end refuses bodies above 10 MiB (see README, "Body sizes"). */
export const MAX_JSON_BODY = 10 * 1024 * 1024
/** Control routes take a few small JSON fields. */
export const MAX_CONTROL_BODY = 64 * 1024

export const payloadTooLarge = (limit: number) => invalid(`Request payload size exceeds the limit: ${limit} bytes.`)

/** The declared length, or undefined when absent or not a number (a chunked body). */
export function declaredLength(request: Request): number | undefined {
  const value = request.headers.get('Content-Length')
  return value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined
}

/**
 * Reads the body, refusing it with `tooLarge()` as soon as it is known to exceed `limit`: before reading when
 * Content-Length says so, else when the counted stream passes the limit (the rest is never read).
 */
export async function readBytesWithin(request: Request, limit: number, tooLarge: () => ApiError = () => payloadTooLarge(limit)): Promise<Uint8Array> {
  const declared = declaredLength(request)
  if (declared !== undefined && declared > limit) throw tooLarge()
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge()
    }
    chunks.push(value)
  }
  // Always a copy of its own: a chunk may be a view into a larger (pooled) buffer.
  return concatBytes(chunks)
}

export async function readTextWithin(request: Request, limit: number, tooLarge?: () => ApiError): Promise<string> {
  return new TextDecoder().decode(await readBytesWithin(request, limit, tooLarge))
}
