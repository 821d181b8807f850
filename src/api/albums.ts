// albums.*: create, get, list, patch, batch add/remove, enrichments, share/unshare.
import type { ApiContext, BatchOptions, CallOptions } from './context'
import { seg } from './http'
import { collectPages, chunk, walkPages } from './paging'
import { ALBUM_PAGE_SIZE, BATCH_LIMIT } from './quota'
import type {
  AddEnrichmentToAlbumRequest,
  AddEnrichmentToAlbumResponse,
  Album,
  ListAlbumsResponse,
  ShareAlbumResponse,
  SharedAlbumOptions,
} from './types'

export interface ListAlbumsParams {
  /** 1–50 (Google's default is 20). */
  pageSize?: number
  pageToken?: string
  excludeNonAppCreatedData?: boolean
}

/** A page with `albums` always present (Google omits the key on empty pages). */
export interface AlbumsPage {
  albums: Album[]
  nextPageToken?: string
}

export interface AlbumPatch {
  title?: string
  coverPhotoMediaItemId?: string
}

export function createAlbumsApi({ http, baseUrl }: ApiContext) {
  const root = `${baseUrl}/v1/albums`

  async function list(params: ListAlbumsParams = {}, options: CallOptions = {}): Promise<AlbumsPage> {
    const res = await http.json<ListAlbumsResponse>({
      operation: 'albums.list',
      method: 'GET',
      url: root,
      query: { pageSize: params.pageSize, pageToken: params.pageToken, excludeNonAppCreatedData: params.excludeNonAppCreatedData },
      mode: 'safe',
      signal: options.signal,
    })
    return { albums: (res.albums ?? []).filter(Boolean), nextPageToken: res.nextPageToken || undefined }
  }

  async function batch(
    operation: 'albums.batchAddMediaItems' | 'albums.batchRemoveMediaItems',
    action: 'batchAddMediaItems' | 'batchRemoveMediaItems',
    albumId: string,
    mediaItemIds: readonly string[],
    options: BatchOptions,
  ): Promise<void> {
    // batchRemove refuses repeats; for batchAdd a repeat is meaningless too.
    const ids = [...new Set(mediaItemIds)]
    let done = 0
    for (const part of chunk(ids, BATCH_LIMIT)) {
      await http.json({ operation, method: 'POST', url: `${root}/${seg(albumId)}:${action}`, json: { mediaItemIds: part }, mode: 'write', signal: options.signal })
      done += part.length
      options.onProgress?.(done, ids.length)
    }
  }

  return {
    /** `POST /v1/albums`. Only the title is read by the server. */
    create(album: { title: string }, options: CallOptions = {}): Promise<Album> {
      return http.json<Album>({ operation: 'albums.create', method: 'POST', url: root, json: { album: { title: album.title } }, mode: 'write', signal: options.signal })
    },

    /** `GET /v1/albums/{albumId}`. */
    get(albumId: string, options: CallOptions = {}): Promise<Album> {
      return http.json<Album>({ operation: 'albums.get', method: 'GET', url: `${root}/${seg(albumId)}`, mode: 'safe', signal: options.signal })
    },

    /** `GET /v1/albums` — one page. */
    list,

    /** Every album, walking pages of the maximum size (50). */
    listAll(params: Omit<ListAlbumsParams, 'pageSize' | 'pageToken'> = {}, options: CallOptions = {}): Promise<Album[]> {
      return collectPages(
        walkPages(async (pageToken) => {
          const page = await list({ ...params, pageSize: ALBUM_PAGE_SIZE, pageToken }, options)
          return { items: page.albums, nextPageToken: page.nextPageToken }
        }),
      )
    },

    /** `PATCH /v1/albums/{id}?updateMask=…` — the mask lists exactly the fields given. */
    patch(albumId: string, patch: AlbumPatch, options: CallOptions = {}): Promise<Album> {
      const mask: string[] = []
      const body: Album = { id: albumId }
      if (patch.title !== undefined) {
        mask.push('title')
        body.title = patch.title
      }
      if (patch.coverPhotoMediaItemId !== undefined) {
        mask.push('cover_photo_media_item_id')
        body.coverPhotoMediaItemId = patch.coverPhotoMediaItemId
      }
      if (mask.length === 0) throw new TypeError('albums.patch needs a title or a coverPhotoMediaItemId')
      return http.json<Album>({
        operation: 'albums.patch',
        method: 'PATCH',
        url: `${root}/${seg(albumId)}`,
        query: { updateMask: mask.join(',') },
        json: body,
        mode: 'write',
        signal: options.signal,
      })
    },

    /** `POST /v1/albums/{id}:batchAddMediaItems`, in chunks of 50, one after the other (keeps the order). */
    batchAddMediaItems(albumId: string, mediaItemIds: readonly string[], options: BatchOptions = {}): Promise<void> {
      return batch('albums.batchAddMediaItems', 'batchAddMediaItems', albumId, mediaItemIds, options)
    },

    /** `POST /v1/albums/{id}:batchRemoveMediaItems`, deduplicated, in chunks of 50. */
    batchRemoveMediaItems(albumId: string, mediaItemIds: readonly string[], options: BatchOptions = {}): Promise<void> {
      return batch('albums.batchRemoveMediaItems', 'batchRemoveMediaItems', albumId, mediaItemIds, options)
    },

    /** `POST /v1/albums/{id}:addEnrichment`. Both fields are required by the API. */
    addEnrichment(albumId: string, request: Required<AddEnrichmentToAlbumRequest>, options: CallOptions = {}): Promise<AddEnrichmentToAlbumResponse> {
      return http.json<AddEnrichmentToAlbumResponse>({
        operation: 'albums.addEnrichment',
        method: 'POST',
        url: `${root}/${seg(albumId)}:addEnrichment`,
        json: request,
        mode: 'write',
        signal: options.signal,
      })
    },

    /** `POST /v1/albums/{id}:share` (403 under Google's 2025 rules). */
    share(albumId: string, sharedAlbumOptions?: SharedAlbumOptions, options: CallOptions = {}): Promise<ShareAlbumResponse> {
      return http.json<ShareAlbumResponse>({
        operation: 'albums.share',
        method: 'POST',
        url: `${root}/${seg(albumId)}:share`,
        json: sharedAlbumOptions ? { sharedAlbumOptions } : {},
        mode: 'write',
        signal: options.signal,
      })
    },

    /** `POST /v1/albums/{id}:unshare` (403 under Google's 2025 rules). */
    async unshare(albumId: string, options: CallOptions = {}): Promise<void> {
      await http.json({ operation: 'albums.unshare', method: 'POST', url: `${root}/${seg(albumId)}:unshare`, json: {}, mode: 'write', signal: options.signal })
    },
  }
}

export type AlbumsApi = ReturnType<typeof createAlbumsApi>
