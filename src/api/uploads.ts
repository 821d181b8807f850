// uploads.*: bytes to /v1/uploads (raw or resumable, contract §5) and the whole pipeline from files to media items.
import type { ApiContext, CallOptions } from './context'
import {
  AbortedError,
  MalformedResponseError,
  isAbortedError,
  isApiError,
  isNetworkError,
  isPhotosError,
  type PhotosError,
  type UploadValidationError,
} from './errors'
import type { HttpCore, HttpResult } from './http'
import { isCreated, isOutcomeUnknownResult, OUTCOME_UNKNOWN_DETAIL, type MediaItemsApi } from './media-items'
import { BATCH_LIMIT, DEFAULT_CHUNK_BYTES, DEFAULT_RESUMABLE_THRESHOLD } from './quota'
import { retryDelayMs } from './retry'
import type { AlbumPosition, MediaItem, NewMediaItem, Status } from './types'
import { checkUploadFile } from './upload-validation'

export interface UploadConfig {
  /** Files smaller than this go in one raw request; larger ones use the resumable protocol. Default 8 MiB. */
  resumableThresholdBytes: number
  /** Target size of a resumable chunk, rounded up to the server's granularity. Default 8 MiB. */
  chunkBytes: number
  /** Byte uploads running at once in uploadFiles. Default 3. */
  concurrency: number
}

export interface UploadBytesOptions extends CallOptions {
  fileName: string
  mimeType: string
  /** `auto` (default) picks raw or resumable by size. */
  protocol?: 'auto' | 'raw' | 'resumable'
  /** Bytes the server has confirmed so far. Raw uploads report 0 then the total. */
  onProgress?: (bytesSent: number, bytesTotal: number) => void
}

/** Header values must be ISO-8859-1: a name with anything beyond printable ASCII (or a "%") is sent percent-encoded. */
function encodeFileNameHeader(name: string): string {
  return /^[\x20-\x24\x26-\x7e]*$/.test(name) ? name : encodeURIComponent(name)
}

export interface UploadInput {
  /** A File (its name and type are used) or any Blob with `fileName`. */
  file: Blob
  fileName?: string
  mimeType?: string
  /** NewMediaItem.description (<1000 chars). */
  description?: string
}

type UploadFileStatus = 'created' | 'failed' | 'unknown' | 'invalid'

export interface UploadFileResult {
  /** Position in the input array. */
  index: number
  fileName: string
  status: UploadFileStatus
  mediaItem?: MediaItem
  uploadToken?: string
  /** Why it failed / is invalid: a thrown client error or the per-item Status from batchCreate. */
  error?: PhotosError | UploadValidationError | Status
  /** For `unknown`: existing items that may be this upload (the connection dropped during batchCreate). */
  candidateIds?: string[]
}

export interface UploadProgressEvent {
  index: number
  phase: 'uploading' | 'uploaded' | 'creating' | 'done'
  bytesSent: number
  bytesTotal: number
  /** Totals over every valid file of the call. */
  overall: { bytesSent: number; bytesTotal: number; filesDone: number; filesTotal: number }
  /** With phase `done`. */
  result?: UploadFileResult
}

export interface UploadFilesOptions extends CallOptions {
  albumId?: string
  /** Where the whole set goes in the album; later batches are anchored after the previous batch's last item. */
  albumPosition?: AlbumPosition
  concurrency?: number
  onProgress?: (event: UploadProgressEvent) => void
}

function fileNameOf(input: UploadInput): string {
  return input.fileName ?? (input.file as Partial<File>).name ?? 'upload'
}

