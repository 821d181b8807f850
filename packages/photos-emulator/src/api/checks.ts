// What every Library method shares: the API's limits, what a user may see, finding albums and items by id, and
// the checks several methods make (id lists, update masks, album positions, who may write to an album).
import type { Album, AlbumPosition } from '../api-types.gen'
import { ADD_ANYWHERE_SCOPES, insufficientLibraryScopes } from '../auth'
import type { Ctx } from '../context'
import { ApiError, invalid, messages } from '../errors'
import { makePageToken, page, pageSizeOf, readPageToken } from '../paging'
import { albumAcceptsItemsFrom, albumJson, scopesAllowAddingTo } from '../render'
import type { AlbumRecord, ItemRecord } from '../state'
import { ALBUM_ID_LENGTH, MEDIA_ID_LENGTH, isWellFormedId } from '../util'
import { boolParam, checkQuery, intParam, queryParam } from '../validate'

export const UPLOAD_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000
export const BATCH_LIMIT = 50
export const ALBUM_LIMIT = 20_000
export const TITLE_LIMIT = 500
export const DESCRIPTION_LIMIT = 1000
export const FILENAME_LIMIT = 255

export const len = (s: string): number => [...s].length
export const notFound = (): ApiError => new ApiError('NOT_FOUND', messages.notFound)
const is2025 = (ctx: Ctx): boolean => ctx.core.config.profile === '2025'

function canSeeAlbum(ctx: Ctx, a: AlbumRecord): boolean {
  if (is2025(ctx)) return a.owner === ctx.user && a.appCreated
  if (ctx.access.appCreatedDataOnly && !a.appCreated) return false
  return a.owner === ctx.user || (!!a.share && a.share.members.includes(ctx.user))
}

export function canSeeItem(ctx: Ctx, item: ItemRecord): boolean {
  if (is2025(ctx)) return item.owner === ctx.user && item.appCreated
  if (ctx.access.appCreatedDataOnly && !item.appCreated) return false
  if (item.owner === ctx.user) return true
  for (const id of ctx.core.store.albumsOf(item.id) ?? []) {
    const a = ctx.core.store.albums.get(id)
    if (a && canSeeAlbum(ctx, a)) return true
  }
  return false
}

export function findAlbum(ctx: Ctx, id: string): AlbumRecord {
  if (!isWellFormedId(id, ALBUM_ID_LENGTH)) throw invalid(messages.invalidAlbumId)
  const a = ctx.core.store.albums.get(id)
  if (!a || !canSeeAlbum(ctx, a)) throw notFound()
  return a
}

export function findItem(ctx: Ctx, id: string): ItemRecord {
  if (!isWellFormedId(id, MEDIA_ID_LENGTH)) throw invalid(messages.invalidMediaItemId)
  const it = ctx.core.store.items.get(id)
  if (!it || !canSeeItem(ctx, it)) throw notFound()
  return it
}

export function checkIdList(ids: string[] | undefined, what: string, noRepeats: boolean): string[] {
  const list = ids ?? []
  if (!list.length) throw invalid(`${what} must not be empty.`)
  if (list.length > BATCH_LIMIT) throw invalid(`Request must have at most ${BATCH_LIMIT} media item ids.`)
  if (noRepeats && new Set(list).size !== list.length) throw invalid(`${what} must not contain repeated identifiers.`)
  return list
}

/**
 * The fields an `updateMask` names. `spellings` maps each field to the paths that name it, the API's own
 * (snake_case, as the discovery document and gRPC clients write it) first: the error lists those.
 */
export function checkUpdateMask<Field extends string>(ctx: Ctx, spellings: Record<Field, readonly string[]>): Set<Field> {
  const raw = queryParam(ctx.url, 'updateMask')
  if (!raw || !raw.trim()) throw invalid('updateMask is required.')
  const fields = Object.keys(spellings) as Field[]
  const out = new Set<Field>()
  for (const path of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const field = fields.find((f) => spellings[f].includes(path))
    if (!field) throw invalid(`Invalid update mask path: "${path}". Valid values are: ${fields.map((f) => spellings[f][0]).join(', ')}.`)
    out.add(field)
  }
  return out
}

export function requireOwnedAppAlbum(ctx: Ctx, a: AlbumRecord, what: string): void {
  if (a.owner !== ctx.user || !a.appCreated)
    throw new ApiError('PERMISSION_DENIED', `No permission to ${what} this album: it must be created by this app and owned by the user.`)
}

/** Index in album.entries for an AlbumPosition (validated). */
export function positionIndex(a: AlbumRecord, pos: AlbumPosition): number {
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

/**
 * Refuses adding to `album` (or to the library alone, without one) when the token's scopes do not reach it: in
 * legacy, photoslibrary.sharing alone adds only to shared albums. Google's answer is unconfirmed; the emulator
 * gives the insufficient-scopes 403, since the same request passes with appendonly.
 */
export function requireScopesAllowAdding(ctx: Ctx, album: AlbumRecord | undefined, method: string): void {
  if (album ? scopesAllowAddingTo(ctx, album) : ctx.access.adds === 'anywhere') return
  throw insufficientLibraryScopes(method, ADD_ANYWHERE_SCOPES)
}

/** The album takes new media items from this caller: its permissions (400, as Google), then the scopes (403). */
export function requireWriteable(ctx: Ctx, a: AlbumRecord, method: string): void {
  if (!albumAcceptsItemsFrom(a, ctx.user)) throw invalid(messages.noPermissionToAdd)
  requireScopesAllowAdding(ctx, a, method)
}

/** The user's library as list/search see it (cached sorted array filtered; O(N)). */
export function libraryView(ctx: Ctx, includeArchived: boolean, excludeNonApp: boolean): ItemRecord[] {
  const lib = ctx.core.store.library(ctx.user)
  // readonly.appcreateddata alone (or 2025) shows what excludeNonAppCreatedData would, whatever the request says.
  const app = excludeNonApp || ctx.access.appCreatedDataOnly
  if (includeArchived && !app) return lib
  return lib.filter((i) => (includeArchived || !i.archived) && (!app || i.appCreated))
}

/** albums.list and sharedAlbums.list: the visible albums passing `filter`, newest first, one page of them. */
export function listVisibleAlbums(ctx: Ctx, method: string, filter: (a: AlbumRecord) => boolean): { albums: Album[]; nextPageToken?: string } {
  checkQuery(ctx.url, ['pageSize', 'pageToken', 'excludeNonAppCreatedData'])
  const size = pageSizeOf(intParam(ctx.url, 'pageSize'), 20, 50)
  const exclude = boolParam(ctx.url, 'excludeNonAppCreatedData')
  const params = { exclude }
  const offset = readPageToken(queryParam(ctx.url, 'pageToken') ?? undefined, method, ctx.user, params)
  const all = [...ctx.core.store.albums.values()]
    .filter((a) => canSeeAlbum(ctx, a) && filter(a) && (!exclude || a.appCreated))
    .sort((a, b) => b.seq - a.seq)
  const p = page(all, offset, size)
  const albums = p.items.map((a) => albumJson(ctx, a))
  return p.next === undefined ? { albums } : { albums, nextPageToken: makePageToken(method, ctx.user, params, p.next) }
}
