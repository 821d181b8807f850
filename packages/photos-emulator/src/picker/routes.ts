// The Google Photos Picker API v1 on the emulator's Hono app, under `${basePath}/picker` (Google serves it from
// its own host, photospicker.googleapis.com): the JSON methods under /v1, the picking page behind pickerUri,
// picked items' bytes (bearer token required), and the control route that finishes picking without the page.
import type { Hono } from 'hono'
import { authenticate, requireScopes, SCOPES, type RpcName } from '../auth'
import type { Core } from '../context'
import { ApiError, invalid, messages } from '../errors'
import { BASE_URL_LIFETIME_MS, cacheHeaders, mediaUrl, parseParams, plain, serveItemMedia } from '../media'
import { donePage, endedPage, htmlResponse, pickingPage } from './page'
import { pickerLanguage, pickerStrings } from './page-strings'
import {
  createSession,
  deleteSession,
  finishPicking,
  isExpired,
  listMediaItems,
  readPickedMediaToken,
  sessionJson,
  sessionOf,
  type PickerCtx,
} from './sessions'

const pickerRpc = (method: string): RpcName => ({ service: 'photospicker.googleapis.com', method: `google.photos.picker.v1.PickerService.${method}` })

/** The user a Picker request's token names: 401 without a valid token, 403 without the Picker scope. */
function pickerUser(request: Request, url: URL, rpc: string): string {
  const caller = authenticate(request, url)
  requireScopes(caller, [SCOPES.picker], pickerRpc(rpc))
  return caller.user
}

export interface PickerRouteDeps {
  core: Core
  ensureLoaded(): Promise<void>
  flush(): Promise<void>
  withFaults(path: string, isMedia: boolean, run: () => Promise<Response>): Promise<Response>
  json(body: unknown, status?: number): Response
  errorResponse(e: unknown): Response
}

