// The Picker API's JSON methods (sessions.create/get/delete, mediaItems.list) over the emulator's store, and the
// shared rules the picking page and the control route use to finish a session.
import type { Core } from '../context'
import { ApiError, invalid, messages } from '../errors'
import { sign } from '../media'
import type { ItemRecord, PickerSessionRecord } from '../state'
import { decodeText, encodeText, hash32, prng, rfc3339 } from '../util'

/** Default and largest `pickingConfig.maxItemCount`. */
const MAX_ITEM_COUNT = 2000
/** Open (neither deleted nor expired) sessions one user may hold before sessions.create answers 429. */
export const MAX_OPEN_SESSIONS = 20
/** How long a new session waits for the user to pick (Google's exact figure is unconfirmed). */
export const SESSION_LIFETIME_MS = 30 * 60_000
/** After Done, the picked items stay listable this long. */
const PICKED_LIFETIME_MS = 60 * 60_000
const POLL_INTERVAL = '5s'
const DEFAULT_PAGE_SIZE = 50
const MAX_PAGE_SIZE = 100

/** What a picker handler knows about its request. */
export interface PickerCtx {
  core: Core
  user: string
  /** `${origin}${basePath}/picker`: where the picking page and picked bytes are served. */
  pickerRoot: string
  url: URL
}

const notFound = (): ApiError => new ApiError('NOT_FOUND', messages.notFound)

/** A UUID-shaped id (Google's session ids look like UUIDs), deterministic from the store's counter. */
function sessionIdFor(key: string): string {
  const rnd = prng(hash32(key))
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16)).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

export const isExpired = (core: Core, s: PickerSessionRecord): boolean => core.now() >= s.expiresAt

/** The user's session, or 404 (unknown, deleted, or someone else's). */
export function sessionOf(ctx: PickerCtx, id: string): PickerSessionRecord {
  const s = ctx.core.store.pickerSessions.get(id)
  if (!s || s.deleted || s.user !== ctx.user) throw notFound()
  return s
}

function pickerUriOf(pickerRoot: string, id: string): string {
  return `${pickerRoot}/session/${id}`
}

export function sessionJson(ctx: PickerCtx, s: PickerSessionRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { id: s.id, pickerUri: pickerUriOf(ctx.pickerRoot, s.id) }
  if (!s.picked) {
    const left = Math.max(0, Math.ceil((s.expiresAt - ctx.core.now()) / 1000))
    out.pollingConfig = { pollInterval: left > 0 ? POLL_INTERVAL : '0s', timeoutIn: `${left}s` }
  }
  out.expireTime = rfc3339(s.expiresAt)
  out.pickingConfig = { maxItemCount: String(s.maxItemCount) }
  out.mediaItemsSet = !!s.picked
  return out
}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text()
  if (!text.trim()) return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw invalid('Invalid JSON payload received.')
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('Invalid JSON payload received.')
  return parsed as Record<string, unknown>
}

function maxItemCountOf(body: Record<string, unknown>): number {
  const config = body.pickingConfig
  if (config === undefined || config === null) return MAX_ITEM_COUNT
  if (typeof config !== 'object') throw invalid('Invalid value at \'picking_config\'.')
  const raw = (config as Record<string, unknown>).maxItemCount
  if (raw === undefined || raw === null || raw === '' || raw === '0' || raw === 0) return MAX_ITEM_COUNT
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN
  if (!Number.isInteger(n) || n < 1 || n > MAX_ITEM_COUNT)
    throw invalid(`pickingConfig.maxItemCount must be between 1 and ${MAX_ITEM_COUNT}.`)
  return n
}

export async function createSession(ctx: PickerCtx, request: Request): Promise<Record<string, unknown>> {
  const body = await readJson(request)
  const maxItemCount = maxItemCountOf(body)
  const { store } = ctx.core
  if (ctx.core.config.usersWithoutPhotos.includes(ctx.user))
    throw new ApiError('FAILED_PRECONDITION', 'The user does not have an active Google Photos account.')
  const open = [...store.pickerSessions.values()].filter((s) => s.user === ctx.user && !s.deleted && !isExpired(ctx.core, s))
  if (open.length >= MAX_OPEN_SESSIONS)
    throw new ApiError('RESOURCE_EXHAUSTED', 'Too many open picking sessions. Delete sessions you no longer need.')
  const now = ctx.core.now()
  const session: PickerSessionRecord = {
    id: sessionIdFor(store.nextKey('picker')),
    user: ctx.user,
    maxItemCount,
    createdAt: now,
    expiresAt: now + SESSION_LIFETIME_MS,
  }
  store.pickerSessions.set(session.id, session)
  store.touch('picker', session.id)
  return sessionJson(ctx, session)
}

export function deleteSession(ctx: PickerCtx, id: string): Record<string, never> {
  sessionOf(ctx, id)
  ctx.core.store.pickerSessions.delete(id)
  ctx.core.store.touch('picker', id)
  return {}
}

/**
 * Finishes picking: the page's Done and the control route. Ids must be the session user's own items (any of
 * them: the Picker sees the whole library, app-created or not), at most maxItemCount, each once.
 */