export function createUploadsApi(ctx: ApiContext & { uploadUrl: string; upload: UploadConfig; mediaItems: MediaItemsApi }) {
  const http: HttpCore = ctx.http
  const { uploadUrl } = ctx

  function readToken(result: HttpResult, operation: string): string {
    // The token is plain text (Content-Type text/plain): never JSON-parse it.
    const token = result.text.trim()
    if (!token) throw new MalformedResponseError(operation, result.status, 'empty upload token')
    return token
  }

  // Google has never documented CORS for /v1/uploads: a page may be unable to read a resumable session's
  // X-Goog-Upload-URL, or the start may be refused at the CORS layer. Once that has happened, every upload of
  // this client (this session) goes raw, with progress from XMLHttpRequest's upload events.
  let resumableUnavailable = false

  async function uploadRaw(blob: Blob, options: UploadBytesOptions, withProgress = false): Promise<string> {
    options.onProgress?.(0, blob.size)
    const result = await http.send({
      operation: 'uploads.raw',
      method: 'POST',
      url: uploadUrl,
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Goog-Upload-Content-Type': options.mimeType,
        'X-Goog-Upload-Protocol': 'raw',
        'X-Goog-Upload-File-Name': encodeFileNameHeader(options.fileName),
      },
      body: blob,
      // Bytes alone change nothing the user sees (only batchCreate does), so a lost raw upload is simply re-sent.
      mode: 'safe',
      // The last bytes are reported with the token: "sent" is not yet "received".
      onUploadProgress: withProgress ? (sent) => options.onProgress?.(Math.min(sent, Math.max(0, blob.size - 1)), blob.size) : undefined,
      signal: options.signal,
    })
    const token = readToken(result, 'uploads.raw')
    options.onProgress?.(blob.size, blob.size)
    return token
  }

  /** The raw fallback for a file whose resumable session the page cannot use; remembered once it has worked. */
  async function fallBackToRaw(blob: Blob, options: UploadBytesOptions): Promise<string> {
    const token = await uploadRaw(blob, options, true)
    resumableUnavailable = true
    return token
  }

  async function uploadResumable(blob: Blob, options: UploadBytesOptions): Promise<string> {
    const total = blob.size
    let start: HttpResult
    try {
      start = await http.send({
        operation: 'uploads.start',
        method: 'POST',
        url: uploadUrl,
        headers: {
          'X-Goog-Upload-Command': 'start',
          'X-Goog-Upload-Content-Type': options.mimeType,
          'X-Goog-Upload-Protocol': 'resumable',
          'X-Goog-Upload-Raw-Size': String(total),
          'X-Goog-Upload-File-Name': encodeFileNameHeader(options.fileName),
        },
        mode: 'safe',
        // A CORS refusal looks like a network failure and never heals: try the raw protocol instead.
        networkFailureIsFinal: true,
        signal: options.signal,
      })
    } catch (e) {
      if (isNetworkError(e)) return fallBackToRaw(blob, options)
      throw e
    }
    const location = start.headers.get('X-Goog-Upload-URL')
    // Sent but not exposed to the page (or not sent at all): the session cannot be reached from here.
    if (!location) return fallBackToRaw(blob, options)
    const sessionUrl = new URL(location, uploadUrl).toString()
    const granularity = Number(start.headers.get('X-Goog-Upload-Chunk-Granularity')) || 256 * 1024
    // Every chunk but the last must be a multiple of the granularity.
    const chunkBytes = Math.max(granularity, Math.ceil(ctx.upload.chunkBytes / granularity) * granularity)

    const policy = http.config.retry
    let offset = 0
    let resumes = 0
    options.onProgress?.(0, total)
    for (;;) {
      const end = Math.min(offset + chunkBytes, total)
      const last = end >= total
      try {
        const res = await http.send({
          operation: 'uploads.chunk',
          method: 'POST',
          url: sessionUrl,
          headers: {
            'X-Goog-Upload-Command': last ? 'upload, finalize' : 'upload',
            'X-Goog-Upload-Offset': String(offset),
            'X-Goog-Upload-Protocol': 'resumable',
          },
          body: blob.slice(offset, end),
          mode: 'manual',
          signal: options.signal,
        })
        if (last) {
          const token = readToken(res, 'uploads.chunk')
          options.onProgress?.(total, total)
          return token
        }
        offset = end
        options.onProgress?.(offset, total)
      } catch (e) {
        // "Resume if an upload request is interrupted or you receive a 5xx": ask the server where it got to.
        const cut = isNetworkError(e) || (isApiError(e) && e.httpStatus >= 500)
        if (!cut || resumes + 1 >= policy.maxAttempts) throw e
        await http.wait(retryDelayMs(resumes, e, policy), 'uploads.chunk', options.signal)
        resumes += 1
        const query = await http.send({
          operation: 'uploads.query',
          method: 'POST',
          url: sessionUrl,
          headers: { 'X-Goog-Upload-Command': 'query', 'X-Goog-Upload-Protocol': 'resumable' },
          mode: 'safe',
          signal: options.signal,
        })
        const status = query.headers.get('X-Goog-Upload-Status')
        if (status === 'final') {
          // The finalize got through before the cut: the answer carries the token.
          const token = readToken(query, 'uploads.query')
          options.onProgress?.(total, total)
          return token
        }
        const receivedHeader = query.headers.get('X-Goog-Upload-Size-Received')
        // Not exposed to the page (Google's upload servers expose their headers inconsistently): where the session
        // got to cannot be read, so resuming would guess. The raw protocol sends the file whole instead.
        if (status === null || receivedHeader === null) return fallBackToRaw(blob, options)
        const received = Number(receivedHeader)
        if (!Number.isFinite(received) || received < 0 || received > total) {
          throw new MalformedResponseError('uploads.query', query.status, 'bad X-Goog-Upload-Size-Received')
        }
        offset = received
        options.onProgress?.(offset, total)
      }
    }
  }

  /** Uploads bytes and returns the upload token. */
  function uploadBytes(blob: Blob, options: UploadBytesOptions): Promise<string> {
    const protocol = options.protocol ?? 'auto'
    const resumable = protocol === 'resumable' || (protocol === 'auto' && blob.size >= ctx.upload.resumableThresholdBytes)
    if (!resumable) return uploadRaw(blob, options)
    return resumableUnavailable ? uploadRaw(blob, options, true) : uploadResumable(blob, options)
  }

  /**
   * The whole pipeline: validate every file, upload bytes a few at a time, then create the items with batchCreate
   * in the user's order, ≤50 per call and one call at a time. A batch is sent as soon as its files are uploaded,
   * while later files keep uploading. Returns one result per input; never throws for a single file's failure.
   */
  async function uploadFiles(inputs: readonly UploadInput[], options: UploadFilesOptions = {}): Promise<UploadFileResult[]> {
    const results: (UploadFileResult | undefined)[] = inputs.map(() => undefined)
    const valid: { index: number; input: UploadInput; fileName: string; mimeType: string }[] = []
    inputs.forEach((input, index) => {
      const fileName = fileNameOf(input)
      const check = checkUploadFile({ name: fileName, size: input.file.size, type: input.mimeType ?? input.file.type })
      if (check.ok) valid.push({ index, input, fileName, mimeType: input.mimeType ?? check.mimeType })
      else results[index] = { index, fileName, status: 'invalid', error: check.error }
    })

    // Stops the remaining byte uploads when the caller aborts or when continuing is pointless (daily quota, 401/403).
    const stop = new AbortController()
    const onAbort = () => stop.abort(options.signal?.reason)
    options.signal?.addEventListener('abort', onAbort, { once: true })
    let fatal: PhotosError | undefined

    const sent = new Map<number, number>()
    const bytesTotal = valid.reduce((sum, v) => sum + v.input.file.size, 0)
    let filesDone = 0
    const emit = (index: number, phase: UploadProgressEvent['phase'], result?: UploadFileResult) => {
      const size = inputs[index]!.file.size
      let overallSent = 0
      for (const n of sent.values()) overallSent += n
      options.onProgress?.({
        index,
        phase,
        bytesSent: sent.get(index) ?? 0,
        bytesTotal: size,
        overall: { bytesSent: overallSent, bytesTotal, filesDone, filesTotal: valid.length },
        result,
      })
    }
    const finish = (result: UploadFileResult) => {
      results[result.index] = result
      filesDone += 1
      emit(result.index, 'done', result)
    }

    // Byte uploads through a small pool; each file's token is a promise the creator awaits in order.
    const concurrency = Math.max(1, options.concurrency ?? ctx.upload.concurrency)
    const tokens = new Map<number, Promise<string>>()
    const settle = new Map<number, { resolve: (t: string) => void; reject: (e: unknown) => void }>()
    for (const v of valid) {
      tokens.set(v.index, new Promise<string>((resolve, reject) => settle.set(v.index, { resolve, reject })))
      tokens.get(v.index)!.catch(() => undefined)
    }
    let next = 0
    const worker = async () => {
      while (next < valid.length) {
        const v = valid[next++]!
        const s = settle.get(v.index)!
        if (stop.signal.aborted) {
          s.reject(fatal ?? new AbortedError('uploads.uploadFiles', stop.signal.reason))
          continue
        }
        try {
          const token = await uploadBytes(v.input.file, {
            fileName: v.fileName,
            mimeType: v.mimeType,
            signal: stop.signal,
            onProgress: (n) => {
              sent.set(v.index, n)
              emit(v.index, 'uploading')
            },
          })
          emit(v.index, 'uploaded')
          s.resolve(token)
        } catch (e) {
          s.reject(isAbortedError(e) && fatal ? fatal : e)
          if (isApiError(e) && (e.quota === 'daily' || e.httpStatus === 401 || e.httpStatus === 403)) {
            fatal = e
            stop.abort(e)
          }
        }
      }
    }
    const pool = Promise.all(Array.from({ length: Math.min(concurrency, valid.length) }, worker))

    const toError = (e: unknown): PhotosError | Status => (isPhotosError(e) ? e : { code: 2, message: String(e) })
    let position = options.albumPosition
    let batch: { v: (typeof valid)[number]; token: string }[] = []
    const flush = async () => {
      if (batch.length === 0) return
      const current = batch
      batch = []
      for (const { v } of current) emit(v.index, 'creating')
      if (fatal) {
        for (const { v, token } of current) finish({ index: v.index, fileName: v.fileName, status: 'failed', uploadToken: token, error: fatal })
        return
      }
      const newMediaItems: NewMediaItem[] = current.map(({ v, token }) => ({
        ...(v.input.description ? { description: v.input.description } : {}),
        simpleMediaItem: { uploadToken: token, fileName: v.fileName },
      }))
      try {
        const { newMediaItemResults } = await ctx.mediaItems.batchCreate(
          { albumId: options.albumId, albumPosition: options.albumId ? position : undefined, newMediaItems },
          { signal: options.signal },
        )
        current.forEach(({ v, token }, k) => {
          // Results are in request order; match on the token when the server echoes it.
          const r = newMediaItemResults.find((x) => x.uploadToken === token) ?? newMediaItemResults[k]
          if (r && isCreated(r)) finish({ index: v.index, fileName: v.fileName, status: 'created', uploadToken: token, mediaItem: r.mediaItem })
          else if (r && isOutcomeUnknownResult(r)) {
            const detail = r.status?.details?.find((d) => d['@type'] === OUTCOME_UNKNOWN_DETAIL)
            const ids = Array.isArray(detail?.['candidateIds']) ? (detail['candidateIds'] as string[]) : []
            finish({ index: v.index, fileName: v.fileName, status: 'unknown', uploadToken: token, error: r.status, candidateIds: ids })
          } else finish({ index: v.index, fileName: v.fileName, status: 'failed', uploadToken: token, error: r?.status ?? { code: 2, message: 'No result for this item.' } })
        })
        const lastCreated = [...newMediaItemResults].reverse().find(isCreated)
        if (options.albumId && position && position.position !== 'LAST_IN_ALBUM' && lastCreated?.mediaItem.id) {
          position = { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: lastCreated.mediaItem.id }
        }
      } catch (e) {
        if (isApiError(e) && (e.quota === 'daily' || e.httpStatus === 401 || e.httpStatus === 403)) {
          fatal = e
          stop.abort(e)
        }
        for (const { v, token } of current) finish({ index: v.index, fileName: v.fileName, status: 'failed', uploadToken: token, error: toError(e) })
      }
    }

    try {
      for (const v of valid) {
        try {
          const token = await tokens.get(v.index)!
          batch.push({ v, token })
          if (batch.length === BATCH_LIMIT) await flush()
        } catch (e) {
          finish({ index: v.index, fileName: v.fileName, status: 'failed', error: toError(e) })
        }
      }
      await flush()
      await pool
    } finally {
      options.signal?.removeEventListener('abort', onAbort)
    }
    return results.map((r, index) => r ?? { index, fileName: fileNameOf(inputs[index]!), status: 'failed', error: { code: 2, message: 'Not processed.' } })
  }

  return {
    uploadBytes,
    uploadFiles,
    /** `raw` once the resumable protocol has proved unusable from this page (see fallBackToRaw). */
    largeFileProtocol: (): 'resumable' | 'raw' => (resumableUnavailable ? 'raw' : 'resumable'),
  }
}

export const defaultUploadConfig: UploadConfig = {
  resumableThresholdBytes: DEFAULT_RESUMABLE_THRESHOLD,
  chunkBytes: DEFAULT_CHUNK_BYTES,
  concurrency: 3,
}

export type UploadsApi = ReturnType<typeof createUploadsApi>
