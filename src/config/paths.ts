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

/** The start page's query parameter naming where to go once a mode is chosen (a link opened before that). */
const NEXT_PARAM = 'next'

export const paths = {
  /** The start page; `next` is the in-app path to open after the welcome's choice. */
  start: (next?: string) => (next ? `/?${NEXT_PARAM}=${enc(next)}` : '/'),
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

/**
 * Where the welcome sends the user after the choice: the page they opened before choosing (a link, photos shared
 * to the app), or the library. Only a path inside the app is taken, never another site (`//host`, `https:`).
 */
export function pathAfterWelcome(search: string): string {
  const next = new URLSearchParams(search).get(NEXT_PARAM) ?? ''
  return /^\/(?![/\\])/.test(next) ? next : paths.library()
}

/** The emulator's prefix when it runs inside the app's service worker (demo mode). */
export const EMULATOR_PREFIX = '__emulator'
