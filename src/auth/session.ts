// Which backend the app talks to: the in-browser demo emulator or Google. Views never read this;
// only the app shell (to build the client) and the start page (to choose) do.
import { useSyncExternalStore } from 'react'
import { config } from '../config/env'

export type Mode = 'demo' | 'google'
const MODE_KEY = 'shoebox.mode'

function readStoredMode(): Mode | null {
  if (!config.googleClientId) return 'demo' // Without a client ID the demo is the only mode.
  try {
    return localStorage.getItem(MODE_KEY) === 'demo' ? 'demo' : null
  } catch {
    return null
  }
}

let mode: Mode | null = readStoredMode()
const listeners = new Set<() => void>()

function setMode(next: Mode | null) {
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

export const googleSignInConfigured = Boolean(config.googleClientId)
