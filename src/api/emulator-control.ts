// The emulator's own control routes (not part of Google's API), used by the demo's "Reset demo".
export async function resetEmulator(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
  const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_emulator/reset`, { method: 'POST' })
  if (!response.ok) throw new Error(`The demo could not be reset (HTTP ${response.status}).`)
}

/** The emulator's API profiles: `legacy` (the API as documented) and `2025` (Google's rules today). */
export type EmulatorProfile = 'legacy' | '2025'

export async function readEmulatorProfile(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<EmulatorProfile> {
  const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_emulator/config`)
  const body = (await response.json().catch(() => ({}))) as { profile?: string }
  return body.profile === '2025' ? '2025' : 'legacy'
}

export async function setEmulatorProfile(baseUrl: string, profile: EmulatorProfile, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
  const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_emulator/config`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ profile }),
  })
  if (!response.ok) throw new Error(`The demo’s API profile could not be changed (HTTP ${response.status}).`)
}
