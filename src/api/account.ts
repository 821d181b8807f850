// Who is signed in: Google's OpenID Connect user info, read with the access token (openid and userinfo.email
// scopes). Not a Photos API call, so it is not counted against the Photos quota.

export const GOOGLE_USERINFO_URL = 'https://openidconnect.googleapis.com/v1/userinfo'

export interface GoogleAccount {
  /** Google's stable account id. */
  sub: string
  email?: string
}

/** The signed-in account, or null when Google does not say (offline, scope not granted, another server). */
export async function fetchGoogleAccount(accessToken: string, fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Promise<GoogleAccount | null> {
  try {
    const response = await fetchImpl(GOOGLE_USERINFO_URL, { headers: { Authorization: `Bearer ${accessToken}` } })
    if (!response.ok) return null
    const body: unknown = await response.json()
    if (typeof body !== 'object' || body === null) return null
    const { sub, email } = body as Record<string, unknown>
    if (typeof sub !== 'string' || sub === '') return null
    return { sub, email: typeof email === 'string' ? email : undefined }
  } catch {
    return null
  }
}
