// Every route path of the app, in one table, so links and the router never disagree.
export const routePatterns = {
  start: '/',
  welcome: '/welcome',
  library: '/library',
  libraryItem: '/library/photo/:itemId',
  albums: '/albums',
  album: '/albums/:albumId',
  albumItem: '/albums/:albumId/photo/:itemId',
  sharing: '/sharing',
  sharedAlbum: '/sharing/albums/:albumId',
  sharedAlbumItem: '/sharing/albums/:albumId/photo/:itemId',
  search: '/search',
  searchItem: '/search/photo/:itemId',
  upload: '/upload',
  join: '/join/:shareToken',
} as const

const enc = encodeURIComponent

export const paths = {
  start: () => '/',
  welcome: () => '/welcome',
  library: () => '/library',
  libraryItem: (itemId: string) => `/library/photo/${enc(itemId)}`,
  albums: () => '/albums',
  album: (albumId: string) => `/albums/${enc(albumId)}`,
  albumItem: (albumId: string, itemId: string) => `/albums/${enc(albumId)}/photo/${enc(itemId)}`,
  sharing: () => '/sharing',
  sharedAlbum: (albumId: string) => `/sharing/albums/${enc(albumId)}`,
  sharedAlbumItem: (albumId: string, itemId: string) => `/sharing/albums/${enc(albumId)}/photo/${enc(itemId)}`,
  search: (query = '') => `/search${query}`,
  searchItem: (itemId: string, query = '') => `/search/photo/${enc(itemId)}${query}`,
  upload: () => '/upload',
  /** The upload page with an album chosen as the destination. */
  uploadTo: (albumId: string) => `/upload?album=${enc(albumId)}`,
  join: (shareToken: string) => `/join/${enc(shareToken)}`,
}

/** The emulator's prefix when it runs inside the app's service worker (demo mode). */
export const EMULATOR_PREFIX = '__emulator'
