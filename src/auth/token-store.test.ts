import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SCOPES, SIGN_IN_SCOPES } from './scopes'
import {
  AuthError,
  createTokenStore,
  STORAGE_KEY,
  type GoogleTokenApi,
  type StorageLike,
  type TokenPrompt,
  type TokenStoreOptions,
} from './token-store'

const HOUR = 3600

/** A stand-in for Google's token client: hands out tok-1, tok-2 … and grants what `decline` does not list. */
function fakeGoogle(opts: { decline?: string[]; blockSilent?: boolean } = {}) {
  let n = 0
  const granted = new Set<string>()
  const calls: { scopes: readonly string[]; prompt: TokenPrompt; hint?: string }[] = []
  const revoked: string[] = []
  const state = { ...opts }
  const api: GoogleTokenApi = {
    async request(req) {
      calls.push(req)
      if (req.prompt === '' && state.blockSilent) throw new AuthError('popup_failed_to_open')
      req.scopes.filter((s) => !state.decline?.includes(s)).forEach((s) => granted.add(s))
      n += 1
      return { access_token: `tok-${n}`, expires_in: HOUR, scope: [...granted].join(' ') }
    },
    async revoke(token) {
      revoked.push(token)
    },
  }
  return { api, calls, revoked, state }
}

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>()
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-01-15T12:00:00Z'))
})
afterEach(() => vi.useRealTimers())

/** The page's gestures, under the test's control. */
interface FakePage {
  activation: boolean
  watching(): boolean
  gesture(options?: { activation?: boolean }): void
  options: TokenStoreOptions
}

function fakePage(): FakePage {
  let listener: (() => void) | null = null
  const page: FakePage = {
    activation: true,
    watching: () => listener !== null,
    /** A pointer or key event; `activation: false` for one that does not count as a user gesture. */
    gesture({ activation = true }: { activation?: boolean } = {}) {
      const before = page.activation
      page.activation = activation
      listener?.()
      page.activation = before
    },
    options: {
      hasUserActivation: () => page.activation,
      watchGestures: (onGesture: () => void) => {
        listener = onGesture
        return () => {
          if (listener === onGesture) listener = null
        }
      },
    },
  }
  return page
}

async function signedInStore(opts: Parameters<typeof fakeGoogle>[0] = {}, storage: StorageLike | null = memoryStorage(), options: TokenStoreOptions = {}) {
  const google = fakeGoogle(opts)
  const store = createTokenStore({ storage, ...options })
  store.setApi(google.api)
  await store.signIn()
  return { store, google, storage }
}

