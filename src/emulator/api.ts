// The 19 Library API methods. Each handler takes the request context and returns the JSON response body.
import type {
  AddEnrichmentToAlbumRequest,
  Album,
  AlbumPosition,
  BatchAddMediaItemsToAlbumRequest,
  BatchCreateMediaItemsRequest,
  BatchRemoveMediaItemsFromAlbumRequest,
  CreateAlbumRequest,
  JoinSharedAlbumRequest,
  LatLng,
  LeaveSharedAlbumRequest,
  Location,
  MediaItem,
  MediaItemResult,
  NewMediaItemResult,
  SearchMediaItemsRequest,
  ShareAlbumRequest,
} from '../api/types.gen'
import type { Ctx } from './context'
import { ApiError, invalid, messages, rpcCodes } from './errors'
import { checkOrderBy, compileFilters } from './filters'
import { readMedia } from './media-meta'
import { makePageToken, page, pageSizeOf, readPageToken } from './paging'
import { albumJson, isWriteable, mediaItemJson, shareInfoJson } from './render'
import { shareTokenFor, shareableUrlFor } from './seed'
import type { AlbumRecord, ItemRecord } from './state'
import type { SequenceEntry } from './types'
import { ALBUM_ID_LENGTH, ENRICHMENT_ID_LENGTH, MEDIA_ID_LENGTH, isWellFormedId, makeId } from './util'
import { boolParam, checkQuery, intParam, queryParam, readBody } from './validate'

export const UPLOAD_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000
const BATCH_LIMIT = 50
const ALBUM_LIMIT = 20_000
const TITLE_LIMIT = 500
const DESCRIPTION_LIMIT = 1000
const FILENAME_LIMIT = 255

const len = (s: string): number => [...s].length
const notFound = (): ApiError => new ApiError('NOT_FOUND', messages.notFound)
const is2025 = (ctx: Ctx): boolean => ctx.core.config.profile === '2025'

// ---- visibility -------------------------------------------------------------------------------------------

export function canSeeAlbum(ctx: Ctx, a: AlbumRecord): boolean {
  if (is2025(ctx)) return a.owner === ctx.user && a.appCreated
  return a.owner === ctx.user || (!!a.share && a.share.members.includes(ctx.user))
}

function canSeeItem(ctx: Ctx, item: ItemRecord): boolean {
  if (is2025(ctx)) return item.owner === ctx.user && item.appCreated
  if (item.owner === ctx.user) return true
  for (const id of ctx.core.store.albumsOf(item.id) ?? []) {
    const a = ctx.core.store.albums.get(id)
    if (a && canSeeAlbum(ctx, a)) return true
  }
  return false
}

function findAlbum(ctx: Ctx, id: string): AlbumRecord {
  if (!isWellFormedId(id, ALBUM_ID_LENGTH)) throw invalid(messages.invalidAlbumId)
  const a = ctx.core.store.albums.get(id)
  if (!a || !canSeeAlbum(ctx, a)) throw notFound()
  return a
}

function findItem(ctx: Ctx, id: string): ItemRecord {
  if (!isWellFormedId(id, MEDIA_ID_LENGTH)) throw invalid(messages.invalidMediaItemId)
  const it = ctx.core.store.items.get(id)
  if (!it || !canSeeItem(ctx, it)) throw notFound()
  return it
}

function checkIdList(ids: string[] | undefined, what: string, noRepeats: boolean): string[] {
  const list = ids ?? []
  if (!list.length) throw invalid(`${what} must not be empty.`)
  if (list.length > BATCH_LIMIT) throw invalid(`Request must have at most ${BATCH_LIMIT} media item ids.`)
  if (noRepeats && new Set(list).size !== list.length) throw invalid(`${what} must not contain repeated identifiers.`)
  return list
}

function checkUpdateMask(ctx: Ctx, allowed: Record<string, string>): Set<string> {
  const raw = queryParam(ctx.url, 'updateMask')
  if (!raw || !raw.trim()) throw invalid('updateMask is required.')
  const out = new Set<string>()
  for (const p of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const field = allowed[p]
    if (!field) throw invalid(`Invalid update mask path: "${p}". Valid values are: ${[...new Set(Object.values(allowed))].join(', ')}.`)
    out.add(field)
  }
  return out
}

