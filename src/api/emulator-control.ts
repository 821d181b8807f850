// The emulator's own control routes (not part of Google's API), used by the demo's "Reset demo".
export async function resetEmulator(baseUrl: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)) {
  const response = await fetchImpl(`${baseUrl.replace(/\/+$/, '')}/_emulator/reset`, { method: 'POST' })
  if (!response.ok) throw new Error(`The demo could not be reset (HTTP ${response.status}).`)
}
