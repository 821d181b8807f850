// POST /v1/uploads: the raw protocol and the resumable protocol (start / upload / upload, finalize / query /
// cancel). Bytes go to persistence blobs; the finalize answer is the upload token as text/plain.
import type { Ctx } from './context'
import { ApiError, invalid } from './errors'
import type { SessionRecord, UploadRecord } from './state'
import { readBytesWithin } from './body-limit'
import { concatBytes, makeId } from './util'

export const CHUNK_GRANULARITY = 262_144
const MAX_PHOTO = 200 * 1024 * 1024
const MAX_VIDEO = 20 * 1024 * 1024 * 1024
const fileTooLarge = () => invalid('The file is too large.')
const isVideo = (contentType: string | null | undefined) => (contentType ?? '').startsWith('video/')
/** Google's limits by kind (200 MB a photo, 20 GB a video), checked before the bytes are read. */
const maxUploadSize = (contentType: string | null | undefined) => (isVideo(contentType) ? MAX_VIDEO : MAX_PHOTO)

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } })
}

async function issueToken(ctx: Ctx, bytes: Uint8Array, fileName: string | undefined, contentType: string | undefined, blob?: string): Promise<string> {
  const store = ctx.core.store
  const key = store.nextKey('upload')
  const token = `CAIS${makeId(`upload-token:${key}`, 150, '')}`
  const blobId = blob ?? `upload:${token.slice(0, 40)}`
  if (!blob) await persistence(ctx).putBlob(blobId, bytes)
  const rec: UploadRecord = { token, user: ctx.user, blob: blobId, size: bytes.length, createdAt: ctx.core.now() }
  if (fileName) rec.fileName = fileName
  if (contentType) rec.contentType = contentType
  store.uploads.set(token, rec)
  store.touch('upload', token)
  return token
}

function persistence(ctx: Ctx) {
  const p = ctx.core.opts.persistence
  if (!p) throw new ApiError('INTERNAL', 'No persistence configured.')
  return p
}

const fileNameOf = (h: Headers): string | undefined => {
  const v = h.get('X-Goog-Upload-File-Name')
  if (!v) return undefined
  try {
    return decodeURIComponent(v)
  } catch {
    return v
  }
}

/** The user of a request is resolved by the caller; session requests authenticate by their upload_id. */
export async function handleUpload(ctx: Ctx): Promise<Response> {
  const h = ctx.request.headers
  const uploadId = ctx.url.searchParams.get('upload_id')
  if (uploadId) return handleSession(ctx, uploadId)
  const protocol = (h.get('X-Goog-Upload-Protocol') ?? 'raw').toLowerCase()
  const command = (h.get('X-Goog-Upload-Command') ?? '').toLowerCase()
  if (protocol === 'resumable') {
    if (command !== 'start') throw invalid('A resumable upload must begin with X-Goog-Upload-Command: start.')
    const rawSize = h.get('X-Goog-Upload-Raw-Size')
    const session: SessionRecord = {
      id: makeId(`session:${ctx.core.store.nextKey('session')}`, 64, ''),
      user: ctx.user,
      received: 0,
      status: 'active',
      createdAt: ctx.core.now(),
    }
    if (rawSize !== null) {
      if (!/^\d+$/.test(rawSize)) throw invalid('X-Goog-Upload-Raw-Size must be a non-negative integer.')
      session.rawSize = Number(rawSize)
      if (session.rawSize > maxUploadSize(h.get('X-Goog-Upload-Content-Type'))) throw fileTooLarge()
    }
    const fn = fileNameOf(h)
    if (fn) session.fileName = fn
    const ct = h.get('X-Goog-Upload-Content-Type')
    if (ct) session.contentType = ct
    ctx.core.store.sessions.set(session.id, session)
    ctx.core.store.touch('session', session.id)
    await persistence(ctx).putBlob(`session:${session.id}`, new Uint8Array(0))
    return text(200, '', {
      'X-Goog-Upload-Status': 'active',
      'X-Goog-Upload-URL': `${ctx.root}/v1/uploads?upload_id=${session.id}&upload_protocol=resumable`,
      'X-Goog-Upload-Chunk-Granularity': String(CHUNK_GRANULARITY),
      'X-Goog-Upload-Control-URL': `${ctx.root}/v1/uploads?upload_id=${session.id}&upload_protocol=resumable`,
    })
  }
  if (protocol !== 'raw') throw invalid(`Unsupported X-Goog-Upload-Protocol "${protocol}".`)
  const bytes = await readBytesWithin(ctx.request, maxUploadSize(h.get('X-Goog-Upload-Content-Type')), fileTooLarge)
  if (!bytes.length) throw invalid('The upload is empty.')
  const token = await issueToken(ctx, bytes, fileNameOf(h), h.get('X-Goog-Upload-Content-Type') ?? undefined)
  return text(200, token, { 'X-Goog-Upload-Status': 'final' })
}