export function finishPicking(core: Core, s: PickerSessionRecord, ids: readonly string[]): void {
  if (s.picked) throw new ApiError('FAILED_PRECONDITION', 'The user has already finished picking in this session.')
  if (isExpired(core, s)) throw new ApiError('FAILED_PRECONDITION', 'The picking session has expired.')
  const unique = [...new Set(ids)]
  if (unique.length === 0) throw invalid('Pick at least one media item.')
  if (unique.length > s.maxItemCount) throw invalid(`At most ${s.maxItemCount} media items can be picked in this session.`)
  for (const id of unique) {
    const item = core.store.items.get(id)
    if (!item || item.owner !== s.user) throw invalid(`Media item ${id} is not in the library of ${s.user}.`)
  }
  s.picked = unique
  s.pickedAt = core.now()
  s.expiresAt = core.now() + PICKED_LIFETIME_MS
  core.store.touch('picker', s.id)
}

// ---- picked items ---------------------------------------------------------------------------------------

/** `${pickerRoot}/media/<signed token>`: carries session, item and issue time; the bearer token is checked on use. */
function pickedMediaUrl(ctx: PickerCtx, sessionId: string, itemId: string): string {
  const payload = `p|${sessionId}|${itemId}|${ctx.core.now()}`
  return `${ctx.pickerRoot}/media/${encodeText(`${payload}|${sign(ctx.core, payload)}`)}`
}

/** Reads a picked-media token; undefined when it is not one the emulator signed. */
export function readPickedMediaToken(core: Core, token: string): { sessionId: string; itemId: string; issued: number } | undefined {
  let decoded: string
  try {
    decoded = decodeText(token)
  } catch {
    return undefined
  }
  const [kind, sessionId, itemId, issuedText, sig] = decoded.split('|')
  if (kind !== 'p' || !sessionId || !itemId || !issuedText || sign(core, `p|${sessionId}|${itemId}|${issuedText}`) !== sig) return undefined
  return { sessionId, itemId, issued: Number(issuedText) }
}

function pickedItemJson(ctx: PickerCtx, sessionId: string, item: ItemRecord): Record<string, unknown> {
  const metadata: Record<string, unknown> = {}
  if (item.width) metadata.width = item.width
  if (item.height) metadata.height = item.height
  const make = item.video?.cameraMake ?? item.photo?.cameraMake
  const model = item.video?.cameraModel ?? item.photo?.cameraModel
  if (make) metadata.cameraMake = make
  if (model) metadata.cameraModel = model
  if (item.video) {
    const video: Record<string, unknown> = {}
    if (item.video.fps) video.fps = item.video.fps
    video.processingStatus = item.videoReadyAt !== undefined && ctx.core.now() < item.videoReadyAt ? 'PROCESSING' : 'READY'
    metadata.videoMetadata = video
  } else {
    const { focalLength, apertureFNumber, isoEquivalent, exposureTime } = item.photo ?? {}
    const photo: Record<string, unknown> = {}
    if (focalLength !== undefined) photo.focalLength = focalLength
    if (apertureFNumber !== undefined) photo.apertureFNumber = apertureFNumber
    if (isoEquivalent !== undefined) photo.isoEquivalent = isoEquivalent
    if (exposureTime !== undefined) photo.exposureTime = exposureTime
    metadata.photoMetadata = photo
  }
  return {
    id: item.id,
    createTime: rfc3339(item.creationTime),
    type: item.video ? 'VIDEO' : 'PHOTO',
    mediaFile: {
      baseUrl: pickedMediaUrl(ctx, sessionId, item.id),
      mimeType: item.mimeType,
      filename: item.filename,
      mediaFileMetadata: metadata,
    },
  }
}

function pageSizeOf(url: URL): number {
  const raw = url.searchParams.get('pageSize')
  if (raw === null || raw === '') return DEFAULT_PAGE_SIZE
  if (!/^-?\d+$/.test(raw)) throw invalid(`Invalid value at 'page_size' (TYPE_INT32), "${raw}"`)
  const n = Number(raw)
  if (n < 0) throw invalid('pageSize must not be negative.')
  return n === 0 ? DEFAULT_PAGE_SIZE : Math.min(n, MAX_PAGE_SIZE)
}

export function listMediaItems(ctx: PickerCtx): Record<string, unknown> {
  const sessionId = ctx.url.searchParams.get('sessionId')
  if (!sessionId) throw invalid('sessionId is required.')
  const pageSize = pageSizeOf(ctx.url)
  const s = sessionOf(ctx, sessionId)
  if (!s.picked) throw new ApiError('FAILED_PRECONDITION', 'The user has not finished picking media items in this session.')
  if (isExpired(ctx.core, s)) throw new ApiError('FAILED_PRECONDITION', 'The picking session has expired.')
  let offset = 0
  const token = ctx.url.searchParams.get('pageToken')
  if (token) {
    let parts: string[] = []
    try {
      parts = decodeText(token).split('|')
    } catch {
      // falls through to the 400 below
    }
    offset = Number(parts[1])
    if (parts[0] !== sessionId || !Number.isInteger(offset) || offset < 0) throw invalid(messages.badPageToken)
  }
  const items = s.picked.map((id) => ctx.core.store.items.get(id)).filter((i): i is ItemRecord => !!i && i.owner === s.user)
  const page = items.slice(offset, offset + pageSize)
  const out: Record<string, unknown> = { mediaItems: page.map((item) => pickedItemJson(ctx, s.id, item)) }
  if (offset + pageSize < items.length) out.nextPageToken = encodeText(`${sessionId}|${offset + pageSize}`)
  return out
}
