// sharedAlbums.*: get, join, leave, list.
import type { Album, JoinSharedAlbumRequest, JoinSharedAlbumResponse, LeaveSharedAlbumRequest, LeaveSharedAlbumResponse, ListSharedAlbumsResponse } from '../api-types.gen'
import type { Ctx } from '../context'
import { ApiError, invalid } from '../errors'
import { albumJson } from '../render'
import type { AlbumRecord } from '../state'
import { checkQuery, readBody } from '../validate'
import { listVisibleAlbums, notFound } from './checks'

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

export async function sharedAlbumsJoin(ctx: Ctx): Promise<JoinSharedAlbumResponse> {
  const body = await readBody<JoinSharedAlbumRequest>(ctx.request, 'JoinSharedAlbumRequest')
  const a = byToken(ctx, body.shareToken)
  const share = a.share
  if (share && a.owner !== ctx.user && !share.members.includes(ctx.user)) {
    share.members.push(ctx.user)
    ctx.core.store.touch('album', a.id)
  }
  return { album: albumJson(ctx, a) }
}

export async function sharedAlbumsLeave(ctx: Ctx): Promise<LeaveSharedAlbumResponse> {
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

export function sharedAlbumsList(ctx: Ctx): ListSharedAlbumsResponse {
  const { albums, nextPageToken } = listVisibleAlbums(ctx, 'sharedAlbums.list', (a) => !!a.share)
  return { ...(albums.length ? { sharedAlbums: albums } : {}), ...(nextPageToken ? { nextPageToken } : {}) }
}