async function handleSession(ctx: Ctx, id: string): Promise<Response> {
  const store = ctx.core.store
  const s = store.sessions.get(id)
  if (!s) return text(404, 'Not Found', { 'X-Goog-Upload-Status': 'final' })
  const p = persistence(ctx)
  const cmd = (ctx.request.headers.get('X-Goog-Upload-Command') ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean)
  const status = (extra: Record<string, string> = {}): Record<string, string> => ({
    'X-Goog-Upload-Status': s.status === 'active' ? 'active' : 'final',
    'X-Goog-Upload-Size-Received': String(s.received),
    ...extra,
  })
  if (cmd.includes('query')) {
    return text(200, s.status === 'final' && s.token ? s.token : '', status())
  }
  if (cmd.includes('cancel')) {
    if (s.status === 'active') {
      s.status = 'cancelled'
      store.touch('session', s.id)
      await p.deleteBlob(`session:${s.id}`)
    }
    return text(200, '', { 'X-Goog-Upload-Status': 'cancelled' })
  }
  if (!cmd.includes('upload') && !cmd.includes('finalize')) throw invalid('Unknown X-Goog-Upload-Command.')
  if (s.status !== 'active') return text(400, 'The upload session is no longer active.', status())
  const offsetText = ctx.request.headers.get('X-Goog-Upload-Offset')
  // Never more than the declared size, nor the kind's limit, in total: refused before the chunk is read.
  const declaredRoom = s.rawSize === undefined ? Infinity : s.rawSize - s.received
  const kindRoom = maxUploadSize(s.contentType) - s.received
  let chunk: Uint8Array
  try {
    chunk = await readBytesWithin(ctx.request, Math.min(declaredRoom, kindRoom))
  } catch (e) {
    if (!(e instanceof ApiError)) throw e
    if (declaredRoom <= kindRoom) return text(400, 'More bytes were sent than X-Goog-Upload-Raw-Size declared.', status())
    throw fileTooLarge()
  }
  if (cmd.includes('upload')) {
    if (offsetText === null || !/^\d+$/.test(offsetText)) return text(400, 'X-Goog-Upload-Offset is required.', status())
    if (Number(offsetText) !== s.received)
      return text(400, `Invalid X-Goog-Upload-Offset ${offsetText}: the server has received ${s.received} bytes.`, status())
  }
  const finalize = cmd.includes('finalize')
  if (!finalize && chunk.length % CHUNK_GRANULARITY !== 0)
    return text(400, `Chunks other than the last must be a multiple of ${CHUNK_GRANULARITY} bytes.`, status())
  const total = s.received + chunk.length
  if (s.rawSize !== undefined && total > s.rawSize) return text(400, 'More bytes were sent than X-Goog-Upload-Raw-Size declared.', status())
  const prev = (await p.getBlob(`session:${s.id}`)) ?? new Uint8Array(0)
  const all = chunk.length ? concatBytes([prev, chunk]) : prev
  await p.putBlob(`session:${s.id}`, all)
  s.received = all.length
  if (!finalize) {
    store.touch('session', s.id)
    return text(200, '', status())
  }
  if (s.rawSize !== undefined && s.received !== s.rawSize)
    return text(400, `Finalized after ${s.received} bytes but X-Goog-Upload-Raw-Size declared ${s.rawSize}.`, status())
  if (!s.received) return text(400, 'The upload is empty.', status())
  const token = await issueToken({ ...ctx, user: s.user }, all, s.fileName, s.contentType, `session:${s.id}`)
  s.status = 'final'
  s.token = token
  store.touch('session', s.id)
  return text(200, token, status())
}
