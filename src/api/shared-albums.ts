// sharedAlbums.*: get, join, leave, list. All answer 403 PERMISSION_DENIED under Google's 2025 rules.
import type { ApiContext, CallOptions } from './context'
import { seg } from './http'
import { collectPages, walkPages } from './paging'
import { ALBUM_PAGE_SIZE } from './quota'
import type { Album, JoinSharedAlbumResponse, ListSharedAlbumsResponse } from './types'

export interface ListSharedAlbumsParams {
  pageSize?: number
  pageToken?: string
  excludeNonAppCreatedData?: boolean
}

export interface SharedAlbumsPage {
  sharedAlbums: Album[]
  nextPageToken?: string
}

export function createSharedAlbumsApi({ http, baseUrl }: ApiContext) {
  const root = `${baseUrl}/v1/sharedAlbums`

  async function list(params: ListSharedAlbumsParams = {}, options: CallOptions = {}): Promise<SharedAlbumsPage> {
    const res = await http.json<ListSharedAlbumsResponse>({
      operation: 'sharedAlbums.list',
      method: 'GET',
      url: root,
      query: { pageSize: params.pageSize, pageToken: params.pageToken, excludeNonAppCreatedData: params.excludeNonAppCreatedData },
      mode: 'safe',
      signal: options.signal,
    })
    return { sharedAlbums: (res.sharedAlbums ?? []).filter(Boolean), nextPageToken: res.nextPageToken || undefined }
  }

  return {
    /** `GET /v1/sharedAlbums/{shareToken}`. */
    get(shareToken: string, options: CallOptions = {}): Promise<Album> {
      return http.json<Album>({ operation: 'sharedAlbums.get', method: 'GET', url: `${root}/${seg(shareToken)}`, mode: 'safe', signal: options.signal })
    },

    /** `POST /v1/sharedAlbums:join` → the joined album. */
    async join(shareToken: string, options: CallOptions = {}): Promise<Album> {
      const res = await http.json<JoinSharedAlbumResponse>({ operation: 'sharedAlbums.join', method: 'POST', url: `${root}:join`, json: { shareToken }, mode: 'write', signal: options.signal })
      return res.album ?? {}
    },

    /** `POST /v1/sharedAlbums:leave` (the owner cannot leave). */
    async leave(shareToken: string, options: CallOptions = {}): Promise<void> {
      await http.json({ operation: 'sharedAlbums.leave', method: 'POST', url: `${root}:leave`, json: { shareToken }, mode: 'write', signal: options.signal })
    },

    /** `GET /v1/sharedAlbums` — one page (max 50). */
    list,

    /** Every shared album, pages of 50. */
    listAll(params: Omit<ListSharedAlbumsParams, 'pageSize' | 'pageToken'> = {}, options: CallOptions = {}): Promise<Album[]> {
      return collectPages(
        walkPages(async (pageToken) => {
          const page = await list({ ...params, pageSize: ALBUM_PAGE_SIZE, pageToken }, options)
          return { items: page.sharedAlbums, nextPageToken: page.nextPageToken }
        }),
      )
    },
  }
}

export type SharedAlbumsApi = ReturnType<typeof createSharedAlbumsApi>
