import { describe, expect, it } from 'vitest'
import { parseConfig } from './env'
import { contentSecurityPolicy, GOOGLE_SIGN_IN_SCRIPT, headersFile, securityConfigFromEnv, securityHeaders } from './security-headers'

const directive = (csp: string, name: string) =>
  csp
    .split('; ')
    .find((d) => d.startsWith(`${name} `))
    ?.slice(name.length + 1)
    .split(' ')

const GOOGLE_ENV = { VITE_GOOGLE_CLIENT_ID: 'test-client.apps.googleusercontent.com' }

describe('security headers', () => {
  it('reads the same API and upload URLs as the app config, defaults included', () => {
    for (const env of [
      GOOGLE_ENV,
      { ...GOOGLE_ENV, VITE_PHOTOS_API_URL: 'http://127.0.0.1:8787' },
      { ...GOOGLE_ENV, VITE_PHOTOS_API_URL: 'http://127.0.0.1:8787', VITE_PHOTOS_UPLOAD_URL: 'https://relay.example.org/up' },
      { ...GOOGLE_ENV, VITE_PHOTOS_API_URL: '', VITE_PHOTOS_UPLOAD_URL: '' },
    ]) {
      const app = parseConfig(env)
      const security = securityConfigFromEnv(env)
      expect(new URL(security.apiUrl).origin).toBe(new URL(app.photosApiUrl).origin)
      expect(new URL(security.uploadUrl).origin).toBe(new URL(app.photosUploadUrl).origin)
    }
  })

  it("lets a Google build reach its API, upload and picker origins, Google's sign-in and media hosts, and nothing else", () => {
    const csp = contentSecurityPolicy(
      securityConfigFromEnv({ ...GOOGLE_ENV, VITE_PHOTOS_API_URL: 'http://127.0.0.1:8787', VITE_PHOTOS_UPLOAD_URL: 'https://relay.example.org/up' }),
    )
    expect(directive(csp, 'script-src')).toEqual(["'self'", GOOGLE_SIGN_IN_SCRIPT])
    expect(directive(csp, 'connect-src')).toEqual(
      expect.arrayContaining(["'self'", 'http://127.0.0.1:8787', 'https://relay.example.org', 'https://photospicker.googleapis.com', 'https://accounts.google.com/gsi/']),
    )
    expect(directive(csp, 'connect-src')).not.toContain('https://photoslibrary.googleapis.com')
    expect(directive(csp, 'img-src')).toEqual(expect.arrayContaining(["'self'", 'blob:', 'http://127.0.0.1:8787', 'https://lh3.googleusercontent.com']))
    expect(directive(csp, 'frame-ancestors')).toEqual(["'none'"])
    expect(directive(csp, 'script-src')?.join(' ')).not.toContain('unsafe')
    expect(csp).not.toContain('unsafe-eval')
  })

  it('allows a configured picker URL', () => {
    const csp = contentSecurityPolicy(securityConfigFromEnv({ ...GOOGLE_ENV, VITE_PHOTOS_PICKER_URL: 'http://127.0.0.1:9000' }))
    expect(directive(csp, 'connect-src')).toContain('http://127.0.0.1:9000')
  })

  it('gives a demo-only build no other origin at all', () => {
    const csp = contentSecurityPolicy(securityConfigFromEnv({ VITE_GOOGLE_CLIENT_ID: '' }))
    expect(csp).not.toMatch(/https?:\/\//)
    expect(directive(csp, 'script-src')).toEqual(["'self'"])
    expect(directive(csp, 'frame-src')).toEqual(["'none'"])
  })

  it("allows the build's inline scripts by their hashes only", () => {
    const hash = "'sha256-abc='"
    const csp = contentSecurityPolicy({ ...securityConfigFromEnv({ VITE_GOOGLE_CLIENT_ID: '' }), inlineScripts: [hash] })
    expect(directive(csp, 'script-src')).toEqual(["'self'", hash])
  })

  it('leaves frame-ancestors out of the meta-tag form, which browsers ignore there', () => {
    const security = securityConfigFromEnv(GOOGLE_ENV)
    expect(directive(contentSecurityPolicy(security, { forMeta: true }), 'frame-ancestors')).toBeUndefined()
  })

  it('writes a _headers file for the base path', () => {
    const file = headersFile('/shoebox/', securityHeaders(securityConfigFromEnv({})))
    expect(file.split('\n')[0]).toBe('/shoebox/*')
    expect(file).toContain('  Referrer-Policy: no-referrer\n')
    expect(file).toContain('  X-Content-Type-Options: nosniff\n')
    expect(file).toMatch(/^ {2}Content-Security-Policy: default-src 'self'; .*frame-ancestors 'none'$/m)
  })
})