// ---- albums ---------------------------------------------------------------------------------------------

export async function albumsCreate(ctx: Ctx): Promise<Album> {
  const body = await readBody<CreateAlbumRequest>(ctx.request, 'CreateAlbumRequest')
  if (!body.album) throw invalid('album is required.')
  const title = body.album.title ?? ''
  if (len(title) > TITLE_LIMIT) throw invalid(`The album title must be at most ${TITLE_LIMIT} characters.`)
  const store = ctx.core.store
  const a: AlbumRecord = {
    id: makeId(store.nextKey('album'), ALBUM_ID_LENGTH),
    owner: ctx.user,
    title,
    appCreated: true,
    createdAt: ctx.core.now(),
    seq: store.seq(),
    entries: [],
  }
  store.addAlbum(a)
  return albumJson(ctx, a)
}

/** Control only (`POST /_emulator/albums`): `count` empty app-created albums for `user`, titled "<title> 1" … "<title> N",
 *  created in that order (so albums.list, newest first, starts at N). For tests of long album lists. */
export function createManyAlbums(core: Ctx['core'], user: string, count: number, title: string): number {
  const store = core.store
  for (let i = 1; i <= count; i++) {
    store.addAlbum({
      id: makeId(store.nextKey('album'), ALBUM_ID_LENGTH),
      owner: user,
      title: `${title} ${i}`.slice(0, TITLE_LIMIT),
      appCreated: true,
      createdAt: core.now(),
      seq: store.seq(),
      entries: [],
    })
  }
  return count
}

export function albumsGet(ctx: Ctx, id: string): Album {
  checkQuery(ctx.url, [])
  return albumJson(ctx, findAlbum(ctx, id))
}

function listAlbums(ctx: Ctx, method: string, key: 'albums' | 'sharedAlbums', filter: (a: AlbumRecord) => boolean): Record<string, unknown> {
  checkQuery(ctx.url, ['pageSize', 'pageToken', 'excludeNonAppCreatedData'])
  const size = pageSizeOf(intParam(ctx.url, 'pageSize'), 20, 50)
  const exclude = boolParam(ctx.url, 'excludeNonAppCreatedData')
  const params = { exclude }
  const offset = readPageToken(queryParam(ctx.url, 'pageToken') ?? undefined, method, ctx.user, params)
  const all = [...ctx.core.store.albums.values()]
    .filter((a) => canSeeAlbum(ctx, a) && filter(a) && (!exclude || a.appCreated))
    .sort((a, b) => b.seq - a.seq)
  const p = page(all, offset, size)
  const out: Record<string, unknown> = {}
  if (p.items.length) out[key] = p.items.map((a) => albumJson(ctx, a))
  if (p.next !== undefined) out.nextPageToken = makePageToken(method, ctx.user, params, p.next)
  return out
}

export function albumsList(ctx: Ctx): Record<string, unknown> {
  return listAlbums(ctx, 'albums.list', 'albums', () => true)
}

function requireOwnedAppAlbum(ctx: Ctx, a: AlbumRecord, what: string): void {
  if (a.owner !== ctx.user || !a.appCreated)
    throw new ApiError('PERMISSION_DENIED', `No permission to ${what} this album: it must be created by this app and owned by the user.`)
}

export async function albumsPatch(ctx: Ctx, id: string): Promise<Album> {
  checkQuery(ctx.url, ['updateMask'])
  const mask = checkUpdateMask(ctx, { title: 'title', cover_photo_media_item_id: 'cover', coverPhotoMediaItemId: 'cover' })
  const body = await readBody<Album>(ctx.request, 'Album')
  const a = findAlbum(ctx, id)
  requireOwnedAppAlbum(ctx, a, 'update')
  if (mask.has('title')) {
    const title = body.title ?? ''
    if (!title.trim()) throw invalid('The album title must not be empty.')
    if (len(title) > TITLE_LIMIT) throw invalid(`The album title must be at most ${TITLE_LIMIT} characters.`)
  }
  if (mask.has('cover')) {
    const cover = body.coverPhotoMediaItemId ?? ''
    if (!a.entries.some((e) => e.kind === 'mediaItem' && e.id === cover)) throw invalid('The cover photo must be a media item contained within the album.')
  }
  if (mask.has('title')) a.title = body.title ?? ''
  if (mask.has('cover')) a.coverId = body.coverPhotoMediaItemId
  ctx.core.store.touch('album', a.id)
  return albumJson(ctx, a)
}

