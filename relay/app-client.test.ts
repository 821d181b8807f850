// @vitest-environment ./src/test/node-env.ts
// Shoebox's own API client, as a page on another origin sees the network, uploading through the relay to the
// Node emulator that hides the X-Goog-Upload-* headers from pages (`--cors-expose none`): with the relay the
// app keeps the resumable protocol; without it the same upload has to fall back to raw.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestClient } from '../src/api/test-harness'
import { FIXTURE_DIR } from '@shoebox/photos-emulator/testing'
import { parseRelayConfig } from './config.ts'
import { createRelay } from './relay.ts'
import { listen, startEmulator, type Host } from './test-support.ts'

const APP_ORIGIN = 'https://photos.example.org'
const TOKEN = 'demo~2;scopes=photoslibrary.appendonly,photoslibrary.readonly.appcreateddata'
// Response headers a page may always read across origins (the CORS-safelisted ones).
const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']

/** fetch as a page at APP_ORIGIN sees it: only safelisted headers and those the server exposes to that origin. */
const pageFetch = (async (input: string | URL | Request, init?: RequestInit) => {
  const headers = new Headers(init?.headers)
  headers.set('Origin', APP_ORIGIN)
  const res = await fetch(input, { ...init, headers })
  const allowed = res.headers.get('Access-Control-Allow-Origin')
  if (allowed !== '*' && allowed !== APP_ORIGIN) throw new TypeError('Failed to fetch')
  const exposed = (res.headers.get('Access-Control-Expose-Headers') ?? '').split(',').map((h) => h.trim().toLowerCase())
  const visible = new Headers()
  for (const [name, value] of res.headers) if (SAFELISTED.includes(name) || exposed.includes(name)) visible.set(name, value)
  return new Response(res.body, { status: res.status, headers: visible })
}) as typeof fetch

/** 400 000 bytes starting with a real JPEG: two resumable chunks of at most 262 144 bytes. */
function largePhoto(name: string): File {
  const jpeg = new Uint8Array(readFileSync(`${FIXTURE_DIR}beach-sunset.jpg`))
  const bytes = new Uint8Array(400_000)
  bytes.set(jpeg)
  return new File([bytes], name, { type: 'image/jpeg' })
}

let emulator: Host
let relay: Host

beforeAll(async () => {
  emulator = await startEmulator('none')
  const handler = createRelay(parseRelayConfig({ upstream: emulator.origin, allowedOrigins: [APP_ORIGIN] }))
  relay = await listen((request) => handler.fetch(request))
})
afterAll(async () => {
  await relay.close()
  await emulator.close()
})

function appClient(uploadUrl?: string) {
  return createTestClient(
    { baseUrl: emulator.origin, fetch: pageFetch },
    { token: TOKEN, uploadUrl, upload: { resumableThresholdBytes: 300_000, chunkBytes: 262_144 } },
  )
}

describe('the app uploading through the relay', () => {
  it('keeps the resumable protocol, in chunks sent to the relay, and creates the item', async () => {
    const t = appClient(`${relay.origin}/v1/uploads`)
    const results = await t.client.uploads.uploadFiles([{ file: largePhoto('through-relay.jpg') }])
    expect(results[0]).toMatchObject({ status: 'created', fileName: 'through-relay.jpg' })
    expect(t.client.uploads.largeFileProtocol()).toBe('resumable')
    const uploads = t.calls.filter((c) => c.url.pathname === '/v1/uploads')
    expect(uploads.map((c) => c.headers.get('X-Goog-Upload-Command'))).toEqual(['start', 'upload', 'upload, finalize'])
    expect(uploads.every((c) => c.url.origin === relay.origin)).toBe(true)
    expect(uploads.map((c) => c.bytes)).toEqual([0, 262_144, 400_000 - 262_144])
  })

  it('without the relay, the same page cannot read the session URL and falls back to raw', async () => {
    const t = appClient()
    const results = await t.client.uploads.uploadFiles([{ file: largePhoto('direct.jpg') }])
    expect(results[0]).toMatchObject({ status: 'created', fileName: 'direct.jpg' })
    expect(t.client.uploads.largeFileProtocol()).toBe('raw')
  })
})
