import { describe, expect, it } from 'vitest'
import type { TokenClientConfig } from '@react-oauth/google'
import { createGisTokenApi, type GoogleOAuth2 } from './gis'
import { RETIRED_SCOPES, SCOPES, SIGN_IN_SCOPES } from './scopes'
import { createTokenStore } from './token-store'

/** Google's token client as the page sees it, recording the scope string of every window it would open. */
function fakeOAuth2() {
  const asked: { scope: string; hint?: string }[] = []
  const oauth2: GoogleOAuth2 = {
    initTokenClient(config: TokenClientConfig) {
      return {
        requestAccessToken() {
          asked.push({ scope: config.scope, hint: config.hint })
          config.callback?.({ access_token: `tok-${asked.length}`, expires_in: 3600, scope: config.scope } as Parameters<NonNullable<TokenClientConfig['callback']>>[0])
        },
      }
    },
    revoke: (_token, done) => done?.(),
  }
  return { oauth2, asked }
}

describe("Google's token client", () => {
  it('never sends a retired scope to Google, whichever code path asks for one', async () => {
    const { oauth2, asked } = fakeOAuth2()
    const store = createTokenStore()
    store.setApi(createGisTokenApi('id.apps.googleusercontent.com', oauth2, { allowRetiredScopes: false }))
    await store.signIn()
    const sharing = store.ensureScopes([SCOPES.sharing]) // a feature asking for sharing anyway
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getSnapshot().interaction).toMatchObject({ reason: 'declined' }) // Google never granted it
    store.dismissInteraction()
    await expect(sharing).resolves.toBe(false)
    await store.getAccessToken({ forceRefresh: true })
    expect(asked.length).toBe(3)
    for (const { scope } of asked) {
      for (const retired of RETIRED_SCOPES) expect(scope.split(' ')).not.toContain(retired)
    }
    expect(asked[0].scope.split(' ').sort()).toEqual([...SIGN_IN_SCOPES].sort())
  })

  it('against another server (the emulator), asks for the sharing scope when a feature needs it, with the account as hint', async () => {
    const { oauth2, asked } = fakeOAuth2()
    const store = createTokenStore()
    store.setApi(createGisTokenApi('id.apps.googleusercontent.com', oauth2, { allowRetiredScopes: true }))
    await store.signIn()
    store.setAccount('ada@example.com')
    await expect(store.ensureScopes([SCOPES.sharing])).resolves.toBe(true)
    expect(asked[1].scope.split(' ')).toContain(SCOPES.sharing)
    await store.getAccessToken({ forceRefresh: true })
    expect(asked[2].hint).toBe('ada@example.com')
  })
})