/** Index in album.entries for an AlbumPosition (validated). */
function positionIndex(a: AlbumRecord, pos: AlbumPosition): number {
  const p = pos.position ?? 'POSITION_TYPE_UNSPECIFIED'
  if (pos.relativeMediaItemId && p !== 'AFTER_MEDIA_ITEM') throw invalid('relativeMediaItemId can only be used with position AFTER_MEDIA_ITEM.')
  if (pos.relativeEnrichmentItemId && p !== 'AFTER_ENRICHMENT_ITEM')
    throw invalid('relativeEnrichmentItemId can only be used with position AFTER_ENRICHMENT_ITEM.')
  switch (p) {
    case 'FIRST_IN_ALBUM':
      return 0
    case 'LAST_IN_ALBUM':
      return a.entries.length
    case 'AFTER_MEDIA_ITEM': {
      const i = a.entries.findIndex((e) => e.kind === 'mediaItem' && e.id === pos.relativeMediaItemId)
      if (!pos.relativeMediaItemId || i < 0) throw invalid('relativeMediaItemId must be a media item in the album.')
      return i + 1
    }
    case 'AFTER_ENRICHMENT_ITEM': {
      const i = a.entries.findIndex((e) => e.kind === 'enrichment' && e.id === pos.relativeEnrichmentItemId)
      if (!pos.relativeEnrichmentItemId || i < 0) throw invalid('relativeEnrichmentItemId must be an enrichment item in the album.')
      return i + 1
    }
    default:
      throw invalid('albumPosition.position must be specified.')
  }
}

function checkLatLng(l: LatLng | undefined, where: string): void {
  if (!l) return
  const { latitude = 0, longitude = 0 } = l
  if (latitude < -90 || latitude > 90) throw invalid(`${where}.latitude must be in the range [-90.0, +90.0].`)
  if (longitude < -180 || longitude > 180) throw invalid(`${where}.longitude must be in the range [-180.0, +180.0].`)
}

function checkLocation(l: Location | undefined, where: string): void {
  if (!l || (!l.locationName && !l.latlng)) throw invalid(`${where} must have a locationName or latlng.`)
  checkLatLng(l.latlng, `${where}.latlng`)
}

export async function albumsAddEnrichment(ctx: Ctx, id: string): Promise<Record<string, unknown>> {
  const body = await readBody<AddEnrichmentToAlbumRequest>(ctx.request, 'AddEnrichmentToAlbumRequest')
  const a = findAlbum(ctx, id)
  if (a.owner !== ctx.user || !a.appCreated) throw invalid('No permission to add enrichments to this album.')
  const e = body.newEnrichmentItem
  if (!e) throw invalid('newEnrichmentItem is required.')
  const kinds = (['textEnrichment', 'locationEnrichment', 'mapEnrichment'] as const).filter((k) => e[k] !== undefined)
  if (kinds.length !== 1) throw invalid('newEnrichmentItem must have exactly one of textEnrichment, locationEnrichment or mapEnrichment.')
  if (e.textEnrichment && !e.textEnrichment.text) throw invalid('textEnrichment.text must not be empty.')
  if (e.locationEnrichment) checkLocation(e.locationEnrichment.location, 'locationEnrichment.location')
  if (e.mapEnrichment) {
    checkLocation(e.mapEnrichment.origin, 'mapEnrichment.origin')
    checkLocation(e.mapEnrichment.destination, 'mapEnrichment.destination')
  }
  if (!body.albumPosition) throw invalid('albumPosition is required for enrichments.')
  const at = positionIndex(a, body.albumPosition)
  const entry: SequenceEntry = {
    kind: 'enrichment',
    id: makeId(ctx.core.store.nextKey('enrichment'), ENRICHMENT_ID_LENGTH),
    addedBy: ctx.user,
    enrichment: e,
  }
  a.entries.splice(at, 0, entry)
  ctx.core.store.touch('album', a.id)
  return { enrichmentItem: { id: entry.id } }
}

