// mediaItems.*: batchCreate (with the outcome check after a lost connection), batchGet, get, list, patch, search.
import type { ApiContext, CallOptions } from './context'
import { OutcomeUnknownError, isApiError, isOutcomeUnknownError } from './errors'
import { seg } from './http'
import { collectPages, chunk, walkPages } from './paging'
import { BATCH_LIMIT, MEDIA_PAGE_SIZE } from './quota'
import { retryDelayMs } from './retry'
import type {
  AlbumPosition,
  BatchCreateMediaItemsRequest,
  BatchCreateMediaItemsResponse,
  BatchGetMediaItemsResponse,
  ListMediaItemsResponse,
  MediaItem,
  MediaItemResult,
  NewMediaItem,
  NewMediaItemResult,
  SearchMediaItemsRequest,
  SearchMediaItemsResponse,
} from './types'

/** A page with `mediaItems` always present (Google omits the key on empty pages, and pages may be sparse). */
export interface MediaItemsPage {
  mediaItems: MediaItem[]
  nextPageToken?: string
}

export interface BatchCreateOptions extends CallOptions {
  /**
   * The file name each new item will carry (same order as `newMediaItems`), used only to find out whether a
   * batch whose connection dropped was created. `simpleMediaItem.fileName` is used when present.
   */
  fileNames?: readonly (string | undefined)[]
  /** Called after each chunk of ≤50 with that chunk's results. */
  onChunk?: (results: NewMediaItemResult[], done: number, total: number) => void
  /** Library-wide outcome checks read at most this many items (default 5000, i.e. 50 list requests). */
  verifyMaxItems?: number
}

/** google.rpc.Code UNKNOWN: used for results whose creation could not be confirmed nor ruled out. */
export const OUTCOME_UNKNOWN_CODE = 2
/** `@type` of the detail attached to such results; `candidateIds` are items that may be this one. */
export const OUTCOME_UNKNOWN_DETAIL = 'shoebox.OutcomeUnknown'

const SUCCESS_CODE = 0

/** A batchCreate result is a success when its status code is 0/absent (Google sends `{"message":"Success"}` or "OK"). */
export function isCreated(result: NewMediaItemResult): result is NewMediaItemResult & { mediaItem: MediaItem } {
  return !!result.mediaItem && (result.status?.code ?? SUCCESS_CODE) === SUCCESS_CODE
}

export function isOutcomeUnknownResult(result: NewMediaItemResult): boolean {
  return result.status?.code === OUTCOME_UNKNOWN_CODE && !!result.status.details?.some((d) => d['@type'] === OUTCOME_UNKNOWN_DETAIL)
}

interface Entry {
  item: NewMediaItem
  fileName: string | undefined
}

