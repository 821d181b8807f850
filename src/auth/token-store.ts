// The Google access token: kept in memory (and in sessionStorage, so a reload within the hour does not ask
// again; never localStorage, never a URL, never a log), renewed inside the user's next gesture once it nears
// expiry (Google's token client opens a window, which browsers allow only in a gesture), renewed on demand after
// a 401, and handed over to the user through a dialog when a call finds it expired with no gesture to renew in.
import { applyGrant, emptyScopeState, missingScopes, scopesToRequest, SIGN_IN_SCOPES, type ScopeState } from './scopes'

/** The fields of Google's token response the store reads. */
export interface TokenResponseLike {
  access_token: string
  expires_in: number | string
  scope: string
}

export type TokenPrompt = '' | 'consent' | 'select_account'

/** Google's token client, reduced to promises (see gis.ts). */
export interface GoogleTokenApi {
  /** `hint`: the signed-in account, so Google's window skips its account chooser. */
  request(options: { scopes: readonly string[]; prompt: TokenPrompt; hint?: string }): Promise<TokenResponseLike>
  revoke(accessToken: string): Promise<void>
}

/**
 * Why a token could not be had. `popup_failed_to_open` means the browser wanted a click first;
 * `popup_closed` and `access_denied` mean the user said no; `signed_out`, `cancelled` and `unavailable`
 * (Google's script is not loaded) come from Shoebox itself.
 */
export class AuthError extends Error {
  override readonly name = 'AuthError'
  readonly code: string
  constructor(code: string, message = `Google sign-in: ${code}`) {
    super(message)
    this.code = code
  }
}

export const isAuthError = (e: unknown, code?: string): e is AuthError =>
  e instanceof AuthError && (code === undefined || e.code === code)

/** What the user is asked in the dialog: to continue a session, or to grant a scope (again). */
export interface Interaction {
  reason: 'expired' | 'scopes' | 'declined'
  /** For `scopes` and `declined`: what a feature needs. */
  scopes: string[]
  /** The last failure while trying, for the dialog to explain. */
  error?: string
  /** True while Google's window is open. */
  busy: boolean
}

export interface AuthSnapshot {
  signedIn: boolean
  /** The Google account (email) when known: the session's identity and the renewal hint. */
  account: string | null
  /** The user chose "Not now" for an expired session: views say so instead of showing an error. */
  paused: boolean
  expiresAt: number | null
  granted: string[]
  declined: string[]
  interaction: Interaction | null
}

export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface TokenStoreOptions {
  /** sessionStorage in the app; null keeps the token in memory only. Never pass localStorage. */
  storage?: StorageLike | null
  now?: () => number
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (id: unknown) => void
  /** How long before expiry to renew. Default 5 minutes (at most half the token's lifetime). */
  renewBeforeMs?: number
  /** How long a renewal waits for Google's script to finish loading. Default 15 s. */
  apiWaitMs?: number
  /** Whether the page is inside a user gesture now (browsers open Google's window only then). */
  hasUserActivation?: () => boolean
  /** Calls `onGesture` on the user's pointer and key gestures until the returned function is called. */
  watchGestures?: (onGesture: () => void) => () => void
}

/** `navigator.userActivation` where the browser has it; elsewhere assume a gesture may be under way. */
function pageHasUserActivation(): boolean {
  const activation = typeof navigator === 'undefined' ? undefined : navigator.userActivation
  return activation ? activation.isActive : true
}

/** Capture-phase listeners, so the renewal starts before any handler of the page runs. */
function watchPageGestures(onGesture: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const events = ['pointerdown', 'pointerup', 'keydown'] as const
  events.forEach((type) => window.addEventListener(type, onGesture, { capture: true }))
  return () => events.forEach((type) => window.removeEventListener(type, onGesture, { capture: true }))
}

export const STORAGE_KEY = 'shoebox.google.session'
const DEFAULT_RENEW_BEFORE_MS = 5 * 60_000
/** A token this close to expiry is not handed out any more. */
const MIN_REMAINING_MS = 30_000
/** A second forced renewal this soon after the last one (parallel 401s for the same old token) reuses it. */
const FORCED_RENEWAL_DEDUPE_MS = 2_000
/** setTimeout's limit; longer waits are re-armed. */
const MAX_TIMER_MS = 2_147_483_647

interface Grant {
  accessToken: string
  expiresAt: number
  obtainedAt: number
}

interface Stored {
  accessToken: string
  expiresAt: number
  obtainedAt: number
  granted: string[]
  declined: string[]
  account: string | null
}

type Waiter = { resolve: (token: string) => void; reject: (error: AuthError) => void }
type ScopeWaiter = (granted: boolean) => void

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')