describe('token store', () => {
  it('signs in with the sign-in scopes and hands the token to the client', async () => {
    const { store, google } = await signedInStore()
    expect(google.calls[0]).toEqual({ scopes: [...SIGN_IN_SCOPES], prompt: 'select_account' })
    expect(await store.getAccessToken({})).toBe('tok-1')
    expect(store.getSnapshot()).toMatchObject({ signedIn: true, granted: [...SIGN_IN_SCOPES].sort(), declined: [] })
    expect(store.getSnapshot().expiresAt).toBe(Date.now() + HOUR * 1000)
  })

  it('refuses to hand out a token when signed out, or before the script loaded', async () => {
    const store = createTokenStore()
    await expect(store.getAccessToken({})).rejects.toMatchObject({ code: 'signed_out' })
    await expect(store.signIn()).rejects.toMatchObject({ code: 'unavailable' })
  })

  it("from five minutes before expiry, renews inside the user's next gesture (a timer alone opens no window)", async () => {
    const page = fakePage()
    const { store, google } = await signedInStore({}, memoryStorage(), page.options)
    store.setAccount('ada@example.com')
    page.gesture() // too early: nothing to do
    await vi.advanceTimersByTimeAsync(55 * 60_000 + 1_000)
    expect(google.calls).toHaveLength(1)
    expect(page.watching()).toBe(true)
    page.gesture({ activation: false }) // a pointerdown of a touch: no user activation, the window would be blocked
    expect(google.calls).toHaveLength(1)
    page.gesture()
    expect(google.calls).toHaveLength(2) // synchronously, inside the gesture
    expect(google.calls[1]).toMatchObject({ prompt: '', hint: 'ada@example.com' })
    await vi.advanceTimersByTimeAsync(0)
    expect(page.watching()).toBe(false)
    expect(await store.getAccessToken({})).toBe('tok-2')
    // …and the next renewal waits for a gesture near the new token's expiry.
    await vi.advanceTimersByTimeAsync(55 * 60_000 + 1_000)
    page.gesture()
    expect(google.calls).toHaveLength(3)
  })

  it('a gesture the browser blocks anyway leaves the next one to try again', async () => {
    const page = fakePage()
    const { google } = await signedInStore({}, memoryStorage(), page.options)
    await vi.advanceTimersByTimeAsync(56 * 60_000)
    google.state.blockSilent = true
    page.gesture()
    await vi.advanceTimersByTimeAsync(0)
    expect(page.watching()).toBe(true)
    google.state.blockSilent = false
    page.gesture()
    await vi.advanceTimersByTimeAsync(0)
    expect(google.calls).toHaveLength(3)
    expect(page.watching()).toBe(false)
  })

  it('waits for a gesture from half the lifetime for short-lived tokens', async () => {
    const page = fakePage()
    const google = fakeGoogle()
    const store = createTokenStore(page.options)
    store.setApi({ ...google.api, request: async (req) => ({ ...(await google.api.request(req)), expires_in: 120 }) })
    await store.signIn()
    await vi.advanceTimersByTimeAsync(59_000)
    expect(page.watching()).toBe(false)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(page.watching()).toBe(true)
  })

  it('a call that finds the token expired outside a gesture asks through the dialog without trying a blocked window', async () => {
    const page = fakePage()
    const { store, google } = await signedInStore({}, memoryStorage(), page.options)
    vi.setSystemTime(Date.now() + HOUR * 1000)
    page.activation = false
    const pending = store.getAccessToken({})
    await vi.advanceTimersByTimeAsync(0)
    expect(google.calls).toHaveLength(1)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'expired', busy: false })
    await store.continueInteraction() // the dialog's button: a click
    await expect(pending).resolves.toBe('tok-2')
  })

  it('"Not now" pauses the session: calls fail as paused, gestures open nothing, and Continue resumes', async () => {
    const page = fakePage()
    const { store, google } = await signedInStore({}, memoryStorage(), page.options)
    vi.setSystemTime(Date.now() + HOUR * 1000)
    page.activation = false
    const pending = store.getAccessToken({})
    await vi.advanceTimersByTimeAsync(0)
    store.dismissInteraction()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    expect(store.getSnapshot()).toMatchObject({ signedIn: true, paused: true, interaction: null })
    await expect(store.getAccessToken({})).rejects.toMatchObject({ code: 'cancelled' })
    expect(store.getSnapshot().interaction).toBeNull()
    page.activation = true
    page.gesture()
    expect(google.calls).toHaveLength(1)

    store.resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(google.calls).toHaveLength(2)
    expect(store.getSnapshot()).toMatchObject({ paused: false, interaction: null })
    expect(await store.getAccessToken({})).toBe('tok-2')
  })

  it('on forceRefresh (a 401) gets a new token once, even for parallel requests', async () => {
    const { store, google } = await signedInStore()
    await vi.advanceTimersByTimeAsync(10_000)
    const [a, b] = await Promise.all([store.getAccessToken({ forceRefresh: true }), store.getAccessToken({ forceRefresh: true })])
    expect([a, b]).toEqual(['tok-2', 'tok-2'])
    expect(await store.getAccessToken({ forceRefresh: true })).toBe('tok-2')
    expect(google.calls).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(await store.getAccessToken({ forceRefresh: true })).toBe('tok-3')
  })

  it('never hands out an expired token: a request after expiry renews first', async () => {
    const google = fakeGoogle()
    const store = createTokenStore({ setTimer: () => 0, clearTimer: () => {} }) // timers never fire
    store.setApi(google.api)
    await store.signIn()
    vi.setSystemTime(Date.now() + HOUR * 1000)
    expect(await store.getAccessToken({})).toBe('tok-2')
  })

  it('asks the user with a dialog when renewal needs a click, and the waiting request then completes', async () => {
    const { store, google } = await signedInStore()
    google.state.blockSilent = true
    const pending = store.getAccessToken({ forceRefresh: true })
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'expired', busy: false })
    // A second request queues behind the dialog instead of opening another.
    const second = store.getAccessToken({})
    google.state.blockSilent = false
    await store.continueInteraction()
    await expect(pending).resolves.toBe('tok-2')
    await expect(second).resolves.toBe('tok-2')
    expect(store.getSnapshot().interaction).toBeNull()
  })

  it('opens no dialog by itself when the token expires: only a call that needs it asks', async () => {
    const { store } = await signedInStore()
    await vi.advanceTimersByTimeAsync(2 * HOUR * 1000)
    expect(store.getSnapshot().interaction).toBeNull()
    expect(store.getSnapshot().signedIn).toBe(true)
  })

  it('"Not now" fails the waiting requests without signing out', async () => {
    const { store, google } = await signedInStore()
    google.state.blockSilent = true
    const pending = store.getAccessToken({ forceRefresh: true })
    await vi.advanceTimersByTimeAsync(0)
    store.dismissInteraction()
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' })
    expect(store.getSnapshot().signedIn).toBe(true)
  })

  it('asks for the sharing scope only when needed, with the scopes already granted', async () => {
    const { store, google } = await signedInStore()
    await expect(store.ensureScopes([SCOPES.sharing])).resolves.toBe(true)
    expect(google.calls[1].scopes).toEqual(expect.arrayContaining([...SIGN_IN_SCOPES, SCOPES.sharing]))
    expect(google.calls[1].prompt).toBe('consent')
    expect(store.getSnapshot().granted).toContain(SCOPES.sharing)
    await expect(store.ensureScopes([SCOPES.sharing])).resolves.toBe(true)
    expect(google.calls).toHaveLength(2)
  })

  it('when the sharing scope is declined: explains, can ask again, and "Not now" goes without', async () => {
    const { store, google } = await signedInStore({ decline: [SCOPES.sharing] })
    const outcome = store.ensureScopes([SCOPES.sharing])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'declined', scopes: [SCOPES.sharing] })
    expect(store.getSnapshot().declined).toEqual([SCOPES.sharing])
    // The rest of the session goes on: the token still works.
    expect(await store.getAccessToken({})).toBe('tok-2')

    await store.continueInteraction() // "Ask again", declined again
    expect(google.calls).toHaveLength(3)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'declined' })
    store.dismissInteraction()
    await expect(outcome).resolves.toBe(false)

    // Later the user changes their mind.
    google.state.decline = []
    await expect(store.ensureScopes([SCOPES.sharing])).resolves.toBe(true)
    expect(store.getSnapshot().declined).toEqual([])
  })

  it('treats closing Google\'s window as declining the scope', async () => {
    const { store, google } = await signedInStore()
    google.api.request = async () => {
      throw new AuthError('popup_closed')
    }
    const outcome = store.ensureScopes([SCOPES.sharing])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'declined' })
    store.dismissInteraction()
    await expect(outcome).resolves.toBe(false)
  })

  it('says why when Google refuses the scope outright (invalid_scope: removed in 2025)', async () => {
    const { store, google } = await signedInStore()
    google.api.request = async () => {
      throw new AuthError('invalid_scope')
    }
    const outcome = store.ensureScopes([SCOPES.sharing])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'declined', error: 'invalid_scope' })
    expect(store.getSnapshot().declined).toEqual([SCOPES.sharing])
    store.dismissInteraction()
    await expect(outcome).resolves.toBe(false)
    expect(await store.getAccessToken({})).toBe('tok-1') // the session itself is untouched
  })

  it('when the consent window is blocked, waits for a click in the dialog', async () => {
    const { store, google } = await signedInStore()
    const request = google.api.request
    google.api.request = async () => {
      throw new AuthError('popup_failed_to_open')
    }
    const outcome = store.ensureScopes([SCOPES.sharing])
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'scopes', busy: false, error: undefined })
    google.api.request = request
    await store.continueInteraction()
    await expect(outcome).resolves.toBe(true)
  })

  it('after a reload, a renewal waits for Google\'s script to load instead of failing', async () => {
    const storage = memoryStorage()
    await signedInStore({}, storage)
    const reloaded = createTokenStore({ storage })
    const pending = reloaded.getAccessToken({ forceRefresh: true })
    await vi.advanceTimersByTimeAsync(2_000)
    reloaded.setApi(fakeGoogle().api)
    await expect(pending).resolves.toBe('tok-1') // the new script's first token
    expect(reloaded.getSnapshot().interaction).toBeNull()
  })

  it('gives up waiting for a script that never loads and asks the user', async () => {
    const storage = memoryStorage()
    await signedInStore({}, storage)
    const reloaded = createTokenStore({ storage })
    void reloaded.getAccessToken({ forceRefresh: true })
    await vi.advanceTimersByTimeAsync(15_000)
    expect(reloaded.getSnapshot().interaction).toMatchObject({ reason: 'expired', error: 'unavailable' })
  })

  describe('storage', () => {
    it('keeps the token in sessionStorage only, so a reload within the hour does not ask again', async () => {
      localStorage.clear()
      sessionStorage.clear()
      await signedInStore({}, sessionStorage)
      expect(localStorage.length).toBe(0)
      expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({ accessToken: 'tok-1' })

      vi.advanceTimersByTime(10 * 60_000)
      const reloaded = createTokenStore({ storage: sessionStorage })
      expect(reloaded.getSnapshot()).toMatchObject({ signedIn: true, granted: [...SIGN_IN_SCOPES].sort() })
      expect(await reloaded.getAccessToken({})).toBe('tok-1')
      await reloaded.signOut()
      expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull()
    })

    it('drops a stored token that has expired or is malformed', async () => {
      const storage = memoryStorage()
      await signedInStore({}, storage)
      vi.setSystemTime(Date.now() + HOUR * 1000)
      expect(createTokenStore({ storage }).getSnapshot().signedIn).toBe(false)
      expect(storage.map.has(STORAGE_KEY)).toBe(false)
      storage.setItem(STORAGE_KEY, '{"accessToken":1}')
      expect(createTokenStore({ storage }).getSnapshot().signedIn).toBe(false)
      storage.setItem(STORAGE_KEY, 'not json')
      expect(createTokenStore({ storage }).getSnapshot().signedIn).toBe(false)
    })

    it('works without storage (memory only)', async () => {
      const { store } = await signedInStore({}, null)
      expect(await store.getAccessToken({})).toBe('tok-1')
    })
  })

  describe('sign-out', () => {
    it('revokes the token, clears storage and stops renewing', async () => {
      const { store, google, storage } = await signedInStore()
      await store.signOut()
      expect(google.revoked).toEqual(['tok-1'])
      expect(storage?.getItem(STORAGE_KEY)).toBeNull()
      expect(store.getSnapshot()).toMatchObject({ signedIn: false, granted: [], declined: [], interaction: null })
      await vi.advanceTimersByTimeAsync(2 * HOUR * 1000)
      expect(google.calls).toHaveLength(1)
      await expect(store.getAccessToken({})).rejects.toMatchObject({ code: 'signed_out' })
    })

    it('fails requests that were waiting for the dialog', async () => {
      const { store, google } = await signedInStore()
      google.state.blockSilent = true
      const pending = store.getAccessToken({ forceRefresh: true })
      await vi.advanceTimersByTimeAsync(0)
      await store.signOut()
      await expect(pending).rejects.toMatchObject({ code: 'signed_out' })
    })

    it('signs out even when revocation fails', async () => {
      const { store, google } = await signedInStore()
      google.api.revoke = async () => {
        throw new Error('offline')
      }
      await store.signOut()
      expect(store.getSnapshot().signedIn).toBe(false)
    })
  })
})
