// In-process test emulator for Vitest: memory persistence, sharp resizer, seed bytes from disk, a deterministic
// clock, and automatic response validation against the discovery document (see schema-check.ts).
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { matchRoute } from './app'
import { createEmulator } from './index'
import { concatBytes } from './util'
import { createFsSeedBytes } from './node/fs-seed-bytes'
import { createSharpResizer } from './node/sharp-resizer'
import { checkBody, checkErrorBody, responseSchemaOf, type DiscoveryDoc } from './schema-check'
import type { EmulatorControl, EmulatorOptions, FaultConfig, Persistence, Profile, SeedBytes, SeedManifest } from './types'

// The package's folder (vitest may give modules a non-file import.meta.url, so fall back to finding it from the cwd).
const here = (import.meta as { dirname?: string }).dirname
const packageDir = here ? resolve(here, '..') : resolve(process.cwd(), existsSync('packages/photos-emulator') ? 'packages/photos-emulator' : '.')
export const FIXTURE_MANIFEST_PATH = resolve(packageDir, 'src/seed/fixture-library.json')
export const FIXTURE_DIR = `${resolve(packageDir, 'src/seed/fixture')}/`
const DEMO_MANIFEST_PATH = resolve(packageDir, 'src/seed/demo-library.json')
/** The API contract the emulator implements: the repository's copy of Google's discovery document. */
export const DISCOVERY_PATH = resolve(packageDir, '../../contract/photoslibrary-v1.discovery.json')
/** The test clock starts here (a fixed instant, after every seed date). */
export const TEST_EPOCH = Date.parse('2026-01-15T12:00:00Z')
export const TEST_BASE_URL = 'http://emulator.test'

let discovery: DiscoveryDoc | undefined
function discoveryDoc(): DiscoveryDoc {
  discovery ??= JSON.parse(readFileSync(DISCOVERY_PATH, 'utf8')) as DiscoveryDoc
  return discovery
}

export function loadFixtureManifest(): SeedManifest {
  return JSON.parse(readFileSync(FIXTURE_MANIFEST_PATH, 'utf8')) as SeedManifest
}

export interface TestEmulatorOptions {
  /** 'demo' (the demo library, its files in `seedDir`) or 'fixture' (the package's own small library). Default: demo when `seedDir` is given. */
  seed?: 'demo' | 'fixture'
  /** The folder holding the demo library's files (the app's `public/demo-library/`), as the Node host's `--seed`. */
  seedDir?: string
  profile?: Profile
  faults?: FaultConfig
  largeLibrary?: { items: number }
  videoProcessingMs?: number
  persistence?: Persistence
  basePath?: string
  baseUrl?: string
  /** Validate every response against the discovery document (default true; a violation rejects the fetch). */
  validate?: boolean
  startTime?: number
  /** Wraps the seed files read from disk (to add ready-made thumbnails, or to count reads). */
  seedBytes?: (fromDisk: SeedBytes) => SeedBytes
}

export interface TestEmulator {
  fetch: typeof fetch
  baseUrl: string
  control: EmulatorControl
  clock: { advance(ms: number): void; now(): number }
  /** Number of responses checked against the discovery schemas so far. */
  readonly validated: number
}

export function createTestEmulator(opts: TestEmulatorOptions = {}): TestEmulator {
  const useDemo = (opts.seed ?? (opts.seedDir ? 'demo' : 'fixture')) === 'demo'
  if (useDemo && !opts.seedDir) throw new Error("createTestEmulator: seed 'demo' needs seedDir, the folder of the demo library's files")
  const manifestPath = useDemo ? DEMO_MANIFEST_PATH : FIXTURE_MANIFEST_PATH
  const dir = useDemo && opts.seedDir ? opts.seedDir : FIXTURE_DIR
  let now = opts.startTime ?? TEST_EPOCH
  const options: EmulatorOptions = {
    basePath: opts.basePath ?? '',
    profile: opts.profile ?? 'legacy',
    manifest: async () => JSON.parse(readFileSync(manifestPath, 'utf8')) as SeedManifest,
    seedBytes: opts.seedBytes ? opts.seedBytes(createFsSeedBytes(dir)) : createFsSeedBytes(dir),
    imageResizer: createSharpResizer(),
    clock: () => now,
    faults: opts.faults,
    largeLibrary: opts.largeLibrary,
    videoProcessingMs: opts.videoProcessingMs,
    persistence: opts.persistence,
  }
  const emu = createEmulator(options)
  const baseUrl = `${opts.baseUrl ?? TEST_BASE_URL}${options.basePath ?? ''}`
  const validate = opts.validate !== false
  let validated = 0

  /** Reads the whole body (re-creating a cut stream if the body errors), validates it, returns an equivalent Response. */
  async function check(request: Request, res: Response): Promise<Response> {
    const url = new URL(request.url)
    const v1 = `${options.basePath ?? ''}/v1/`
    if (!url.pathname.startsWith(v1) || url.pathname.startsWith(`${v1}uploads`) || !res.body) return res
    const chunks: Uint8Array[] = []
    const reader = res.body.getReader()
    let failure: unknown
    for (;;) {
      try {
        const { done, value } = await reader.read()
        if (done) break
        chunks.push(value)
      } catch (e) {
        failure = e
        break
      }
    }
    const init = { status: res.status, statusText: res.statusText, headers: res.headers }
    if (failure !== undefined) {
      // a dropped (fault-injected) body cannot be validated: hand the same cut stream to the caller
      return new Response(
        new ReadableStream<Uint8Array>({
          start(c) {
            for (const chunk of chunks) c.enqueue(chunk)
          },
          pull(c) {
            c.error(failure)
          },
        }),
        init,
      )
    }
    const bytes = concatBytes(chunks)
    const type = res.headers.get('Content-Type') ?? ''
    if (!type.startsWith('application/json')) throw new Error(`emulator: ${request.method} ${url.pathname} answered ${type}, not JSON`)
    const body: unknown = JSON.parse(new TextDecoder().decode(bytes))
    let problems: string[]
    if (res.ok) {
      const route = matchRoute(request.method, decodeURIComponent(url.pathname.slice(v1.length)))
      const schema = route ? responseSchemaOf(discoveryDoc(), route.name) : undefined
      if (!schema) throw new Error(`emulator: no discovery method for ${request.method} ${url.pathname}`)
      problems = checkBody(discoveryDoc(), schema, body)
    } else problems = checkErrorBody(body, res.status)
    validated++
    if (problems.length) throw new Error(`emulator response to ${request.method} ${url.pathname} violates the discovery schema:\n  ${problems.join('\n  ')}`)
    return new Response(bytes.slice().buffer as ArrayBuffer, init)
  }

  const testFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    // Relative paths ('/v1/albums') are taken relative to baseUrl, which includes any basePath.
    const text = input instanceof Request ? '' : String(input)
    const target = input instanceof Request ? input : text.startsWith('/') ? `${baseUrl}${text}` : new URL(text, `${baseUrl}/`).toString()
    const request = new Request(target, init)
    const res = await emu.fetch(request)
    if (validate && request.method !== 'HEAD') return check(request, res)
    return res
  }

  return {
    fetch: testFetch as typeof fetch,
    baseUrl,
    control: emu.control,
    clock: {
      advance(ms: number) {
        now += ms
      },
      now: () => now,
    },
    get validated() {
      return validated
    },
  }
}
