// Who may do what with a shared album, from what the API tells about it.
import type { Album } from '../../api/types'

/** Sharing is for albums the user owns and created with this app (isWriteable says so for an owner). */
export function canShare(album: Album | undefined): boolean {
  return !!album?.isWriteable && (!album.shareInfo || !!album.shareInfo.isOwned)
}

/** Leaving is for people who joined; the owner never leaves (the API refuses, and the UI does not offer it). */
export function canLeave(album: Album | undefined): boolean {
  const info = album?.shareInfo
  return !!info?.shareToken && !!info.isJoined && !info.isOwned
}

/** Collaborators who joined may add their own photos. */
export function canContribute(album: Album | undefined): boolean {
  const info = album?.shareInfo
  return !!info?.isJoined && !info.isOwned && !!info.sharedAlbumOptions?.isCollaborative && album?.isWriteable !== false
}
