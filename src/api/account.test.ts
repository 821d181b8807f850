import { describe, expect, it, vi } from 'vitest'
import { fetchGoogleAccount, GOOGLE_USERINFO_URL } from './account'

const answer = (status: number, body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status }))

describe('fetchGoogleAccount', () => {
  it('reads the account from user info, sending the token in the Authorization header only', async () => {
    const fetchImpl = answer(200, { sub: '1234', email: 'ada@example.com', email_verified: true })
    await expect(fetchGoogleAccount('tok~1', fetchImpl)).resolves.toEqual({ sub: '1234', email: 'ada@example.com' })
    expect(fetchImpl).toHaveBeenCalledWith(GOOGLE_USERINFO_URL, { headers: { Authorization: 'Bearer tok~1' } })
  })

  it('answers null when Google does not say who it is', async () => {
    await expect(fetchGoogleAccount('t', answer(401, { error: 'invalid_token' }))).resolves.toBeNull()
    await expect(fetchGoogleAccount('t', answer(200, { email: 'no-sub@example.com' }))).resolves.toBeNull()
    await expect(fetchGoogleAccount('t', vi.fn(async () => Promise.reject(new TypeError('offline'))))).resolves.toBeNull()
  })
})
