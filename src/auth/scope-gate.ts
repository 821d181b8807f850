// Incremental consent at the moment of need: a sharing call (share, unshare, join, leave, open by link) first
// makes sure the token carries the sharing scope. Declined, the call answers as Google would for a token
// without that scope (403 PERMISSION_DENIED), so the feature's own explanation of that answer applies.
import { scopesForRequest } from './scopes'
import type { TokenStore } from './token-store'

type Fetch = typeof fetch

export const INSUFFICIENT_SCOPES_MESSAGE = 'Request had insufficient authentication scopes.'

function insufficientScopes(): Response {
  const body = {
    error: {
      code: 403,
      message: INSUFFICIENT_SCOPES_MESSAGE,
      status: 'PERMISSION_DENIED',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT',
          domain: 'googleapis.com',
          metadata: { service: 'photoslibrary.googleapis.com' },
        },
      ],
    },
  }
  return new Response(JSON.stringify(body), { status: 403, headers: { 'Content-Type': 'application/json; charset=UTF-8' } })
}

function describe(input: RequestInfo | URL, init: RequestInit | undefined): { method: string; url: string } {
  if (input instanceof Request) return { method: init?.method ?? input.method, url: input.url }
  return { method: init?.method ?? 'GET', url: input instanceof URL ? input.href : input }
}

export function createScopeGatedFetch(base: Fetch, store: Pick<TokenStore, 'ensureScopes' | 'getAccessToken' | 'getSnapshot'>): Fetch {
  return async (input, init) => {
    const { method, url } = describe(input, init)
    const needed = scopesForRequest(method, url)
    if (needed.length === 0 || needed.every((scope) => store.getSnapshot().granted.includes(scope))) return base(input, init)
    let granted: boolean
    try {
      granted = await store.ensureScopes(needed)
    } catch {
      return base(input, init) // signed out meanwhile: let the API answer 401
    }
    if (!granted) return insufficientScopes()
    // The request was signed with the token from before the grant; the new one carries the scope.
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined))
    headers.set('Authorization', `Bearer ${await store.getAccessToken({})}`)
    return base(input, { ...init, headers })
  }
}
