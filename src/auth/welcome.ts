// Whether this browser has seen the welcome: the first visit to "/" shows it, later visits go to the library.
import type { Mode } from './session'
import { WELCOMED_STORAGE_KEY } from '../config/first-screen'

export function hasSeenWelcome(): boolean {
  try {
    return localStorage.getItem(WELCOMED_STORAGE_KEY) === 'yes'
  } catch {
    return false // Without storage every visit starts with the welcome, which is harmless.
  }
}

export function rememberWelcomeSeen(): void {
  try {
    localStorage.setItem(WELCOMED_STORAGE_KEY, 'yes')
  } catch {
    // Without storage the welcome shows again next time.
  }
}

/** After "Reset demo" the demo starts over as on a first visit, welcome included. */
export function forgetWelcomeSeen(): void {
  try {
    localStorage.removeItem(WELCOMED_STORAGE_KEY)
  } catch {
    // Nothing was stored.
  }
}

/**
 * Whether "/" goes straight to the library: a mode is chosen and the welcome was seen. A Google session (kept in
 * this tab over a reload) has been through sign-in on the welcome, so it counts as seen.
 */
export function skipsWelcome(mode: Mode | null): boolean {
  return mode === 'google' || (mode === 'demo' && hasSeenWelcome())
}
