import { describe, expect, it, vi } from 'vitest'
import { createScopeGatedFetch, INSUFFICIENT_SCOPES_MESSAGE } from './scope-gate'
import { SCOPES, SIGN_IN_SCOPES } from './scopes'
import { createTokenStore, type GoogleTokenApi } from './token-store'

const api = 'https://photoslibrary.googleapis.com'

async function setup(decline: string[] = []) {
  let n = 0
  const google: GoogleTokenApi = {
    request: vi.fn(async ({ scopes }) => {
      n += 1
      const granted = n === 1 ? [...SIGN_IN_SCOPES] : scopes.filter((s: string) => !decline.includes(s))
      return { access_token: `tok-${n}`, expires_in: 3600, scope: granted.join(' ') }
    }),
    revoke: async () => {},
  }
  const store = createTokenStore()
  store.setApi(google)
  await store.signIn()
  const base = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response('{}', { status: 200 }))
  const gated = createScopeGatedFetch(base, store)
  return { store, google, base, gated }
}

describe('scope gate', () => {
  it('lets every call that needs no sharing scope through untouched, without asking Google', async () => {
    const { gated, base, google } = await setup()
    const init = { method: 'GET', headers: { Authorization: 'Bearer tok-1' } }
    await gated(`${api}/v1/albums`, init)
    await gated(`${api}/v1/sharedAlbums`, init)
    expect(base).toHaveBeenCalledTimes(2)
    expect(base.mock.calls[0][1]).toBe(init)
    expect(google.request).toHaveBeenCalledTimes(1) // sign-in only
  })

  it('asks for the sharing scope when the user joins, then sends the call with the new token', async () => {
    const { gated, base, store } = await setup()
    const res = await gated(`${api}/v1/sharedAlbums:join`, { method: 'POST', headers: { Authorization: 'Bearer tok-1' }, body: '{}' })
    expect(res.status).toBe(200)
    expect(store.getSnapshot().granted).toContain(SCOPES.sharing)
    expect(new Headers(base.mock.calls[0][1]?.headers).get('Authorization')).toBe('Bearer tok-2')
  })

  it('answers 403 PERMISSION_DENIED, as Google would, when the user declines and chooses "Not now"', async () => {
    const { gated, base, store } = await setup([SCOPES.sharing])
    const pending = gated(`${api}/v1/albums/abc:share`, { method: 'POST', body: '{}' })
    await vi.waitFor(() => expect(store.getSnapshot().interaction?.reason).toBe('declined'))
    store.dismissInteraction()
    const res = await pending
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 403, status: 'PERMISSION_DENIED', message: INSUFFICIENT_SCOPES_MESSAGE } })
    expect(base).not.toHaveBeenCalled()
  })
})
