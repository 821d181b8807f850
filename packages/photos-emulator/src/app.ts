// The Hono application: CORS, auth, faults, the Library API routes (custom `:verb` methods are dispatched by
// regex, since Hono's ':' is a parameter marker), uploads, media bytes, and the /_emulator control routes.
import { Hono } from 'hono'
import { cors } from 'hono/cors'
import * as api from './api'
import { accessOf, authorizeLibrary, type Caller } from './auth'
import type { Core, Ctx } from './context'
import { controlRequestUser, controlRouteGuard, readControlJson, usersAsSeenBy } from './control-guard'
import { ApiError, messages } from './errors'
import { Faults, dropResponse } from './faults'
import { serveMedia } from './media'
import { registerPickerRoutes } from './picker/routes'
import { handleUpload } from './uploads'
import type { EmulatorControl, FaultConfig, FaultSpec, EmulatorConfig } from './types'

type Handler = (ctx: Ctx, m: RegExpExecArray) => unknown

/** The resumable protocol's response headers; hidden from pages with `corsExpose: 'none'`. */
const UPLOAD_HEADERS = ['X-Goog-Upload-URL', 'X-Goog-Upload-Status', 'X-Goog-Upload-Size-Received', 'X-Goog-Upload-Chunk-Granularity', 'X-Goog-Upload-Control-URL']

const ID = '([^/:]+)'
const routes: { method: string; re: RegExp; name: string; handler: Handler }[] = [
  { method: 'POST', re: /^albums$/, name: 'albums.create', handler: (c) => api.albumsCreate(c) },
  { method: 'GET', re: /^albums$/, name: 'albums.list', handler: (c) => api.albumsList(c) },
  { method: 'GET', re: new RegExp(`^albums/${ID}$`), name: 'albums.get', handler: (c, m) => api.albumsGet(c, m[1]) },
  { method: 'PATCH', re: new RegExp(`^albums/${ID}$`), name: 'albums.patch', handler: (c, m) => api.albumsPatch(c, m[1]) },
  { method: 'POST', re: new RegExp(`^albums/${ID}:addEnrichment$`), name: 'albums.addEnrichment', handler: (c, m) => api.albumsAddEnrichment(c, m[1]) },
  { method: 'POST', re: new RegExp(`^albums/${ID}:batchAddMediaItems$`), name: 'albums.batchAddMediaItems', handler: (c, m) => api.albumsBatchAdd(c, m[1]) },
  { method: 'POST', re: new RegExp(`^albums/${ID}:batchRemoveMediaItems$`), name: 'albums.batchRemoveMediaItems', handler: (c, m) => api.albumsBatchRemove(c, m[1]) },
  { method: 'POST', re: new RegExp(`^albums/${ID}:share$`), name: 'albums.share', handler: (c, m) => api.albumsShare(c, m[1]) },
  { method: 'POST', re: new RegExp(`^albums/${ID}:unshare$`), name: 'albums.unshare', handler: (c, m) => api.albumsUnshare(c, m[1]) },
  { method: 'POST', re: /^mediaItems:batchCreate$/, name: 'mediaItems.batchCreate', handler: (c) => api.mediaItemsBatchCreate(c) },
  { method: 'GET', re: /^mediaItems:batchGet$/, name: 'mediaItems.batchGet', handler: (c) => api.mediaItemsBatchGet(c) },
  { method: 'POST', re: /^mediaItems:search$/, name: 'mediaItems.search', handler: (c) => api.mediaItemsSearch(c) },
  { method: 'GET', re: /^mediaItems$/, name: 'mediaItems.list', handler: (c) => api.mediaItemsList(c) },
  { method: 'GET', re: new RegExp(`^mediaItems/${ID}$`), name: 'mediaItems.get', handler: (c, m) => api.mediaItemsGet(c, m[1]) },
  { method: 'PATCH', re: new RegExp(`^mediaItems/${ID}$`), name: 'mediaItems.patch', handler: (c, m) => api.mediaItemsPatch(c, m[1]) },
  { method: 'POST', re: /^sharedAlbums:join$/, name: 'sharedAlbums.join', handler: (c) => api.sharedAlbumsJoin(c) },
  { method: 'POST', re: /^sharedAlbums:leave$/, name: 'sharedAlbums.leave', handler: (c) => api.sharedAlbumsLeave(c) },
  { method: 'GET', re: /^sharedAlbums$/, name: 'sharedAlbums.list', handler: (c) => api.sharedAlbumsList(c) },
  { method: 'GET', re: new RegExp(`^sharedAlbums/${ID}$`), name: 'sharedAlbums.get', handler: (c, m) => api.sharedAlbumsGet(c, m[1]) },
]

