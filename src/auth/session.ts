// Which backend the app talks to: the in-browser demo emulator or Google. Views never read this;
// only the app shell (to build the client) and the start page (to choose) do.
import { useSyncExternalStore } from 'react'
import { config } from '../config/env'
import { authStore } from './store'

export type Mode = 'demo' | 'google'
const MODE_KEY = 'shoebox.mode'

function readStoredMode(): Mode | null {
  if (!config.googleClientId) return 'demo' // Without a client ID the demo is the only mode.
  try {
    if (localStorage.getItem(MODE_KEY) === 'demo') return 'demo'
  } catch {
    // no storage: fall through
  }
  // A Google token kept in this tab's sessionStorage from before a reload: carry on in Google mode.
  return authStore.getSnapshot().signedIn ? 'google' : null
}

let mode: Mode | null = readStoredMode()
const listeners = new Set<() => void>()

function setMode(next: Mode | null) {
  if (next === mode) return
  mode = next
  try {
    if (next === 'demo') localStorage.setItem(MODE_KEY, 'demo')
    else localStorage.removeItem(MODE_KEY)
  } catch {
    // Without storage the choice lasts for this page only.
  }
  listeners.forEach((listener) => listener())
}

export const session = {
  getMode: () => mode,
  chooseDemo: () => setMode('demo'),
  enterGoogle: () => setMode('google'),
  /** Leaves the current mode and returns to the start page (only meaningful with a client ID). */
  leave: () => setMode(config.googleClientId ? null : 'demo'),
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

export function useMode(): Mode | null {
  return useSyncExternalStore(session.subscribe, session.getMode, session.getMode)
}

/**
 * Whose data this tab shows: `demo:<user>`, `google:<account>` or `none` (the start page). Every per-session
 * store (the query cache, the upload queue, local records) belongs to one key, so switching mode, signing out or
 * signing in as someone else never shows another session's data.
 */
export function currentSessionKey(): string {
  if (mode === 'demo') return `demo:${readDemoUser()}`
  if (mode === 'google') return `google:${authStore.getSnapshot().account ?? 'unknown'}`
  return 'none'
}

function subscribeSessionKey(listener: () => void): () => void {
  const offMode = session.subscribe(listener)
  const offAuth = authStore.subscribe(listener)
  return () => {
    offMode()
    offAuth()
  }
}

export function useSessionKey(): string {
  return useSyncExternalStore(subscribeSessionKey, currentSessionKey, currentSessionKey)
}

/** Runs `listener(previousKey)` whenever the session key changes (for stores outside React). */
export function onSessionChange(listener: (previousKey: string) => void): () => void {
  let previous = currentSessionKey()
  return subscribeSessionKey(() => {
    const next = currentSessionKey()
    if (next === previous) return
    const was = previous
    previous = next
    listener(was)
  })
}

export const googleSignInConfigured = Boolean(config.googleClientId)

const DEMO_USER_KEY = 'shoebox.demoUser'
const DEMO_USER_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/

/**
 * The demo user this tab acts as. The emulator names users by their bearer token, and its seed has
 * several (`demo` owns the library; `alice` and `bob` share albums with it). `?demoUser=alice` on any
 * address switches this tab to another user, so sharing can be shown between two windows.
 */
let demoUser: string | undefined

export function readDemoUser(): string {
  demoUser ??= readDemoUserFromPage()
  return demoUser
}

function readDemoUserFromPage(): string {
  try {
    const url = new URL(window.location.href)
    const requested = url.searchParams.get('demoUser')
    if (requested !== null) {
      url.searchParams.delete('demoUser')
      window.history.replaceState(window.history.state, '', url)
      if (DEMO_USER_PATTERN.test(requested)) sessionStorage.setItem(DEMO_USER_KEY, requested)
    }
    const stored = sessionStorage.getItem(DEMO_USER_KEY)
    return stored && DEMO_USER_PATTERN.test(stored) ? stored : 'demo'
  } catch {
    return 'demo'
  }
}
