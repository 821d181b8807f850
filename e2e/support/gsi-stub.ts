// A stand-in for Google's sign-in script (https://accounts.google.com/gsi/client), served by route interception
// so the app under test is the real build. As strict as Google and the browser: its token client refuses to
// open its "popup" without user activation (popup_failed_to_open), grants or declines scopes like Google's
// consent screen (include_granted_scopes unions them), and hands out tokens that carry exactly the scopes
// granted ("demo~1;scopes=photoslibrary.appendonly,…": the emulator names the user by the text before "~" and
// enforces the scopes after ";scopes="). Google's user info answers for the token's user. Every request,
// token and revocation is recorded in window.__gsi.
import type { BrowserContext, Page, Request } from '@playwright/test'

export const GSI_URL = 'https://accounts.google.com/gsi/client'
export const USERINFO_URL = 'https://openidconnect.googleapis.com/v1/userinfo'
const AUTH_PREFIX = 'https://www.googleapis.com/auth/'
/** The Google scopes Google retired on 2025-03-31. */
export const RETIRED_SCOPES = [`${AUTH_PREFIX}photoslibrary`, `${AUTH_PREFIX}photoslibrary.readonly`, `${AUTH_PREFIX}photoslibrary.sharing`]

export interface GsiPolicy {
  /** Tokens to hand out in order (as they are, without scopes); afterwards `${user}~${n};scopes=…`. */
  tokens?: string[]
  user?: string
  /** Scopes the user unticks on the consent screen. */
  decline?: string[]
  /** Kinder than a browser: open the window even without user activation. */
  allowWithoutClick?: boolean
  /** Every window fails to open (popup_failed_to_open), as with a strict pop-up blocker, until set back. */
  blockWindows?: boolean
  /** The next request fails with this non-OAuth error (e.g. popup_failed_to_open: the browser blocked it). */
  failNext?: string
  expiresIn?: number
}

export interface GsiRecord {
  requests: { scope: string; prompt: string; includeGranted: boolean; clientId: string; clicked: boolean; hint?: string }[]
  issued: string[]
  revoked: string[]
  granted: string[]
  policy: GsiPolicy
}

/** The stand-in itself; serialized into the route's response, so it must not close over anything. */
function standIn() {
  type Config = {
    client_id: string
    scope: string
    include_granted_scopes?: boolean
    prompt?: string
    hint?: string
    callback: (r: Record<string, unknown>) => void
    error_callback?: (e: { type: string }) => void
  }
  type Policy = {
    tokens?: string[]
    user?: string
    decline?: string[]
    allowWithoutClick?: boolean
    blockWindows?: boolean
    failNext?: string
    expiresIn?: number
  }
  const w = window as unknown as { __gsiPolicy?: Policy; __gsi?: unknown; google?: unknown }
  const policy: Policy = w.__gsiPolicy ?? {}
  const state = {
    requests: [] as { scope: string; prompt: string; includeGranted: boolean; clientId: string; clicked: boolean; hint?: string }[],
    issued: [] as string[],
    revoked: [] as string[],
    granted: [] as string[],
    policy,
    counter: 0,
  }
  w.__gsi = state
  // A window may open only within a few seconds of a real pointer or key gesture on this page, and only while the
  // browser says the page has user activation (Chromium grants activation to some navigations; Google's window
  // would still be blocked there).
  let lastGestureAt = -Infinity
  for (const type of ['pointerdown', 'pointerup', 'keydown']) {
    window.addEventListener(type, (event) => {
      if (event.isTrusted) lastGestureAt = performance.now()
    }, true)
  }
  w.google = {
    accounts: {
      id: { initialize() {}, renderButton() {}, prompt() {}, cancel() {}, disableAutoSelect() {} },
      oauth2: {
        initTokenClient(config: Config) {
          return {
            requestAccessToken(override?: { prompt?: string }) {
              const prompt = override?.prompt ?? config.prompt ?? 'select_account'
              const clicked = (navigator.userActivation?.isActive ?? false) && performance.now() - lastGestureAt < 5_000
              state.requests.push({
                scope: config.scope,
                prompt,
                includeGranted: config.include_granted_scopes !== false,
                clientId: config.client_id,
                clicked,
                hint: config.hint,
              })
              setTimeout(() => {
                const p = state.policy
                if (p.blockWindows) {
                  config.error_callback?.({ type: 'popup_failed_to_open' })
                  return
                }
                if (p.failNext) {
                  config.error_callback?.({ type: p.failNext })
                  p.failNext = undefined
                  return
                }
                if (!p.allowWithoutClick && !clicked) {
                  config.error_callback?.({ type: 'popup_failed_to_open' })
                  return
                }
                const requested = config.scope.split(' ').filter(Boolean)
                const allowed = requested.filter((s) => !(p.decline ?? []).includes(s))
                state.granted = config.include_granted_scopes === false ? allowed : [...new Set([...state.granted, ...allowed])]
                state.counter += 1
                const short = state.granted.map((scope) => scope.replace('https://www.googleapis.com/auth/', ''))
                const token = p.tokens?.shift() ?? `${p.user ?? 'demo'}~${state.counter};scopes=${short.join(',')}`
                state.issued.push(token)
                config.callback({ access_token: token, expires_in: p.expiresIn ?? 3599, scope: state.granted.join(' '), token_type: 'Bearer', prompt })
              }, 50)
            },
          }
        },
        revoke(token: string, done?: (r: { successful: boolean }) => void) {
          state.revoked.push(token)
          setTimeout(() => done?.({ successful: true }), 0)
        },
      },
    },
  }
}

