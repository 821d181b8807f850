// The /_emulator control routes (reset, faults, profile, users) are for the emulator's own user: a terminal,
// a test runner, the demo's own pages through the service worker. Another website must not be able to reset
// the state or switch faults on through the user's browser, nor read what the routes answer.
import type { MiddlewareHandler } from 'hono'
import { MAX_CONTROL_BODY, readTextWithin } from './body-limit'
import { ApiError } from './errors'
import type { EmulatorUser } from './types'

/**
 * True for a request a browser made on behalf of another origin: `Sec-Fetch-Site` says so, or `Origin` names
 * a different origin. Requests without either header (curl, Node, Playwright's request API) are the
 * emulator's own user's; so are same-origin ones (the demo's pages).
 */
export function isCrossOriginBrowserRequest(request: Request): boolean {
  const site = request.headers.get('Sec-Fetch-Site')
  if (site !== null && site !== 'same-origin' && site !== 'none') return true
  const origin = request.headers.get('Origin')
  return origin !== null && origin !== new URL(request.url).origin
}

const refusal = {
  error: {
    code: 403,
    message: 'The emulator control routes answer only the emulator host itself (same origin) or tools without a browser origin.',
    status: 'PERMISSION_DENIED',
  },
}

/** Refuses cross-origin browser requests (and CORS preflights) and strips CORS headers from the answers. */
export function controlRouteGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS' || isCrossOriginBrowserRequest(c.req.raw)) return c.json(refusal, 403)
    await next()
    for (const name of [...c.res.headers.keys()]) if (name.startsWith('access-control-')) c.res.headers.delete(name)
  }
}

/** The user a control request acts as (the bearer token's text before the first "~"), if it names one. */
export function controlRequestUser(request: Request): string | undefined {
  const match = /^Bearer\s+([^~\s]+)/i.exec(request.headers.get('Authorization')?.trim() ?? '')
  return match?.[1]
}

/** A user as `GET /_emulator/users` shows them: another user's share tokens are left out. */
export type VisibleUser = Omit<EmulatorUser, 'sharedAlbums'> & { sharedAlbums: { albumId: string; title: string; shareToken?: string }[] }

/** Every user and their shared albums, with share tokens only for the asking user's own albums. */
export function usersAsSeenBy(users: EmulatorUser[], viewer: string | undefined): VisibleUser[] {
  return users.map((user) =>
    user.id === viewer ? user : { ...user, sharedAlbums: user.sharedAlbums.map(({ shareToken: _hidden, ...album }) => album) },
  )
}

/** A control route's JSON body ({} when empty or not JSON); 413 before reading more than a control body needs. */
export async function readControlJson(request: Request): Promise<unknown> {
  const tooLarge = () => new ApiError('INVALID_ARGUMENT', `Control request bodies are limited to ${MAX_CONTROL_BODY} bytes.`, { http: 413 })
  const text = await readTextWithin(request, MAX_CONTROL_BODY, tooLarge)
  try {
    return text.trim() ? (JSON.parse(text) as unknown) : {}
  } catch {
    return {}
  }
}