/** Resolves a path under /v1/ to its discovery method name (used by the test schema checker too). */
export function matchRoute(method: string, rest: string): { name: string; handler: Handler; match: RegExpExecArray } | undefined {
  for (const r of routes) {
    if (r.method !== method) continue
    const m = r.re.exec(rest)
    if (m) return { name: r.name, handler: r.handler, match: m }
  }
  return undefined
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}, pretty = true): Response {
  return new Response(pretty ? JSON.stringify(body, null, 2) + '\n' : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=UTF-8', ...headers },
  })
}

function errorResponse(e: unknown): Response {
  const err = e instanceof ApiError ? e : new ApiError('INTERNAL', messages.internal)
  if (!(e instanceof ApiError)) console.error('[emulator] unexpected error', e)
  return json(err.body(), err.httpStatus, err.headers ?? {})
}

export interface AppDeps {
  core: Core
  faults: Faults
  control: EmulatorControl
  ensureLoaded(): Promise<void>
  flush(): Promise<void>
}

export function buildApp(deps: AppDeps): Hono {
  const { core, faults, control } = deps
  const app = new Hono()
  const base = core.basePath

  // Before CORS: the control routes get none, and refuse other sites' browser requests (control-guard.ts).
  app.use(`${base}/_emulator/*`, controlRouteGuard())
  const corsFor = (exposeUploadHeaders: boolean) =>
    cors({
      origin: '*',
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: [
        'Authorization',
        'Content-Type',
        'Range',
        'X-Goog-Upload-Protocol',
        'X-Goog-Upload-Command',
        'X-Goog-Upload-Content-Type',
        'X-Goog-Upload-File-Name',
        'X-Goog-Upload-Raw-Size',
        'X-Goog-Upload-Offset',
        'X-Goog-Upload-Content-Length',
      ],
      exposeHeaders: [...(exposeUploadHeaders ? UPLOAD_HEADERS : []), 'Retry-After', 'Content-Range', 'Content-Length', 'Accept-Ranges'],
      maxAge: 3600,
    })
  const corsExposing = corsFor(true)
  const corsHiding = corsFor(false)
  // Chosen per request: `corsExpose` can be switched at run time through the control config.
  app.use('*', (c, next) => (core.config.corsExpose === 'none' ? corsHiding : corsExposing)(c, next))

  const withFaults = async (path: string, isMedia: boolean, run: () => Promise<Response>, method?: string): Promise<Response> => {
    const decision = await faults.decide(path, isMedia, core.now(), method)
    if (decision.kind === 'error') {
      if (isMedia) return new Response(`${decision.error.httpStatus}`, { status: decision.error.httpStatus, headers: decision.error.headers })
      return errorResponse(decision.error)
    }
    const res = await run()
    return decision.kind === 'drop' ? dropResponse(res, decision.afterBytes) : res
  }

  const ctxFor = (request: Request, caller: Caller, method: string): Ctx => {
    const url = new URL(request.url)
    return { core, user: caller.user, access: accessOf(caller, core.config.profile, method), url, request, root: `${url.origin}${base}` }
  }

  app.post(`${base}/v1/uploads`, (c) =>
    withFaults('/v1/uploads', false, async () => {
      try {
        await deps.ensureLoaded()
        const url = new URL(c.req.url)
        const session = url.searchParams.get('upload_id')
        // A resumable session's upload_id is its capability; only the start is authorized. (No upload step
        // reads the scopes, so a session's requests carry none.)
        const caller: Caller = session
          ? { user: core.store.sessions.get(session)?.user ?? '', scopes: new Set<string>() }
          : authorizeLibrary(c.req.raw, url, core.config.profile, 'uploads')
        const res = await handleUpload(ctxFor(c.req.raw, caller, 'uploads'))
        await deps.flush()
        return res
      } catch (e) {
        await deps.flush()
        return errorResponse(e)
      }
    }, c.req.method),
  )

  app.all(`${base}/v1/*`, (c) => {
    const url = new URL(c.req.url)
    let rest: string
    try {
      rest = decodeURIComponent(url.pathname.slice(base.length + '/v1/'.length))
    } catch {
      rest = ''
    }
    return withFaults(`/v1/${rest}`, false, async () => {
      try {
        await deps.ensureLoaded()
        const route = matchRoute(c.req.method === 'HEAD' ? 'GET' : c.req.method, rest)
        if (!route) return json({ error: { code: 404, message: `Method not found: ${c.req.method} /v1/${rest}`, status: 'NOT_FOUND' } }, 404)
        const caller = authorizeLibrary(c.req.raw, url, core.config.profile, route.name)
        const body = await route.handler(ctxFor(c.req.raw, caller, route.name), route.match)
        await deps.flush()
        return json(body, 200, {}, url.searchParams.get('prettyPrint') !== 'false')
      } catch (e) {
        await deps.flush()
        return errorResponse(e)
      }
    }, c.req.method)
  })

  app.on(['GET', 'HEAD'], `${base}/media/lr/*`, (c) => {
    const url = new URL(c.req.url)
    const rest = url.pathname.slice(`${base}/media/lr/`.length)
    return withFaults(url.pathname, true, async () => {
      await deps.ensureLoaded()
      return serveMedia(core, c.req.raw, rest)
    })
  })

  registerPickerRoutes(app, {
    core,
    ensureLoaded: deps.ensureLoaded,
    flush: deps.flush,
    withFaults,
    json: (body, status) => json(body, status),
    errorResponse,
  })

  // ---- control API (not Google's) ----
  const ctl = `${base}/_emulator`
  app.get(`${ctl}/config`, async (c) => {
    await control.ready()
    return c.json({ ...control.getConfig(), now: control.now() })
  })
  app.on(['PUT', 'PATCH', 'POST'], `${ctl}/config`, async (c) => {
    const patch = (await readControlJson(c.req.raw)) as Partial<EmulatorConfig>
    return c.json(await control.setConfig(patch))
  })
  app.get(`${ctl}/faults`, (c) => c.json({ config: control.getConfig().faults, queue: faults.pending(), injected: faults.injected() }))
  app.on(['PUT', 'POST'], `${ctl}/faults`, async (c) => {
    const body = (await readControlJson(c.req.raw)) as { config?: FaultConfig; queue?: FaultSpec[] }
    if (body.config) control.setFaults(body.config)
    if (body.queue) control.enqueueFaults(body.queue)
    return c.json({ config: control.getConfig().faults, queue: faults.pending() })
  })
  app.delete(`${ctl}/faults`, (c) => {
    control.clearFaults()
    return c.json({ config: {}, queue: [] })
  })
  app.post(`${ctl}/reset`, async (c) => {
    await control.reset()
    return c.json({ ok: true })
  })
  app.post(`${ctl}/large-library`, async (c) => {
    const body = (await readControlJson(c.req.raw)) as { items?: number }
    await control.setLargeLibrary(Math.max(0, Math.floor(body.items ?? 0)))
    return c.json({ ok: true, items: control.getConfig().largeLibraryItems })
  })
  app.post(`${ctl}/albums`, async (c) => {
    const body = (await readControlJson(c.req.raw)) as { user?: unknown; count?: unknown; title?: unknown }
    const user = typeof body.user === 'string' && body.user ? body.user : 'demo'
    const title = typeof body.title === 'string' && body.title ? body.title : 'Album'
    const created = await control.createAlbums({ user, count: typeof body.count === 'number' ? body.count : 0, title })
    return c.json({ ok: true, created })
  })
  app.post(`${ctl}/clock/advance`, async (c) => {
    const body = (await readControlJson(c.req.raw)) as { ms?: number }
    control.advanceClock(body.ms ?? 0)
    return c.json({ now: control.now() })
  })
  app.get(`${ctl}/albums/:id/sequence`, async (c) => {
    const seq = await control.albumSequence(c.req.param('id'))
    return seq ? c.json({ albumId: c.req.param('id'), sequence: seq }) : c.json({ error: 'album not found' }, 404)
  })
  app.get(`${ctl}/users`, async (c) => c.json({ users: usersAsSeenBy(await control.users(), controlRequestUser(c.req.raw)) }))

  app.notFound((c) => json({ error: { code: 404, message: `Not found: ${new URL(c.req.url).pathname}`, status: 'NOT_FOUND' } }, 404))
  app.onError((e) => errorResponse(e))
  return app
}
