// Web Share Target: photos shared to the installed app from the system share sheet arrive as a multipart POST
// to SHARE_TARGET_PATH, which the service worker answers. It keeps the files in a Cache Storage cache (the page
// and the worker both reach it, and it needs no network, so CSP is unaffected) and redirects to the upload page,
// which takes them out again. Plain functions over the web's Request/Cache APIs, used by src/sw.ts and the page.

export const SHARE_TARGET_PATH = 'share-target'
/** The form field the manifest's share_target names for files. */
const SHARE_TARGET_FIELD = 'media'
const SHARED_FILES_CACHE = 'shoebox-shared-files'
/** The upload page's query parameter naming a received share. */
export const SHARED_PARAM = 'shared'

const isMedia = (f: File) => f.type.startsWith('image/') || f.type.startsWith('video/')

const keyPrefix = (scope: string, shareId: string) => `${scope}__shared-files/${encodeURIComponent(shareId)}/`

/**
 * Answers the share sheet's POST: stores the shared photos and videos under a new id and redirects (303, so the
 * browser follows with a GET) to the upload page with `?shared=<id>`. Anything that is not a photo or a video
 * is left out; a share with none of them opens the upload page with nothing added.
 */
export async function receiveShare(request: Request, deps: { scope: string; uploadPath: string; caches: CacheStorage; newId: () => string }): Promise<Response> {
  const upload = new URL(deps.uploadPath, deps.scope)
  let files: File[] = []
  try {
    const form = await request.formData()
    files = form.getAll(SHARE_TARGET_FIELD).filter((v): v is File => typeof v !== 'string').filter(isMedia)
  } catch {
    // Not a multipart form (a stray POST): open the upload page empty rather than an error page.
  }
  if (files.length) {
    const id = deps.newId()
    const cache = await deps.caches.open(SHARED_FILES_CACHE)
    await Promise.all(
      files.map((file, i) =>
        cache.put(
          `${keyPrefix(deps.scope, id)}${i}`,
          new Response(file, { headers: { 'Content-Type': file.type, 'X-File-Name': encodeURIComponent(file.name) } }),
        ),
      ),
    )
    upload.searchParams.set(SHARED_PARAM, id)
  }
  return Response.redirect(upload.href, 303)
}

/** The files of a received share, in the order shared, removed from storage as they are taken. */
export async function takeSharedFiles(shareId: string, deps: { scope: string; caches: CacheStorage }): Promise<File[]> {
  const cache = await deps.caches.open(SHARED_FILES_CACHE)
  const prefix = keyPrefix(deps.scope, shareId)
  const keys = (await cache.keys()).filter((r) => r.url.startsWith(prefix))
  keys.sort((a, b) => Number(a.url.slice(prefix.length)) - Number(b.url.slice(prefix.length)))
  const files: File[] = []
  for (const key of keys) {
    const response = await cache.match(key)
    // Whoever deletes the entry owns the file, so two takers at once never both add it.
    if (!response || !(await cache.delete(key))) continue
    const name = decodeURIComponent(response.headers.get('X-File-Name') ?? 'shared')
    files.push(new File([await response.blob()], name, { type: response.headers.get('Content-Type') ?? '' }))
  }
  return files
}
