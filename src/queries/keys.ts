// Every query and mutation key of the app, in one module: each resource module (and the enrichments feature's
// local records) builds its keys here, so modules that touch each other's cache import keys, not each other.
import type { SearchMediaItemsRequest } from '../api'

export const albumKeys = {
  all: ['albums'] as const,
  lists: () => [...albumKeys.all, 'list'] as const,
  details: () => [...albumKeys.all, 'detail'] as const,
  detail: (albumId: string) => [...albumKeys.details(), albumId] as const,
  /** Album contents (mediaItems.search by albumId); separate from detail so a title edit doesn't refetch them. */
  items: (albumId: string) => [...albumKeys.all, 'items', albumId] as const,
}

export const sharedAlbumKeys = {
  all: ['sharedAlbums'] as const,
  lists: () => [...sharedAlbumKeys.all, 'list'] as const,
  details: () => [...sharedAlbumKeys.all, 'detail'] as const,
  detail: (shareToken: string) => [...sharedAlbumKeys.details(), shareToken] as const,
}

export const mediaItemKeys = {
  all: ['mediaItems'] as const,
  lists: () => [...mediaItemKeys.all, 'list'] as const,
  library: () => [...mediaItemKeys.lists(), 'library'] as const,
  details: () => [...mediaItemKeys.all, 'detail'] as const,
  detail: (id: string) => [...mediaItemKeys.details(), id] as const,
}

/** Equal requests (by value) share one cache entry. */
export const searchKeys = {
  all: ['search'] as const,
  results: (request: SearchMediaItemsRequest) => [...searchKeys.all, 'request', request] as const,
}

/** The album stories' enrichments as recorded on this device (IndexedDB), per album. */
export const localEnrichmentKeys = {
  all: ['localEnrichments'] as const,
  album: (albumId: string) => [...localEnrichmentKeys.all, albumId] as const,
}

export const mutationKeys = {
  albums: {
    create: [...albumKeys.all, 'create'] as const,
    patch: [...albumKeys.all, 'patch'] as const,
    addItems: [...albumKeys.all, 'batchAddMediaItems'] as const,
    removeItems: [...albumKeys.all, 'batchRemoveMediaItems'] as const,
    share: [...albumKeys.all, 'share'] as const,
    unshare: [...albumKeys.all, 'unshare'] as const,
  },
  sharedAlbums: {
    join: [...sharedAlbumKeys.all, 'join'] as const,
    leave: [...sharedAlbumKeys.all, 'leave'] as const,
  },
  mediaItems: {
    patch: [...mediaItemKeys.all, 'patch'] as const,
  },
  uploads: {
    files: ['uploads', 'files'] as const,
  },
  enrichments: {
    save: (albumId: string) => ['enrichments', 'save', albumId] as const,
  },
}
