// albums.*: create, get, list, patch, addEnrichment, batchAddMediaItems, batchRemoveMediaItems, share, unshare.
import type {
  AddEnrichmentToAlbumRequest,
  AddEnrichmentToAlbumResponse,
  Album,
  BatchAddMediaItemsToAlbumRequest,
  BatchAddMediaItemsToAlbumResponse,
  BatchRemoveMediaItemsFromAlbumRequest,
  BatchRemoveMediaItemsFromAlbumResponse,
  CreateAlbumRequest,
  LatLng,
  ListAlbumsResponse,
  Location,
  ShareAlbumRequest,
  ShareAlbumResponse,
  UnshareAlbumResponse,
} from '../api-types.gen'
import type { Ctx } from '../context'
import { invalid, messages } from '../errors'
import { albumJson, shareInfoJson } from '../render'
import { shareTokenFor, shareableUrlFor } from '../seed'
import type { AlbumRecord } from '../state'
import type { SequenceEntry } from '../types'
import { ALBUM_ID_LENGTH, ENRICHMENT_ID_LENGTH, MEDIA_ID_LENGTH, isWellFormedId, makeId } from '../util'
import { checkQuery, readBody } from '../validate'
import {
  ALBUM_LIMIT,
  TITLE_LIMIT,
  checkIdList,
  checkUpdateMask,
  findAlbum,
  len,
  listVisibleAlbums,
  positionIndex,
  requireOwnedAppAlbum,
  requireScopesAllowAdding,
  requireWriteable,
} from './checks'

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

export function albumsList(ctx: Ctx): ListAlbumsResponse {
  const { albums, nextPageToken } = listVisibleAlbums(ctx, 'albums.list', () => true)
  return { ...(albums.length ? { albums } : {}), ...(nextPageToken ? { nextPageToken } : {}) }
}

export async function albumsPatch(ctx: Ctx, id: string): Promise<Album> {
  checkQuery(ctx.url, ['updateMask'])
  // Both spellings are accepted (contract §4.4); the discovery document's field path comes first.
  const mask = checkUpdateMask(ctx, { title: ['title'], cover: ['cover_photo_media_item_id', 'coverPhotoMediaItemId'] })
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

export async function albumsAddEnrichment(ctx: Ctx, id: string): Promise<AddEnrichmentToAlbumResponse> {
  const body = await readBody<AddEnrichmentToAlbumRequest>(ctx.request, 'AddEnrichmentToAlbumRequest')
  const a = findAlbum(ctx, id)
  if (a.owner !== ctx.user || !a.appCreated) throw invalid('No permission to add enrichments to this album.')
  // With .sharing alone, only for the owner of a shared album (contract §10).
  requireScopesAllowAdding(ctx, a, 'albums.addEnrichment')
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

export async function albumsBatchAdd(ctx: Ctx, id: string): Promise<BatchAddMediaItemsToAlbumResponse> {
  const body = await readBody<BatchAddMediaItemsToAlbumRequest>(ctx.request, 'BatchAddMediaItemsToAlbumRequest')
  const ids = checkIdList(body.mediaItemIds, 'mediaItemIds', false)
  const a = findAlbum(ctx, id)
  requireWriteable(ctx, a, 'albums.batchAddMediaItems')
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

export async function albumsBatchRemove(ctx: Ctx, id: string): Promise<BatchRemoveMediaItemsFromAlbumResponse> {
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

export async function albumsShare(ctx: Ctx, id: string): Promise<ShareAlbumResponse> {
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

export async function albumsUnshare(ctx: Ctx, id: string): Promise<UnshareAlbumResponse> {
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