export function registerPickerRoutes(app: Hono, deps: PickerRouteDeps): void {
  const { core } = deps
  const prefix = `${core.basePath}/picker`
  const ctxFor = (request: Request, user: string): PickerCtx => {
    const url = new URL(request.url)
    return { core, user, url, pickerRoot: `${url.origin}${prefix}` }
  }

  // JSON methods. Each runs after the state is loaded and flushes what it changed.
  const method =
    (rpc: string, run: (ctx: PickerCtx, request: Request, id: string) => unknown | Promise<unknown>) =>
    (request: Request, path: string, id = ''): Promise<Response> =>
      deps.withFaults(path, false, async () => {
        try {
          await deps.ensureLoaded()
          const url = new URL(request.url)
          const user = pickerUser(request, url, rpc)
          const body = await run(ctxFor(request, user), request, id)
          await deps.flush()
          return deps.json(body)
        } catch (e) {
          await deps.flush()
          return deps.errorResponse(e)
        }
      })
  const create = method('CreateSession', (ctx, request) => createSession(ctx, request))
  const get = method('GetSession', (ctx, _r, id) => sessionJson(ctx, sessionOf(ctx, id)))
  const remove = method('DeleteSession', (ctx, _r, id) => deleteSession(ctx, id))
  const list = method('ListMediaItems', (ctx) => listMediaItems(ctx))

  app.post(`${prefix}/v1/sessions`, (c) => create(c.req.raw, '/picker/v1/sessions'))
  app.get(`${prefix}/v1/sessions/:id`, (c) => get(c.req.raw, `/picker/v1/sessions/${c.req.param('id')}`, c.req.param('id')))
  app.delete(`${prefix}/v1/sessions/:id`, (c) => remove(c.req.raw, `/picker/v1/sessions/${c.req.param('id')}`, c.req.param('id')))
  app.get(`${prefix}/v1/mediaItems`, (c) => list(c.req.raw, '/picker/v1/mediaItems'))
  app.all(`${prefix}/v1/*`, (c) => {
    const path = new URL(c.req.url).pathname.slice(prefix.length)
    return deps.json({ error: { code: 404, message: `Method not found: ${c.req.method} ${path}`, status: 'NOT_FOUND' } }, 404)
  })

  // The picking page. Google's page knows the user by their Google cookies; here the session id is the key.
  const page = async (request: Request, id: string, autoclose: boolean): Promise<Response> => {
    await deps.ensureLoaded()
    const lang = pickerLanguage(request)
    const t = pickerStrings[lang]
    const s = core.store.pickerSessions.get(id)
    if (!s || s.deleted) return htmlResponse(endedPage('unknown', lang), 404)
    if (s.picked) return htmlResponse(endedPage('finished', lang), 410)
    if (isExpired(core, s)) return htmlResponse(endedPage('expired', lang), 410)
    const url = new URL(request.url)
    const root = `${url.origin}${core.basePath}`
    const items = core.store.library(s.user)
    const render = (error?: string) =>
      pickingPage({ session: s, items, error, lang, thumbnail: (item) => `${mediaUrl({ core, root }, 'i', item.id)}=w240-h240-c` })
    if (request.method !== 'POST') return htmlResponse(render())
    const form = await request.formData().catch(() => undefined)
    const boxes = form ? form.getAll('id').map(String) : []
    // The script records the order of picking; without it, the order on the page.
    const ordered = String(form?.get('order') ?? '').split(',').filter(Boolean)
    const ids = ordered.length === boxes.length && ordered.every((x) => boxes.includes(x)) ? ordered : boxes
    if (ids.length === 0) return htmlResponse(render(t.pickOne), 400)
    if (ids.length > s.maxItemCount) return htmlResponse(render(t.tooMany(s.maxItemCount)), 400)
    try {
      finishPicking(core, s, ids)
    } catch (e) {
      return htmlResponse(render(e instanceof Error ? e.message : t.failed), 400)
    }
    await deps.flush()
    return htmlResponse(donePage(ids.length, autoclose, lang))
  }
  app.on(['GET', 'POST'], `${prefix}/session/:id`, (c) => page(c.req.raw, c.req.param('id'), false))
  app.on(['GET', 'POST'], `${prefix}/session/:id/autoclose`, (c) => page(c.req.raw, c.req.param('id'), true))

  // Picked items' bytes: same suffixes as the Library's baseUrls, but only with the session user's bearer token.
  app.on(['GET', 'HEAD'], `${prefix}/media/*`, (c) => {
    const url = new URL(c.req.url)
    return deps.withFaults(url.pathname, true, async () => {
      await deps.ensureLoaded()
      const rest = url.pathname.slice(`${prefix}/media/`.length)
      const eq = rest.indexOf('=')
      const token = readPickedMediaToken(core, eq < 0 ? rest : rest.slice(0, eq))
      if (!token) return plain(404, 'Not Found')
      const params = parseParams(eq < 0 ? '' : rest.slice(eq + 1))
      if (!params) return plain(400, 'Bad Request: unknown image parameter')
      // Only the Authorization header counts here: a picked item's bytes never take a token from the URL.
      const request = c.req.raw
      if (!request.headers.get('Authorization')) return plain(401, 'Unauthorized: picked media needs an Authorization: Bearer token')
      let user: string
      try {
        user = pickerUser(request, new URL(`${url.origin}${url.pathname}`), 'GetMediaBytes')
      } catch (e) {
        return plain(e instanceof ApiError ? e.httpStatus : 401, e instanceof ApiError ? e.message : 'Unauthorized')
      }
      const session = core.store.pickerSessions.get(token.sessionId)
      if (!session || session.deleted) return plain(404, 'Not Found: the picking session was deleted')
      if (session.user !== user) return plain(403, 'Forbidden: this item was picked by another user')
      if (core.now() - token.issued > BASE_URL_LIFETIME_MS)
        return plain(403, 'Forbidden: this baseUrl has expired (picked items\' baseUrls are valid for 60 minutes; start a new session)')
      const item = core.store.items.get(token.itemId)
      if (!item || item.owner !== user || !session.picked?.includes(item.id)) return plain(404, 'Not Found')
      return serveItemMedia(core, request, item, params, cacheHeaders(core, token.issued))
    })
  })

  // Control route (not Google's): finish picking as if the user pressed Done with these items, in this order.
  app.post(`${core.basePath}/_emulator/picker/sessions/*`, async (c) => {
    const m = /\/sessions\/([^/:]+):pick$/.exec(new URL(c.req.url).pathname)
    if (!m) return deps.json({ error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } }, 404)
    try {
      await deps.ensureLoaded()
      const s = core.store.pickerSessions.get(m[1])
      if (!s || s.deleted) throw new ApiError('NOT_FOUND', messages.notFound)
      const body = (await c.req.json().catch(() => ({}))) as { mediaItemIds?: unknown }
      const ids = body.mediaItemIds
      if (!Array.isArray(ids) || !ids.every((x): x is string => typeof x === 'string')) throw invalid('mediaItemIds must be a list of media item ids.')
      finishPicking(core, s, ids)
      await deps.flush()
      return deps.json(sessionJson(ctxFor(c.req.raw, s.user), s))
    } catch (e) {
      await deps.flush()
      return deps.errorResponse(e)
    }
  })
}