function readStored(storage: StorageLike | null, now: number): Stored | null {
  if (!storage) return null
  try {
    const raw = storage.getItem(STORAGE_KEY)
    if (!raw) return null
    const value: unknown = JSON.parse(raw)
    if (typeof value !== 'object' || value === null) return null
    const v = value as Record<string, unknown>
    if (
      typeof v.accessToken !== 'string' ||
      typeof v.expiresAt !== 'number' ||
      typeof v.obtainedAt !== 'number' ||
      !isStringArray(v.granted) ||
      !isStringArray(v.declined)
    ) {
      storage.removeItem(STORAGE_KEY)
      return null
    }
    if (v.expiresAt - now <= MIN_REMAINING_MS) {
      storage.removeItem(STORAGE_KEY)
      return null
    }
    const account = typeof v.account === 'string' ? v.account : null
    return { accessToken: v.accessToken, expiresAt: v.expiresAt, obtainedAt: v.obtainedAt, granted: v.granted, declined: v.declined, account }
  } catch {
    return null
  }
}

export type TokenStore = ReturnType<typeof createTokenStore>

export function createTokenStore(options: TokenStoreOptions = {}) {
  const storage = options.storage ?? null
  const now = options.now ?? Date.now
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms))
  const clearTimer = options.clearTimer ?? ((id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>))
  const renewBeforeMs = options.renewBeforeMs ?? DEFAULT_RENEW_BEFORE_MS
  const hasUserActivation = options.hasUserActivation ?? pageHasUserActivation
  const watchGestures = options.watchGestures ?? watchPageGestures

  let api: GoogleTokenApi | null = null
  let apiWaiters: ((next: GoogleTokenApi | null) => void)[] = []
  let grant: Grant | null = null
  let account: string | null = null
  let paused = false
  let scopes: ScopeState = emptyScopeState
  let interaction: Interaction | null = null
  let tokenWaiters: Waiter[] = []
  let scopeWaiters: ScopeWaiter[] = []
  let renewal: Promise<string> | null = null
  let lastForcedRenewalAt = -Infinity
  let renewTimer: unknown = null
  let stopGestureWatch: (() => void) | null = null
  let snapshot: AuthSnapshot = computeSnapshot()
  const listeners = new Set<() => void>()

  function computeSnapshot(): AuthSnapshot {
    return {
      signedIn: grant !== null,
      account,
      paused,
      expiresAt: grant?.expiresAt ?? null,
      granted: scopes.granted,
      declined: scopes.declined,
      interaction,
    }
  }

  function emit() {
    snapshot = computeSnapshot()
    listeners.forEach((listener) => listener())
  }

  function persist() {
    if (!storage) return
    try {
      if (!grant) storage.removeItem(STORAGE_KEY)
      else {
        const stored: Stored = { ...grant, granted: scopes.granted, declined: scopes.declined, account }
        storage.setItem(STORAGE_KEY, JSON.stringify(stored))
      }
    } catch {
      // Storage full or blocked: the token stays in memory for this page.
    }
  }

  function clearTimers() {
    if (renewTimer !== null) clearTimer(renewTimer)
    renewTimer = null
    stopWatchingGestures()
  }

  function stopWatchingGestures() {
    stopGestureWatch?.()
    stopGestureWatch = null
  }

  function armTimer(at: number, fn: () => void): unknown {
    const wait = Math.max(0, at - now())
    if (wait > MAX_TIMER_MS) return setTimer(() => (renewTimer = armTimer(at, fn)), MAX_TIMER_MS)
    return setTimer(fn, wait)
  }

  /**
   * From a little before expiry, the user's next gesture renews the token inside that gesture (a timer cannot:
   * the browser would block Google's window). A call that finds the token expired with no gesture asks through
   * the dialog instead (getAccessToken).
   */
  function schedule() {
    clearTimers()
    if (!grant) return
    const current = grant
    const lifetime = current.expiresAt - current.obtainedAt
    const renewAt = current.expiresAt - Math.min(renewBeforeMs, lifetime / 2)
    renewTimer = armTimer(renewAt, () => {
      renewTimer = null
      if (grant === current) renewOnNextGesture()
    })
  }

  function renewOnNextGesture() {
    if (stopGestureWatch) return
    stopGestureWatch = watchGestures(() => {
      if (!grant || interaction || renewal || paused || !hasUserActivation()) return
      stopWatchingGestures()
      renewSilently().catch((error: unknown) => {
        // Blocked after all (a gesture that does not count): try the next one. A closed window is a "no": leave
        // it to the dialog when a call needs the token.
        if (grant && isAuthError(error, 'popup_failed_to_open')) renewOnNextGesture()
      })
    })
  }

  function accept(response: TokenResponseLike, requested: readonly string[]): string {
    const expiresIn = Number(response.expires_in)
    const t = now()
    grant = {
      accessToken: response.access_token,
      obtainedAt: t,
      expiresAt: t + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
    }
    scopes = applyGrant(scopes, requested, response.scope.split(/\s+/).filter(Boolean))
    persist()
    schedule()
    return grant.accessToken
  }

  function openInteraction(next: Interaction) {
    interaction = next
    emit()
  }

  function settleTokenWaiters(result: { token: string } | { error: AuthError }) {
    const waiters = tokenWaiters
    tokenWaiters = []
    waiters.forEach((w) => ('token' in result ? w.resolve(result.token) : w.reject(result.error)))
  }

  function settleScopeWaiters(granted: boolean) {
    const waiters = scopeWaiters
    scopeWaiters = []
    waiters.forEach((w) => w(granted))
  }

  const unavailable = () => new AuthError('unavailable', "Google's sign-in script is not loaded")

  /** Google's token client; right after a reload the script may still be loading, so wait a little for it. */
  async function loadedApi(): Promise<GoogleTokenApi> {
    if (api) return api
    const next = await new Promise<GoogleTokenApi | null>((resolve) => {
      apiWaiters.push(resolve)
      setTimer(() => resolve(api), options.apiWaitMs ?? 15_000)
    })
    if (!next) throw unavailable()
    return next
  }

  function renewSilently(): Promise<string> {
    if (renewal) return renewal
    const requested = scopesToRequest(scopes.granted, [])
    const attempt = (async () => {
      // No await before request() when the script is there: the user's gesture must still be under way.
      const response = await (api ?? (await loadedApi())).request({ scopes: requested, prompt: '', hint: account ?? undefined })
      if (!grant && !interaction) throw new AuthError('signed_out') // signed out meanwhile
      const token = accept(response, requested)
      emit()
      return token
    })()
    renewal = attempt
    const clear = () => {
      if (renewal === attempt) renewal = null
    }
    attempt.then(clear, clear)
    return attempt
  }

  function waitForUser(): Promise<string> {
    return new Promise<string>((resolve, reject) => tokenWaiters.push({ resolve, reject }))
  }

  const isFresh = (g: Grant) => g.expiresAt - now() > MIN_REMAINING_MS

  // Restore a token from an earlier page load of this tab.
  const stored = readStored(storage, now())
  if (stored) {
    grant = { accessToken: stored.accessToken, expiresAt: stored.expiresAt, obtainedAt: stored.obtainedAt }
    scopes = { granted: stored.granted, declined: stored.declined }
    account = stored.account
    schedule()
    snapshot = computeSnapshot()
  }

  const store = {
    /** Records which Google account the token belongs to (known after sign-in, from Google's user info). */
    setAccount(next: string | null) {
      if (!grant || account === next) return
      account = next
      persist()
      emit()
    },

    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot: (): AuthSnapshot => snapshot,

    /** Google's token client, once its script has loaded (null when it is gone). */
    setApi(next: GoogleTokenApi | null) {
      api = next
      const waiters = apiWaiters
      apiWaiters = []
      waiters.forEach((resolve) => resolve(next))
    },
    hasApi: () => api !== null,

    /** Interactive: opens Google's window for the sign-in scopes. Throws AuthError when the user says no. */
    async signIn(): Promise<AuthSnapshot> {
      const requested = [...SIGN_IN_SCOPES]
      if (!api) throw unavailable() // the button waits for the script; a click must open the window at once
      const response = await api.request({ scopes: requested, prompt: 'select_account' })
      scopes = emptyScopeState
      account = null
      paused = false
      accept(response, requested)
      interaction = null
      emit()
      return snapshot
    },

    /** For the API client. Waits for the user (the dialog) when renewal needs a click; never returns a stale token. */
    async getAccessToken({ forceRefresh = false }: { forceRefresh?: boolean } = {}): Promise<string> {
      if (interaction?.reason === 'expired') return waitForUser()
      if (!grant) throw new AuthError('signed_out', 'Not signed in to Google')
      if (forceRefresh && renewal) return renewal
      if (paused && !isFresh(grant)) throw new AuthError('cancelled', 'The user did not continue the Google session')
      if (isFresh(grant) && (!forceRefresh || now() - lastForcedRenewalAt < FORCED_RENEWAL_DEDUPE_MS)) {
        return grant.accessToken
      }
      if (forceRefresh) lastForcedRenewalAt = now()
      if (!renewal && api && !hasUserActivation()) {
        // Outside a gesture Google's window would be blocked: ask the user instead of failing in the background.
        if (!interaction) openInteraction({ reason: 'expired', scopes: [], busy: false })
        return waitForUser()
      }
      try {
        return await renewSilently()
      } catch (error) {
        if (isAuthError(error, 'signed_out') || !grant) throw error
        if (!interaction) {
          // A blocked window is why the dialog is here at all: only other failures are worth a line.
          const code = isAuthError(error) ? error.code : 'unknown'
          openInteraction({ reason: 'expired', scopes: [], busy: false, error: code === 'popup_failed_to_open' ? undefined : code })
        }
        return waitForUser()
      }
    },

    /**
     * Makes sure the token carries `needed`, asking Google (incremental consent) if not. Resolves false when the
     * user declines and chooses not to ask again. Call it from a click, so Google's window may open.
     */
    async ensureScopes(needed: readonly string[]): Promise<boolean> {
      if (!grant) throw new AuthError('signed_out', 'Not signed in to Google')
      if (missingScopes(scopes.granted, needed).length === 0) return true
      const wait = new Promise<boolean>((resolve) => scopeWaiters.push(resolve))
      if (!interaction) {
        openInteraction({ reason: 'scopes', scopes: [...needed], busy: true })
        void store.continueInteraction({ fromClick: false })
      }
      return wait
    },

    /**
     * The dialog's "Continue" / "Ask again" (a click, so the window may open). Without `fromClick`, a blocked
     * window leaves the dialog up for the user to click.
     */
    async continueInteraction({ fromClick = true }: { fromClick?: boolean } = {}): Promise<void> {
      const current = interaction
      if (!current) return
      interaction = { ...current, busy: true, error: undefined }
      emit()
      const needed = current.reason === 'expired' ? [] : current.scopes
      const requested = scopesToRequest(scopes.granted, needed)
      try {
        // Called synchronously when the script is there, so the click still counts for Google's window.
        const response = await (api ?? (await loadedApi())).request({ scopes: requested, prompt: current.reason === 'expired' ? '' : 'consent' })
        if (!interaction) return // dismissed or signed out while Google's window was open
        const token = accept(response, requested)
        paused = false
        if (missingScopes(scopes.granted, needed).length > 0) {
          interaction = { reason: 'declined', scopes: needed, busy: false }
          emit()
          settleTokenWaiters({ token })
          return
        }
        interaction = null
        emit()
        settleTokenWaiters({ token })
        settleScopeWaiters(true)
      } catch (error) {
        if (!interaction) return
        const code = isAuthError(error) ? error.code : 'unknown'
        if (current.reason !== 'expired' && code !== 'popup_failed_to_open' && code !== 'unavailable') {
          // The user closed Google's window or refused: that is a "no" to the scope.
          scopes = applyGrant(scopes, needed, scopes.granted)
          persist()
          // A plain "no" needs no error line; anything else (invalid_scope: Google no longer grants it) is said.
          const said = code === 'access_denied' || (code === 'popup_closed' && !fromClick) ? undefined : code
          interaction = { reason: 'declined', scopes: needed, busy: false, error: said }
        } else {
          interaction = { ...current, busy: false, error: fromClick || code !== 'popup_failed_to_open' ? code : undefined }
        }
        emit()
      }
    },

    /** The dialog's "Not now": requests waiting for a token fail, features waiting for a scope go without it. */
    dismissInteraction() {
      if (!interaction) return
      if (interaction.reason === 'expired') {
        // The user said no to renewing: no window opens on their next clicks; views offer "Continue" instead.
        paused = true
        stopWatchingGestures()
      }
      interaction = null
      emit()
      settleTokenWaiters({ error: new AuthError('cancelled', 'The user did not continue the Google session') })
      settleScopeWaiters(false)
    },

    /** "Continue session" from a view that shows the paused state: the dialog again, inside this click. */
    resume() {
      if (!grant || interaction) return
      openInteraction({ reason: 'expired', scopes: [], busy: true })
      void store.continueInteraction()
    },

    /** Forgets the token everywhere and revokes it with Google (best effort: offline still signs out). */
    async signOut(): Promise<void> {
      const token = grant?.accessToken
      grant = null
      account = null
      paused = false
      scopes = emptyScopeState
      interaction = null
      renewal = null
      clearTimers()
      persist()
      if (storage) {
        try {
          storage.removeItem(STORAGE_KEY)
        } catch {
          // nothing stored
        }
      }
      emit()
      settleTokenWaiters({ error: new AuthError('signed_out', 'Signed out') })
      settleScopeWaiters(false)
      if (token && api) {
        try {
          await api.revoke(token)
        } catch {
          // Revocation is best effort; the token dies within the hour anyway.
        }
      }
    },
  }
  return store
}