function requireWriteable(ctx: Ctx, a: AlbumRecord): void {
  if (!isWriteable(a, ctx.user)) throw invalid(messages.noPermissionToAdd)
}

export async function albumsBatchAdd(ctx: Ctx, id: string): Promise<Record<string, never>> {
  const body = await readBody<BatchAddMediaItemsToAlbumRequest>(ctx.request, 'BatchAddMediaItemsToAlbumRequest')
  const ids = checkIdList(body.mediaItemIds, 'mediaItemIds', false)
  const a = findAlbum(ctx, id)
  requireWriteable(ctx, a)
  for (const mid of ids) {
    const it = isWellFormedId(mid, MEDIA_ID_LENGTH) ? ctx.core.store.items.get(mid) : undefined
    // Only app-created items in the user's own library can be added.
    if (!it || it.owner !== ctx.user || !it.appCreated) throw invalid(messages.invalidMediaItemIdInRequest)
  }
  const present = new Set(a.entries.filter((e) => e.kind === 'mediaItem').map((e) => e.id))
  const fresh = [...new Set(ids)].filter((m) => !present.has(m))
  if (present.size + fresh.length > ALBUM_LIMIT) throw invalid(`An album can contain at most ${ALBUM_LIMIT} media items.`)
  for (const mid of fresh) a.entries.push({ kind: 'mediaItem', id: mid, addedBy: ctx.user })
  ctx.core.store.touch('album', a.id)
  return {}
}

export async function albumsBatchRemove(ctx: Ctx, id: string): Promise<Record<string, never>> {
  const body = await readBody<BatchRemoveMediaItemsFromAlbumRequest>(ctx.request, 'BatchRemoveMediaItemsFromAlbumRequest')
  const ids = checkIdList(body.mediaItemIds, 'mediaItemIds', true)
  const a = findAlbum(ctx, id)
  if (!a.appCreated) throw invalid('No permission to remove media items from this album.')
  const owner = a.owner === ctx.user
  for (const mid of ids) {
    const e = a.entries.find((x) => x.kind === 'mediaItem' && x.id === mid)
    const it = ctx.core.store.items.get(mid)
    if (!e || !it || !it.appCreated) throw invalid(messages.invalidMediaItemIdInRequest)
    if (!owner && e.addedBy !== ctx.user) throw invalid('No permission to remove media items that another user added to this shared album.')
  }
  const drop = new Set(ids)
  a.entries = a.entries.filter((e) => !(e.kind === 'mediaItem' && drop.has(e.id)))
  if (a.coverId && drop.has(a.coverId)) delete a.coverId
  ctx.core.store.touch('album', a.id)
  return {}
}

export async function albumsShare(ctx: Ctx, id: string): Promise<Record<string, unknown>> {
  const body = await readBody<ShareAlbumRequest>(ctx.request, 'ShareAlbumRequest')
  const a = findAlbum(ctx, id)
  requireOwnedAppAlbum(ctx, a, 'share')
  const o = body.sharedAlbumOptions ?? {}
  if (a.share) {
    a.share.isCollaborative = !!o.isCollaborative
    a.share.isCommentable = !!o.isCommentable
  } else {
    const token = shareTokenFor(`${a.id}:${ctx.core.store.nextKey('share')}`)
    a.share = { token, shareableUrl: shareableUrlFor(token), isCollaborative: !!o.isCollaborative, isCommentable: !!o.isCommentable, members: [] }
  }
  ctx.core.store.touch('album', a.id)
  return { shareInfo: shareInfoJson(a, ctx.user) }
}

