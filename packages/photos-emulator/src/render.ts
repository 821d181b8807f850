// JSON views of albums and media items as Google serializes them (defaults omitted, int64 as strings).
import type { Album, MediaItem, MediaMetadata, ShareInfo } from './api-types.gen'
import type { Ctx } from './context'
import { mediaUrl } from './media'
import type { AlbumRecord, ItemRecord } from './state'
import { displayNameOf, rfc3339 } from './util'

function videoStatus(ctx: Ctx, item: ItemRecord): 'PROCESSING' | 'READY' {
  return item.videoReadyAt !== undefined && ctx.core.now() < item.videoReadyAt ? 'PROCESSING' : 'READY'
}

export function mediaItemJson(
  ctx: Ctx,
  item: ItemRecord,
  opts: { withBaseUrl?: boolean; albumId?: string; contributor?: string } = {},
): MediaItem {
  const out: MediaItem = { id: item.id }
  if (item.description) out.description = item.description
  out.productUrl = opts.albumId
    ? `https://photos.google.com/lr/album/${opts.albumId}/photo/${item.id}`
    : `https://photos.google.com/lr/photo/${item.id}`
  if (opts.withBaseUrl !== false) out.baseUrl = mediaUrl(ctx, 'i', item.id)
  out.mimeType = item.mimeType
  const md: MediaMetadata = { creationTime: rfc3339(item.creationTime) }
  if (item.width) md.width = String(item.width)
  if (item.height) md.height = String(item.height)
  if (item.video) {
    const v: NonNullable<MediaMetadata['video']> = {}
    if (item.video.cameraMake) v.cameraMake = item.video.cameraMake
    if (item.video.cameraModel) v.cameraModel = item.video.cameraModel
    if (item.video.fps) v.fps = item.video.fps
    v.status = videoStatus(ctx, item)
    md.video = v
  } else {
    md.photo = { ...(item.photo ?? {}) }
  }
  out.mediaMetadata = md
  if (opts.contributor) out.contributorInfo = { profilePictureBaseUrl: mediaUrl(ctx, 'a', opts.contributor), displayName: displayNameOf(opts.contributor) }
  if (item.filename) out.filename = item.filename
  return out
}

export function shareInfoJson(a: AlbumRecord, viewer: string): ShareInfo | undefined {
  if (!a.share) return undefined
  const opts: NonNullable<ShareInfo['sharedAlbumOptions']> = {}
  if (a.share.isCollaborative) opts.isCollaborative = true
  if (a.share.isCommentable) opts.isCommentable = true
  const info: ShareInfo = { sharedAlbumOptions: opts, shareableUrl: a.share.shareableUrl, shareToken: a.share.token }
  const owned = a.owner === viewer
  if (owned || a.share.members.includes(viewer)) info.isJoined = true
  if (owned) info.isOwned = true
  info.isJoinable = true
  return info
}

/** The album's own permissions: app-created, and the viewer owns it or joined it as a collaborator. */
export function albumAcceptsItemsFrom(a: AlbumRecord, viewer: string): boolean {
  if (!a.appCreated) return false
  if (a.owner === viewer) return true
  return !!a.share && a.share.isCollaborative && a.share.members.includes(viewer)
}

/** Whether the token's scopes let it add to this album (auth.ts `Access.adds`). */
export function scopesAllowAddingTo(ctx: Ctx, a: AlbumRecord): boolean {
  const { adds } = ctx.access
  return adds === 'anywhere' || (adds === 'sharedAlbumsOnly' && !!a.share)
}

/** "True if you can create media items in this album": the album's permissions and the scopes granted (contract §3). */
function isWriteable(ctx: Ctx, a: AlbumRecord): boolean {
  return ctx.access.createsItems && albumAcceptsItemsFrom(a, ctx.user) && scopesAllowAddingTo(ctx, a)
}

function coverOf(a: AlbumRecord): string | undefined {
  if (a.coverId && a.entries.some((e) => e.kind === 'mediaItem' && e.id === a.coverId)) return a.coverId
  return a.entries.find((e) => e.kind === 'mediaItem')?.id
}

export function albumJson(ctx: Ctx, a: AlbumRecord): Album {
  const out: Album = { id: a.id, title: a.title, productUrl: `https://photos.google.com/lr/album/${a.id}` }
  const count = a.entries.reduce((n, e) => (e.kind === 'mediaItem' ? n + 1 : n), 0)
  if (count) out.mediaItemsCount = String(count)
  const cover = coverOf(a)
  if (cover) {
    out.coverPhotoBaseUrl = mediaUrl(ctx, 'i', cover)
    out.coverPhotoMediaItemId = cover
  }
  if (isWriteable(ctx, a)) out.isWriteable = true
  // Only on albums the app created and shared, and only with the sharing scope (contract §3 Album, §11).
  if (ctx.access.seesSharingDetails && a.appCreated) {
    const info = shareInfoJson(a, ctx.user)
    if (info) out.shareInfo = info
  }
  return out
}
