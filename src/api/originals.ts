// Saving originals (`=d` bytes) to the user's disk: one item through a link, several as ONE zip, because
// browsers block a page that starts many downloads at once. The zip is built as a stream (client-zip): each
// original is fetched only when the zip writer reaches it, so at most one file is in flight and progress is
// real. The finished zip is handed to the browser as a blob: URL (allowed by the app's CSP).
// Google serves Library baseUrls without a token; that their `=d` bytes may be read by script (CORS) is not
// documented, so a file that cannot be fetched is left out and counted, and the rest still downloads.
import type { MediaItem } from './types'
import { downloadUrl } from './media-url'

export interface SaveProgress {
  /** Files written into the zip so far. */
  done: number
  total: number
  /** Bytes of the zip produced so far. */
  bytes: number
}

export interface SaveResult {
  /** Files that could not be fetched and were left out. */
  skipped: number
}

export interface SaveOptions {
  /** The zip's file name (several items). */
  zipName: string
  signal: AbortSignal
  onProgress: (progress: SaveProgress) => void
}

/** File names inside the zip: the items' own, made unique ("IMG.jpg", "IMG (2).jpg"). */
export function zipEntryNames(items: readonly MediaItem[]): string[] {
  const used = new Set<string>()
  return items.map((item, index) => {
    const name = (item.filename || `${item.id ?? index}`).replace(/[\\/]/g, '_')
    const dot = name.lastIndexOf('.')
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
    let candidate = name
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`
    used.add(candidate.toLowerCase())
    return candidate
  })
}

function saveHref(href: string, name: string) {
  const a = document.createElement('a')
  a.href = href
  a.download = name
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.append(a)
  a.click()
  a.remove()
}

/** Saves the originals: one item directly from its URL, several as one zip. Rejects with an AbortError on cancel. */
export async function saveOriginals(items: readonly MediaItem[], { zipName, signal, onProgress }: SaveOptions): Promise<SaveResult> {
  const withBytes = items.filter((m) => m.baseUrl)
  if (withBytes.length === 1) {
    const [item] = withBytes
    saveHref(downloadUrl(item!.baseUrl!), item!.filename ?? '')
    return { skipped: items.length - 1 }
  }
  const names = zipEntryNames(withBytes)
  const total = withBytes.length
  let done = 0
  let bytes = 0
  let skipped = items.length - total
  async function* files() {
    for (const [k, item] of withBytes.entries()) {
      const lastModified = item.mediaMetadata?.creationTime ? new Date(item.mediaMetadata.creationTime) : undefined
      const response = await fetch(downloadUrl(item.baseUrl!), { signal, credentials: 'omit', referrerPolicy: 'no-referrer' }).catch((error: unknown) => {
        if (signal.aborted) throw error
        return undefined
      })
      // The writer asks for the next file once this one is written.
      if (response?.ok && response.body) yield { input: response, name: names[k]!, lastModified }
      else skipped++
      done = k + 1
      onProgress({ done, total, bytes })
    }
  }
  // The zip writer is loaded by the first zip: the grid that offers Download is on the first screen, a zip is not.
  const { makeZip } = await import('client-zip')
  signal.throwIfAborted()
  const reader = makeZip(files(), { buffersAreUTF8: true }).getReader()
  const chunks: BlobPart[] = []
  const abort = () => void reader.cancel().catch(() => {})
  signal.addEventListener('abort', abort, { once: true })
  try {
    for (;;) {
      const { done: finished, value } = await reader.read()
      signal.throwIfAborted()
      if (finished) break
      chunks.push(value as Uint8Array<ArrayBuffer>)
      bytes += value.byteLength
      onProgress({ done, total, bytes })
    }
  } finally {
    signal.removeEventListener('abort', abort)
  }
  onProgress({ done: total, total, bytes })
  const url = URL.createObjectURL(new Blob(chunks, { type: 'application/zip' }))
  saveHref(url, zipName.replace(/[\\/:*?"<>|]/g, '_'))
  // The browser has taken the file once the click is handled; keep the URL a little for slow handlers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
  return { skipped }
}