export async function stubGoogleSignIn(context: BrowserContext, policy: GsiPolicy = {}) {
  // context.route, not page.route: requests the service worker passes through are only seen here (TOOLCHAIN G7).
  await context.route(`${GSI_URL}**`, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `(${standIn.toString()})()` }),
  )
  // Google's user info: the account is the token's user (…@example.com).
  await context.route(USERINFO_URL, (route) => {
    const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization' }
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
    const token = /^Bearer (.+)$/.exec(route.request().headers()['authorization'] ?? '')?.[1]
    if (!token) return route.fulfill({ status: 401, headers: cors, json: { error: 'invalid_request' } })
    const user = token.split('~')[0]
    return route.fulfill({ headers: cors, json: { sub: `sub-${user}`, email: `${user}@example.com`, email_verified: true } })
  })
  await context.addInitScript((p) => {
    ;(window as unknown as { __gsiPolicy: unknown }).__gsiPolicy = p
  }, policy)
}

/**
 * Signs in through the stand-in, then stops intercepting Google's script: an intercepting route would carry
 * every upload's bytes through the test driver (and stall XMLHttpRequest uploads for tens of seconds).
 */
export async function signInThenStopIntercepting(page: Page) {
  await stubGoogleSignIn(page.context())
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in with Google' }).click()
  await page.waitForURL(/\/library$/)
  await page.context().unroute(`${GSI_URL}**`)
}

export async function blockGoogleSignIn(context: BrowserContext) {
  await context.route(`${GSI_URL}**`, (route) => route.abort('internetdisconnected'))
}

export const gsiRecord = (page: Page) => page.evaluate(() => (window as unknown as { __gsi: GsiRecord }).__gsi)

/** The record once the page has loaded the stand-in (the app loads Google's script lazily, after its first screen). */
export async function gsiRecordOnceLoaded(page: Page) {
  await page.waitForFunction(() => '__gsi' in window)
  return gsiRecord(page)
}

export async function setGsiPolicy(page: Page, patch: GsiPolicy) {
  await page.evaluate((p) => {
    const gsi = (window as unknown as { __gsi: { policy: GsiPolicy } }).__gsi
    Object.assign(gsi.policy, p)
  }, patch)
}

/** A request the browser made (page or service worker), with its Authorization header. */
export interface Seen {
  url: string
  method: string
  authorization: string | undefined
}

/** Records every request the browser makes from now on (page and service worker). */
export function recordRequests(page: Page): Seen[] {
  const seen: Seen[] = []
  page.context().on('request', (request: Request) => {
    seen.push({ url: request.url(), method: request.method(), authorization: request.headers()['authorization'] })
  })
  return seen
}