export async function albumsUnshare(ctx: Ctx, id: string): Promise<Record<string, never>> {
  await readBody(ctx.request, 'UnshareAlbumRequest')
  const a = findAlbum(ctx, id)
  requireOwnedAppAlbum(ctx, a, 'unshare')
  if (a.share) {
    // Non-owners lose access and their content leaves the album (it stays in their own libraries).
    a.entries = a.entries.filter((e) => e.addedBy === a.owner)
    if (a.coverId && !a.entries.some((e) => e.id === a.coverId)) delete a.coverId
    delete a.share
    ctx.core.store.touch('album', a.id)
  }
  return {}
}

// ---- media items ----------------------------------------------------------------------------------------

export async function mediaItemsBatchCreate(ctx: Ctx): Promise<Record<string, unknown>> {
  const body = await readBody<BatchCreateMediaItemsRequest>(ctx.request, 'BatchCreateMediaItemsRequest')
  const list = body.newMediaItems ?? []
  if (!list.length) throw invalid('newMediaItems must not be empty.')
  if (list.length > BATCH_LIMIT) throw invalid(messages.batchCreateTooMany)
  list.forEach((n, i) => {
    if (!n.simpleMediaItem) throw invalid(`newMediaItems[${i}].simpleMediaItem is required.`)
    if (n.description !== undefined && len(n.description) >= DESCRIPTION_LIMIT)
      throw invalid(`newMediaItems[${i}].description must be shorter than ${DESCRIPTION_LIMIT} characters.`)
    const fn = n.simpleMediaItem.fileName
    if (fn !== undefined && len(fn) > FILENAME_LIMIT) throw invalid(`newMediaItems[${i}].simpleMediaItem.fileName must be at most ${FILENAME_LIMIT} characters.`)
  })
  if (body.albumPosition && !body.albumId) throw invalid('albumPosition can only be set together with albumId.')
  let album: AlbumRecord | undefined
  let insertAt = -1
  if (body.albumId) {
    album = findAlbum(ctx, body.albumId)
    requireWriteable(ctx, album)
    if (body.albumPosition) {
      if (album.owner !== ctx.user) throw invalid('A position cannot be set when adding to a shared album you do not own.')
      insertAt = positionIndex(album, body.albumPosition)
    }
    const count = album.entries.filter((e) => e.kind === 'mediaItem').length
    if (count + list.length > ALBUM_LIMIT) throw invalid(`An album can contain at most ${ALBUM_LIMIT} media items.`)
  }
  const store = ctx.core.store
  const now = ctx.core.now()
  const results: NewMediaItemResult[] = []
  const created: ItemRecord[] = []
  for (const n of list) {
    const token = n.simpleMediaItem?.uploadToken ?? ''
    const result: NewMediaItemResult = {}
    if (token) result.uploadToken = token
    const up = token ? store.uploads.get(token) : undefined
    if (!up || up.user !== ctx.user || up.used || now - up.createdAt > UPLOAD_TOKEN_LIFETIME_MS) {
      result.status = { code: rpcCodes.INVALID_ARGUMENT, message: 'Failed: the upload token is invalid, expired or already used.' }
      results.push(result)
      continue
    }
    const bytes = ctx.core.opts.persistence ? await ctx.core.opts.persistence.getBlob(up.blob) : undefined
    const meta = bytes ? await readMedia(bytes, up.contentType) : undefined
    if (!meta) {
      result.status = { code: rpcCodes.INTERNAL, message: 'There was an error while trying to create this media item.' }
      results.push(result)
      continue
    }
    const item: ItemRecord = {
      id: makeId(store.nextKey('item'), MEDIA_ID_LENGTH),
      owner: ctx.user,
      filename: n.simpleMediaItem?.fileName ?? up.fileName ?? '',
      mimeType: meta.mimeType,
      width: meta.width,
      height: meta.height,
      creationTime: meta.captureTime ?? now,
      hasCaptureDate: meta.captureTime !== undefined,
      categories: [],
      favorite: false,
      archived: false,
      appCreated: true,
      blob: up.blob,
      seq: store.seq(),
    }
    if (n.description) item.description = n.description
    if (meta.kind === 'video') {
      item.video = meta.video ?? {}
      item.videoReadyAt = now + ctx.core.config.videoProcessingMs
    } else item.photo = meta.photo ?? {}
    store.addItem(item)
    up.used = true
    store.touch('upload', up.token)
    created.push(item)
    result.status = { message: 'Success' }
    result.mediaItem = mediaItemJson(ctx, item, { withBaseUrl: false })
    results.push(result)
  }
  if (album && created.length) {
    const entries: SequenceEntry[] = created.map((i) => ({ kind: 'mediaItem', id: i.id, addedBy: ctx.user }))
    if (insertAt < 0) album.entries.push(...entries)
    else album.entries.splice(insertAt, 0, ...entries)
    store.touch('album', album.id)
  }
  return { newMediaItemResults: results }
}

