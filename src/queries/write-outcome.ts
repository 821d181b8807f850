// Every write has a known outcome. When a write's answer is lost (the connection failed after the request went
// out, or a 5xx), the server may or may not have acted: before anything is said, the resource is read back and
// the write counts as done or not done by what the server now holds. Only when even that read fails is the
// outcome unknown (OutcomeUnknownError), and the UI says so instead of offering a blind retry.
import { isApiError, isOutcomeUnknownError, OutcomeUnknownError, type PhotosClient } from '../api'
import type { Album, MediaItem } from '../api'

/** The answer was lost after the request may have reached the server. */
export function isLostAnswer(e: unknown): boolean {
  return isOutcomeUnknownError(e) || (isApiError(e) && e.httpStatus >= 500)
}

/** What a check found when the write took effect: the write's result, as read back. */
export interface Applied<T> {
  value: T
}

/**
 * Runs `write`; if its answer is lost, `check` reads the server: `{ value }` means the write took effect (the
 * value is the result), undefined means it did not (the original error stands, and a retry is safe).
 */
export async function withKnownOutcome<T>(operation: string, write: () => Promise<T>, check: () => Promise<Applied<T> | undefined>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (!isLostAnswer(error)) throw error
    let applied: Applied<T> | undefined
    try {
      applied = await check()
    } catch (checkError) {
      throw new OutcomeUnknownError(operation, checkError, error)
    }
    if (applied === undefined) throw error
    return applied.value
  }
}

/** Up to 1 000 app-created albums are looked through (the list's order is not documented). */
const ALBUM_PAGES_TO_CHECK = 20

/**
 * albums.create: the new album is an app-created album with this title that was not there before the click
 * (`knownIds`, what the client had listed).
 */
export async function findCreatedAlbum(client: PhotosClient, title: string, knownIds: ReadonlySet<string>): Promise<Applied<Album> | undefined> {
  let pageToken: string | undefined
  for (let page = 0; page < ALBUM_PAGES_TO_CHECK; page++) {
    const result = await client.albums.list({ pageSize: 50, pageToken, excludeNonAppCreatedData: true })
    const found = result.albums.find((a) => a.title === title && a.id !== undefined && !knownIds.has(a.id))
    if (found) return { value: found }
    pageToken = result.nextPageToken
    if (!pageToken) return undefined
  }
  return undefined
}

async function albumItemIds(client: PhotosClient, albumId: string): Promise<Set<string>> {
  const items = await client.mediaItems.searchAll({ albumId })
  return new Set(items.map((m) => m.id).filter((id): id is string => id !== undefined))
}

/** batchAddMediaItems: done when every item is in the album. */
export async function checkItemsAdded(client: PhotosClient, albumId: string, mediaItemIds: readonly string[]): Promise<Applied<void> | undefined> {
  const ids = await albumItemIds(client, albumId)
  return mediaItemIds.every((id) => ids.has(id)) ? { value: undefined } : undefined
}

/** batchRemoveMediaItems: done when none of the items is left in the album. */
export async function checkItemsRemoved(client: PhotosClient, albumId: string, mediaItemIds: readonly string[]): Promise<Applied<void> | undefined> {
  const ids = await albumItemIds(client, albumId)
  return mediaItemIds.some((id) => ids.has(id)) ? undefined : { value: undefined }
}

/** albums.patch (title, cover): done when the album reads back with the new values. */
export async function checkAlbumPatched(client: PhotosClient, albumId: string, patch: { title?: string; coverPhotoMediaItemId?: string }): Promise<Applied<Album> | undefined> {
  const album = await client.albums.get(albumId)
  const titleDone = patch.title === undefined || album.title === patch.title
  const coverDone = patch.coverPhotoMediaItemId === undefined || album.coverPhotoMediaItemId === patch.coverPhotoMediaItemId
  return titleDone && coverDone ? { value: album } : undefined
}

/** mediaItems.patch (description): done when the item reads back with it. */
export async function checkDescriptionSaved(client: PhotosClient, mediaItemId: string, description: string): Promise<Applied<MediaItem> | undefined> {
  const item = await client.mediaItems.get(mediaItemId)
  return (item.description ?? '') === description ? { value: item } : undefined
}
