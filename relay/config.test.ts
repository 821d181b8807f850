import { describe, expect, it } from 'vitest'
import { parseNodeArgs } from './cli.ts'
import { DEFAULT_MEDIA_UPSTREAMS, DEFAULT_UPSTREAM, RelayConfigError, parseRelayConfig, relayConfigFromEnv } from './config.ts'

const refusal = (run: () => unknown): string => {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(RelayConfigError)
    return (e as Error).message
  }
  throw new Error('expected a RelayConfigError')
}

describe('relay configuration', () => {
  it('defaults to Google’s upload and media hosts and normalises what it is given', () => {
    expect(parseRelayConfig({ allowedOrigins: ['https://photos.example.org/'] })).toEqual({
      upstream: DEFAULT_UPSTREAM,
      mediaUpstreams: DEFAULT_MEDIA_UPSTREAMS,
      allowedOrigins: ['https://photos.example.org'],
      publicUrl: undefined,
    })
    expect(parseRelayConfig({ allowedOrigins: ['http://localhost:5173'], publicUrl: 'https://relay.example.org/photos/' }).publicUrl).toBe('https://relay.example.org/photos')
  })

  it('refuses a missing origin, wildcards, "null", and anything that is not an origin', () => {
    expect(refusal(() => parseRelayConfig({}))).toMatch(/at least one allowed origin/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['*'] }))).toMatch(/wildcards are refused/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['https://*.example.org'] }))).toMatch(/wildcards are refused/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['null'] }))).toMatch(/"null" is refused/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['photos.example.org'] }))).toMatch(/"photos.example.org" is not a URL/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['https://photos.example.org/app'] }))).toMatch(/origin only/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['ftp://photos.example.org'] }))).toMatch(/must use https/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['https://a.example'], upstream: 'https://photoslibrary.googleapis.com/v1' }))).toMatch(/upstream .* origin only/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['https://a.example'], mediaUpstreams: ['https://user:pw@lh3.googleusercontent.com'] }))).toMatch(/media upstream .* origin only/)
    expect(refusal(() => parseRelayConfig({ allowedOrigins: ['https://a.example'], publicUrl: 'https://relay.example.org/?x=1' }))).toMatch(/must not carry a query/)
  })

  it('reads the same settings from environment variables (Workers, Deno)', () => {
    expect(
      relayConfigFromEnv({
        RELAY_ALLOWED_ORIGINS: 'https://a.example, https://b.example',
        RELAY_MEDIA_UPSTREAMS: 'https://lh3.googleusercontent.com https://lh4.googleusercontent.com',
        RELAY_PUBLIC_URL: 'https://relay.example.org',
        UNRELATED_BINDING: { kind: 'kv' },
      }),
    ).toEqual({
      upstream: DEFAULT_UPSTREAM,
      mediaUpstreams: ['https://lh3.googleusercontent.com', 'https://lh4.googleusercontent.com'],
      allowedOrigins: ['https://a.example', 'https://b.example'],
      publicUrl: 'https://relay.example.org',
    })
    expect(refusal(() => relayConfigFromEnv({}))).toMatch(/at least one allowed origin/)
  })
})

describe('Node command line', () => {
  it('takes repeated or comma-separated origins and media hosts', () => {
    const options = parseNodeArgs([
      '--port', '8790', '--upstream', 'https://photoslibrary.googleapis.com',
      '--allow-origin', 'https://photos.example.org', '--allow-origin', 'http://localhost:5173,http://127.0.0.1:5173',
      '--media-upstream', 'https://lh3.googleusercontent.com', '--public-url', 'https://relay.example.org',
    ])
    expect(options).toMatchObject({ port: 8790, host: '127.0.0.1', quiet: false })
    expect(options.config.allowedOrigins).toEqual(['https://photos.example.org', 'http://localhost:5173', 'http://127.0.0.1:5173'])
    expect(options.config.publicUrl).toBe('https://relay.example.org')
  })

  it('refuses bad values with a message naming them', () => {
    expect(refusal(() => parseNodeArgs(['--port', '8790']))).toMatch(/at least one allowed origin/)
    expect(refusal(() => parseNodeArgs(['--allow-origin', 'https://a.example', '--port', 'eighty']))).toMatch(/--port "eighty" must be a whole number/)
    expect(refusal(() => parseNodeArgs(['--allow-origin', 'https://a.example', '--port', '70000']))).toMatch(/--port "70000"/)
    expect(refusal(() => parseNodeArgs(['--allow-origin', 'https://a.example', '--open-proxy']))).toMatch(/Unknown option '--open-proxy'[\s\S]*usage:/)
    expect(refusal(() => parseNodeArgs(['--allow-origin', '*']))).toMatch(/wildcards are refused/)
  })
})