export function mediaItemsBatchGet(ctx: Ctx): Record<string, unknown> {
  checkQuery(ctx.url, ['mediaItemIds'])
  const ids = checkIdList([...ctx.url.searchParams.getAll('mediaItemIds'), ...ctx.url.searchParams.getAll('media_item_ids')], 'mediaItemIds', true)
  const results: MediaItemResult[] = ids.map((id) => {
    if (!isWellFormedId(id, MEDIA_ID_LENGTH)) return { status: { code: rpcCodes.INVALID_ARGUMENT, message: messages.invalidMediaItemId } }
    const it = ctx.core.store.items.get(id)
    if (!it || !canSeeItem(ctx, it)) return { status: { code: rpcCodes.NOT_FOUND, message: messages.notFound } }
    return { mediaItem: mediaItemJson(ctx, it) }
  })
  return { mediaItemResults: results }
}

export function mediaItemsGet(ctx: Ctx, id: string): MediaItem {
  checkQuery(ctx.url, [])
  return mediaItemJson(ctx, findItem(ctx, id))
}

export function mediaItemsList(ctx: Ctx): Record<string, unknown> {
  checkQuery(ctx.url, ['pageSize', 'pageToken'])
  const size = pageSizeOf(intParam(ctx.url, 'pageSize'), 25, 100)
  const offset = readPageToken(queryParam(ctx.url, 'pageToken') ?? undefined, 'mediaItems.list', ctx.user, null)
  const all = libraryView(ctx, false, false)
  const p = page(all, offset, size)
  const out: Record<string, unknown> = {}
  if (p.items.length) out.mediaItems = p.items.map((i) => mediaItemJson(ctx, i))
  if (p.next !== undefined) out.nextPageToken = makePageToken('mediaItems.list', ctx.user, null, p.next)
  return out
}

/** The user's library as list/search see it (cached sorted array filtered; O(N)). */
function libraryView(ctx: Ctx, includeArchived: boolean, excludeNonApp: boolean): ItemRecord[] {
  const lib = ctx.core.store.library(ctx.user)
  const app = excludeNonApp || is2025(ctx)
  if (includeArchived && !app) return lib
  return lib.filter((i) => (includeArchived || !i.archived) && (!app || i.appCreated))
}

export async function mediaItemsPatch(ctx: Ctx, id: string): Promise<MediaItem> {
  checkQuery(ctx.url, ['updateMask'])
  checkUpdateMask(ctx, { description: 'description' })
  const body = await readBody<MediaItem>(ctx.request, 'MediaItem')
  const it = findItem(ctx, id)
  if (it.owner !== ctx.user || !it.appCreated)
    throw new ApiError('PERMISSION_DENIED', 'No permission to update this media item: it must be created by this app and owned by the user.')
  const d = body.description ?? ''
  if (len(d) >= DESCRIPTION_LIMIT) throw invalid(`description must be shorter than ${DESCRIPTION_LIMIT} characters.`)
  if (d) it.description = d
  else delete it.description
  ctx.core.store.touch('item', it.id)
  return mediaItemJson(ctx, it)
}