export function createMediaItemsApi(ctx: ApiContext) {
  const { http, baseUrl } = ctx
  const root = `${baseUrl}/v1/mediaItems`

  async function list(params: { pageSize?: number; pageToken?: string } = {}, options: CallOptions = {}): Promise<MediaItemsPage> {
    const res = await http.json<ListMediaItemsResponse>({
      operation: 'mediaItems.list',
      method: 'GET',
      url: root,
      query: { pageSize: params.pageSize, pageToken: params.pageToken },
      mode: 'safe',
      signal: options.signal,
    })
    return { mediaItems: (res.mediaItems ?? []).filter(Boolean), nextPageToken: res.nextPageToken || undefined }
  }

  async function search(request: SearchMediaItemsRequest = {}, options: CallOptions = {}): Promise<MediaItemsPage> {
    const res = await http.json<SearchMediaItemsResponse>({
      operation: 'mediaItems.search',
      method: 'POST',
      url: `${root}:search`,
      json: request,
      // A search is a read even though it is a POST.
      mode: 'safe',
      signal: options.signal,
    })
    return { mediaItems: (res.mediaItems ?? []).filter(Boolean), nextPageToken: res.nextPageToken || undefined }
  }

  function searchAll(request: Omit<SearchMediaItemsRequest, 'pageSize' | 'pageToken'> = {}, options: CallOptions & { maxItems?: number } = {}): Promise<MediaItem[]> {
    const maxPages = options.maxItems === undefined ? undefined : Math.max(1, Math.ceil(options.maxItems / MEDIA_PAGE_SIZE))
    return collectPages(
      walkPages(async (pageToken) => {
        const page = await search({ ...request, pageSize: MEDIA_PAGE_SIZE, pageToken }, options)
        return { items: page.mediaItems, nextPageToken: page.nextPageToken }
      }, maxPages),
    )
  }

  function listAll(options: CallOptions & { maxItems?: number } = {}): Promise<MediaItem[]> {
    const maxPages = options.maxItems === undefined ? undefined : Math.max(1, Math.ceil(options.maxItems / MEDIA_PAGE_SIZE))
    return collectPages(
      walkPages(async (pageToken) => {
        const page = await list({ pageSize: MEDIA_PAGE_SIZE, pageToken }, options)
        return { items: page.mediaItems, nextPageToken: page.nextPageToken }
      }, maxPages),
    )
  }

  /** One batchCreate request of ≤50 items. 429 (refused by the quota system, nothing created) waits and retries. */
  async function createOnce(request: BatchCreateMediaItemsRequest, options: CallOptions): Promise<NewMediaItemResult[]> {
    const policy = http.config.retry
    for (let retry = 0; ; retry++) {
      try {
        const res = await ctx.serializeCreate(() =>
          http.json<BatchCreateMediaItemsResponse>({
            operation: 'mediaItems.batchCreate',
            method: 'POST',
            url: `${root}:batchCreate`,
            json: request,
            mode: 'write',
            signal: options.signal,
          }),
        )
        return res.newMediaItemResults ?? []
      } catch (e) {
        // A 5xx on a write is as ambiguous as a dropped connection: the server may have done part of the work.
        if (isApiError(e) && e.httpStatus >= 500) throw new OutcomeUnknownError('mediaItems.batchCreate', e)
        const canWait = isApiError(e, 429) && e.quota !== 'daily' && retry + 1 < policy.maxAttempts && (e.retryAfterMs ?? 0) <= policy.maxRetryAfterMs
        if (!canWait) throw e
        const delayMs = retryDelayMs(retry, e, policy)
        http.config.onRetry?.({ operation: 'mediaItems.batchCreate', retry: retry + 1, delayMs, error: e })
        await http.wait(delayMs, 'mediaItems.batchCreate', options.signal)
      }
    }
  }

  /**
   * After a batchCreate whose outcome is unknown, decide per entry: created (with its item), absent (safe to send
   * again) or unknown (never re-sent automatically).
   *
   * - In an album, new items sit as one block at the requested position (the end by default) in request order, and
   *   album search returns album order. So the entries' file names are matched, in order, against the items at that
   *   spot: a match is the created item; an entry with no match there was not created.
   * - In the library (no album) list order is undocumented, so only file names can be compared: an entry whose
   *   name appears nowhere was not created; one whose name exists may be an older item, so it stays unknown.
   */
  async function reconcile(
    entries: Entry[],
    request: BatchCreateMediaItemsRequest,
    options: BatchCreateOptions,
  ): Promise<{ created: Map<number, MediaItem>; absent: number[]; unknown: Map<number, MediaItem[]> }> {
    const created = new Map<number, MediaItem>()
    const absent: number[] = []
    const unknown = new Map<number, MediaItem[]>()
    const position = request.albumPosition?.position
    if (request.albumId && position !== 'AFTER_ENRICHMENT_ITEM') {
      const items = await searchAll({ albumId: request.albumId }, { signal: options.signal })
      const n = entries.length
      if (!position || position === 'POSITION_TYPE_UNSPECIFIED' || position === 'LAST_IN_ALBUM') {
        // Match backwards from the album's end; failed entries leave gaps in the block, never reorder it.
        let j = items.length - 1
        for (let i = n - 1; i >= 0; i--) {
          const it = items[j]
          if (j >= 0 && it && it.filename !== undefined && it.filename === entries[i]!.fileName) {
            created.set(i, it)
            j--
          } else absent.push(i)
        }
      } else {
        const start = position === 'AFTER_MEDIA_ITEM' ? items.findIndex((it) => it.id === request.albumPosition?.relativeMediaItemId) + 1 : 0
        if (start === 0 && position === 'AFTER_MEDIA_ITEM') {
          // The anchor is gone: there is no spot to look at, so nothing can be confirmed or ruled out.
          entries.forEach((entry, i) => unknown.set(i, items.filter((it) => it.filename === entry.fileName)))
          return { created, absent, unknown }
        }
        let j = start
        for (let i = 0; i < n; i++) {
          const it = items[j]
          if (it && it.filename !== undefined && it.filename === entries[i]!.fileName) {
            created.set(i, it)
            j++
          } else absent.push(i)
        }
      }
      // An entry without a known file name cannot be matched: unknown rather than "absent".
      for (let k = absent.length - 1; k >= 0; k--) {
        const i = absent[k]!
        if (entries[i]!.fileName === undefined) {
          absent.splice(k, 1)
          unknown.set(i, [])
        }
      }
      absent.sort((a, b) => a - b)
      return { created, absent, unknown }
    }
    const items = request.albumId
      ? await searchAll({ albumId: request.albumId }, { signal: options.signal })
      : await listAll({ signal: options.signal, maxItems: options.verifyMaxItems ?? 5000 })
    const byName = new Map<string, MediaItem[]>()
    for (const it of items) if (it.filename !== undefined) byName.set(it.filename, [...(byName.get(it.filename) ?? []), it])
    entries.forEach((entry, i) => {
      const candidates = entry.fileName === undefined ? undefined : byName.get(entry.fileName)
      if (entry.fileName !== undefined && !candidates) absent.push(i)
      else unknown.set(i, candidates ?? [])
    })
    return { created, absent, unknown }
  }

  /** One chunk of ≤50, with the outcome check and at most `rounds` re-sends of entries shown to be absent. */
  async function createChunk(entries: Entry[], request: Omit<BatchCreateMediaItemsRequest, 'newMediaItems'>, options: BatchCreateOptions, rounds = 2): Promise<NewMediaItemResult[]> {
    const full: BatchCreateMediaItemsRequest = { ...request, newMediaItems: entries.map((e) => e.item) }
    try {
      return await createOnce(full, options)
    } catch (e) {
      if (!isOutcomeUnknownError(e)) throw e
      const { created, absent, unknown } = await reconcile(entries, full, options)
      const results: NewMediaItemResult[] = entries.map((entry, i) => {
        const token = entry.item.simpleMediaItem?.uploadToken
        const item = created.get(i)
        if (item) return { uploadToken: token, status: { message: 'Success' }, mediaItem: item }
        const candidates = unknown.get(i) ?? []
        return {
          uploadToken: token,
          status: {
            code: OUTCOME_UNKNOWN_CODE,
            message: 'The connection was lost while creating this item and it could not be confirmed whether it was created.',
            details: [{ '@type': OUTCOME_UNKNOWN_DETAIL, candidateIds: candidates.map((c) => c.id).filter(Boolean) }],
          },
        }
      })
      if (absent.length > 0 && rounds > 0) {
        // Keep the block together: re-sent items go right after the last created item before them, if any.
        const lastCreatedBefore = [...created.entries()].filter(([i]) => i < absent[0]!).sort((a, b) => b[0] - a[0])[0]?.[1]
        const retryRequest = { ...request }
        if (request.albumId && request.albumPosition && lastCreatedBefore?.id) {
          retryRequest.albumPosition = { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: lastCreatedBefore.id }
        }
        try {
          const again = await createChunk(absent.map((i) => entries[i]!), retryRequest, options, rounds - 1)
          absent.forEach((i, k) => {
            if (again[k]) results[i] = again[k]!
          })
        } catch (retryError) {
          if (!isApiError(retryError)) throw retryError
          // The re-send was refused outright: those entries failed with that error (nothing was created).
          for (const i of absent) results[i] = { uploadToken: entries[i]!.item.simpleMediaItem?.uploadToken, status: { code: 13, message: retryError.message } }
        }
      } else {
        for (const i of absent) {
          results[i] = { uploadToken: entries[i]!.item.simpleMediaItem?.uploadToken, status: { code: 14, message: 'Not created: the connection was lost.' } }
        }
      }
      return results
    }
  }

  return {
    /**
     * `POST /v1/mediaItems:batchCreate` in chunks of ≤50, one call at a time (Google: never in parallel per user),
     * results in request order. Later chunks keep an explicit position by anchoring after the previous chunk's last
     * created item. A chunk whose connection drops (or that gets a 5xx) is never re-sent blindly: see `reconcile`.
     * 429 per-minute is waited out (it means nothing was created); the daily quota error is thrown.
     */
    async batchCreate(request: BatchCreateMediaItemsRequest, options: BatchCreateOptions = {}): Promise<{ newMediaItemResults: NewMediaItemResult[] }> {
      const all = request.newMediaItems ?? []
      const entries: Entry[] = all.map((item, i) => ({ item, fileName: item.simpleMediaItem?.fileName ?? options.fileNames?.[i] }))
      const results: NewMediaItemResult[] = []
      let position: AlbumPosition | undefined = request.albumPosition
      for (const part of chunk(entries, BATCH_LIMIT)) {
        const chunkResults = await createChunk(part, { albumId: request.albumId, albumPosition: position }, options)
        results.push(...chunkResults)
        options.onChunk?.(chunkResults, results.length, entries.length)
        const lastCreated = [...chunkResults].reverse().find(isCreated)
        if (request.albumId && position && position.position !== 'LAST_IN_ALBUM' && lastCreated?.mediaItem.id) {
          position = { position: 'AFTER_MEDIA_ITEM', relativeMediaItemId: lastCreated.mediaItem.id }
        }
      }
      return { newMediaItemResults: results }
    },

    /**
     * `GET /v1/mediaItems:batchGet` in chunks of 50. Returns one result per requested id, in the order given
     * (repeats are requested once and answered for each occurrence).
     */
    async batchGet(mediaItemIds: readonly string[], options: CallOptions = {}): Promise<MediaItemResult[]> {
      const unique = [...new Set(mediaItemIds)]
      const byId = new Map<string, MediaItemResult>()
      for (const part of chunk(unique, BATCH_LIMIT)) {
        const res = await http.json<BatchGetMediaItemsResponse>({
          operation: 'mediaItems.batchGet',
          method: 'GET',
          url: `${root}:batchGet`,
          query: { mediaItemIds: part },
          mode: 'safe',
          signal: options.signal,
        })
        const results = res.mediaItemResults ?? []
        part.forEach((id, i) => {
          // Results come in request order; match by id where present in case a server reorders.
          const r = results.find((x) => x.mediaItem?.id === id) ?? results[i]
          byId.set(id, r ?? { status: { code: 5, message: 'Missing from the batchGet response.' } })
        })
      }
      return mediaItemIds.map((id) => byId.get(id)!)
    },

    /** `GET /v1/mediaItems/{id}`: also the way to get a fresh baseUrl. */
    get(mediaItemId: string, options: CallOptions = {}): Promise<MediaItem> {
      return http.json<MediaItem>({ operation: 'mediaItems.get', method: 'GET', url: `${root}/${seg(mediaItemId)}`, mode: 'safe', signal: options.signal })
    },

    /** `GET /v1/mediaItems` — one page (max pageSize 100). */
    list,
    /** The whole library, pages of 100. */
    listAll,

    /** `PATCH /v1/mediaItems/{id}?updateMask=description`. */
    patch(mediaItemId: string, patch: { description: string }, options: CallOptions = {}): Promise<MediaItem> {
      return http.json<MediaItem>({
        operation: 'mediaItems.patch',
        method: 'PATCH',
        url: `${root}/${seg(mediaItemId)}`,
        query: { updateMask: 'description' },
        json: { id: mediaItemId, description: patch.description },
        mode: 'write',
        signal: options.signal,
      })
    },

    /** `POST /v1/mediaItems:search` — one page. */
    search,
    /** Every result, pages of 100. */
    searchAll,
  }
}

export type MediaItemsApi = ReturnType<typeof createMediaItemsApi>
