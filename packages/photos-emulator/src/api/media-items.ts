// mediaItems.*: batchCreate, batchGet, get, list, patch, search.
import type {
  BatchCreateMediaItemsRequest,
  BatchCreateMediaItemsResponse,
  BatchGetMediaItemsResponse,
  ListMediaItemsResponse,
  MediaItem,
  MediaItemResult,
  NewMediaItemResult,
  SearchMediaItemsRequest,
  SearchMediaItemsResponse,
} from '../api-types.gen'
import type { Ctx } from '../context'
import { ApiError, invalid, messages, rpcCodes } from '../errors'
import { checkOrderBy, compileFilters } from '../filters'
import { readMedia } from '../media-meta'
import { makePageToken, page, pageSizeOf, readPageToken } from '../paging'
import { mediaItemJson } from '../render'
import type { AlbumRecord, ItemRecord } from '../state'
import type { SequenceEntry } from '../types'
import { MEDIA_ID_LENGTH, isWellFormedId, makeId } from '../util'
import { checkQuery, intParam, queryParam, readBody } from '../validate'
import {
  ALBUM_LIMIT,
  BATCH_LIMIT,
  DESCRIPTION_LIMIT,
  FILENAME_LIMIT,
  UPLOAD_TOKEN_LIFETIME_MS,
  canSeeItem,
  checkIdList,
  checkUpdateMask,
  findAlbum,
  findItem,
  len,
  libraryView,
  positionIndex,
  requireScopesAllowAdding,
  requireWriteable,
} from './checks'

export async function mediaItemsBatchCreate(ctx: Ctx): Promise<BatchCreateMediaItemsResponse> {
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
    requireWriteable(ctx, album, 'mediaItems.batchCreate')
    if (body.albumPosition) {
      if (album.owner !== ctx.user) throw invalid('A position cannot be set when adding to a shared album you do not own.')
      insertAt = positionIndex(album, body.albumPosition)
    }
    const count = album.entries.filter((e) => e.kind === 'mediaItem').length
    if (count + list.length > ALBUM_LIMIT) throw invalid(`An album can contain at most ${ALBUM_LIMIT} media items.`)
  } else {
    // Legacy .sharing alone creates items only inside shared albums (contract §5, §11), not in the library alone.
    requireScopesAllowAdding(ctx, undefined, 'mediaItems.batchCreate')
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

export function mediaItemsBatchGet(ctx: Ctx): BatchGetMediaItemsResponse {
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

export function mediaItemsList(ctx: Ctx): ListMediaItemsResponse {
  checkQuery(ctx.url, ['pageSize', 'pageToken'])
  const size = pageSizeOf(intParam(ctx.url, 'pageSize'), 25, 100)
  const offset = readPageToken(queryParam(ctx.url, 'pageToken') ?? undefined, 'mediaItems.list', ctx.user, null)
  const all = libraryView(ctx, false, false)
  const p = page(all, offset, size)
  const out: ListMediaItemsResponse = {}
  if (p.items.length) out.mediaItems = p.items.map((i) => mediaItemJson(ctx, i))
  if (p.next !== undefined) out.nextPageToken = makePageToken('mediaItems.list', ctx.user, null, p.next)
  return out
}

export async function mediaItemsPatch(ctx: Ctx, id: string): Promise<MediaItem> {
  checkQuery(ctx.url, ['updateMask'])
  checkUpdateMask(ctx, { description: ['description'] })
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

export async function mediaItemsSearch(ctx: Ctx): Promise<SearchMediaItemsResponse> {
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
    // contributorInfo: only for a shared album the app created, with the sharing scope (contract §3 MediaItem).
    if (a.share && a.appCreated && ctx.access.seesSharingDetails) shared = a
    all = []
    for (const e of a.entries) {
      if (e.kind !== 'mediaItem') continue
      const it = ctx.core.store.items.get(e.id)
      if (!it || (ctx.access.appCreatedDataOnly && !it.appCreated)) continue
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
  const out: SearchMediaItemsResponse = {}
  if (p.items.length)
    out.mediaItems = p.items.map((i) => mediaItemJson(ctx, i, { albumId, contributor: shared ? added.get(i.id) : undefined }))
  if (p.next !== undefined) out.nextPageToken = makePageToken('mediaItems.search', ctx.user, params, p.next)
  return out
}