export async function mediaItemsSearch(ctx: Ctx): Promise<Record<string, unknown>> {
  checkQuery(ctx.url, [])
  const body = await readBody<SearchMediaItemsRequest>(ctx.request, 'SearchMediaItemsRequest')
  const size = pageSizeOf(body.pageSize, 25, 100)
  const filters = body.filters && Object.keys(body.filters).length ? body.filters : undefined
  if (body.albumId && filters) throw invalid('Filters cannot be set together with albumId.')
  const order = checkOrderBy(body.orderBy, filters)
  const params = { albumId: body.albumId ?? null, filters: filters ?? null, orderBy: order ?? null }
  const offset = readPageToken(body.pageToken, 'mediaItems.search', ctx.user, params)
  let all: ItemRecord[]
  let albumId: string | undefined
  let shared: AlbumRecord | undefined
  const added = new Map<string, string>()
  if (body.albumId) {
    const a = findAlbum(ctx, body.albumId)
    albumId = a.id
    if (a.share && !is2025(ctx)) shared = a
    all = []
    for (const e of a.entries) {
      if (e.kind !== 'mediaItem') continue
      const it = ctx.core.store.items.get(e.id)
      if (!it || (is2025(ctx) && !it.appCreated)) continue
      all.push(it)
      added.set(it.id, e.addedBy)
    }
  } else {
    const c = compileFilters(filters)
    const now = ctx.core.now()
    all = libraryView(ctx, c.includeArchived, c.excludeNonAppCreated)
    if (c.filtered) all = all.filter((i) => i.creationTime <= now && c.match(i))
    if (order === 'asc') all = [...all].reverse()
  }
  const p = page(all, offset, size)
  const out: Record<string, unknown> = {}
  if (p.items.length)
    out.mediaItems = p.items.map((i) => mediaItemJson(ctx, i, { albumId, contributor: shared ? added.get(i.id) : undefined }))
  if (p.next !== undefined) out.nextPageToken = makePageToken('mediaItems.search', ctx.user, params, p.next)
  return out
}

// ---- shared albums --------------------------------------------------------------------------------------

function byToken(ctx: Ctx, token: string | undefined): AlbumRecord {
  if (!token) throw invalid('shareToken is required.')
  const a = ctx.core.store.albumByToken(token)
  if (!a || !a.share) throw notFound()
  return a
}

export function sharedAlbumsGet(ctx: Ctx, token: string): Album {
  checkQuery(ctx.url, [])
  return albumJson(ctx, byToken(ctx, token))
}

export async function sharedAlbumsJoin(ctx: Ctx): Promise<Record<string, unknown>> {
  const body = await readBody<JoinSharedAlbumRequest>(ctx.request, 'JoinSharedAlbumRequest')
  const a = byToken(ctx, body.shareToken)
  const share = a.share
  if (share && a.owner !== ctx.user && !share.members.includes(ctx.user)) {
    share.members.push(ctx.user)
    ctx.core.store.touch('album', a.id)
  }
  return { album: albumJson(ctx, a) }
}

export async function sharedAlbumsLeave(ctx: Ctx): Promise<Record<string, never>> {
  const body = await readBody<LeaveSharedAlbumRequest>(ctx.request, 'LeaveSharedAlbumRequest')
  const a = byToken(ctx, body.shareToken)
  if (a.owner === ctx.user) throw new ApiError('FAILED_PRECONDITION', 'The owner of a shared album cannot leave it.')
  const share = a.share
  if (!share || !share.members.includes(ctx.user)) throw new ApiError('FAILED_PRECONDITION', 'The user has not joined this shared album.')
  share.members = share.members.filter((m) => m !== ctx.user)
  // Leaving removes what this user contributed to the album (as Google Photos does).
  a.entries = a.entries.filter((e) => e.addedBy !== ctx.user)
  if (a.coverId && !a.entries.some((e) => e.id === a.coverId)) delete a.coverId
  ctx.core.store.touch('album', a.id)
  return {}
}

export function sharedAlbumsList(ctx: Ctx): Record<string, unknown> {
  return listAlbums(ctx, 'sharedAlbums.list', 'sharedAlbums', (a) => !!a.share)
}
