// The Node host's command line (`shoebox-emulator`, or `npm run emulator --` in the app), checked before anything
// starts: a bad value is a usage error with the reason, never a server on a port nobody asked for.
import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CorsExpose, FaultConfig, Profile } from '../types'

export const USAGE = `Usage: shoebox-emulator [options]
  --port N              port to listen on, 0-65535 (0: any free port; default 8787)
  --host ADDRESS        address to listen on (default 127.0.0.1)
  --profile P           legacy (default) or 2025
  --items N             generated items added to demo's library, a whole number >= 0 (default 0)
  --faults SPEC         random faults: "latency=200,429=0.1,500=0.05,503=0.05,drop=0.02[,quota=daily][,seed=7][,media=true]"
  --data DIR            keep changes in DIR (default: in memory)
  --seed DIR            the seed's photo and video files (the app's public/demo-library); default: the package's fixture
  --manifest FILE       the seed manifest naming those files (default with --seed: the demo library's)
  --cors-expose MODE    all (default) or none: whether browsers may read the X-Goog-Upload-* response headers
  --help                show this text`

/** A command line the host refuses; main prints the message and the usage and exits with status 2. */
export class UsageError extends Error {}

export interface HostOptions {
  port: number
  host: string
  profile: Profile
  items: number
  faults: FaultConfig
  corsExpose: CorsExpose
  dataDir?: string
  /** Absolute folder of the seed files, or undefined for the package's fixture. */
  seedDir?: string
  /** Absolute path of the manifest, or undefined for the default of the seed. */
  manifestPath?: string
  help: boolean
}

function wholeNumber(name: string, text: string, max?: number): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isSafeInteger(n) || (max !== undefined && n > max)) {
    throw new UsageError(`--${name} must be a whole number ${max === undefined ? '(0 or more)' : `from 0 to ${max}`}, not "${text}"`)
  }
  return n
}

function oneOf<T extends string>(name: string, text: string, values: readonly T[]): T {
  const value = values.find((v) => v === text)
  if (value === undefined) throw new UsageError(`--${name} must be ${values.join(' or ')}, not "${text}"`)
  return value
}

/** "latency=200,429=0.1,500=0.05,503=0.05,drop=0.02[,quota=daily][,seed=7][,media=true]" */
export function parseFaults(text: string | undefined): FaultConfig {
  const f: FaultConfig = {}
  for (const part of (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [k, v = ''] = part.split('=')
    const n = Number(v)
    const rate = () => {
      if (v === '' || !(n >= 0 && n <= 1)) throw new UsageError(`--faults: ${k} must be a rate from 0 to 1, not "${v}"`)
      return n
    }
    if (k === 'latency') f.latencyMs = wholeNumber('faults latency', v)
    else if (k === '429') f.rate429 = rate()
    else if (k === '500') f.rate500 = rate()
    else if (k === '503') f.rate503 = rate()
    else if (k === 'drop') f.rateDrop = rate()
    else if (k === 'seed') f.seed = wholeNumber('faults seed', v, 2 ** 32 - 1)
    else if (k === 'quota') f.quota = oneOf('faults quota', v, ['daily', 'minute'] as const)
    else if (k === 'media') f.media = v !== 'false'
    else throw new UsageError(`--faults: unknown fault "${part}"`)
  }
  return f
}

function existing(name: string, path: string, kind: 'folder' | 'file'): string {
  const absolute = resolve(path)
  if (!existsSync(absolute) || statSync(absolute).isDirectory() !== (kind === 'folder')) {
    throw new UsageError(`--${name}: no ${kind} at ${path}`)
  }
  return absolute
}

export function parseHostArgs(argv: readonly string[]): HostOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        profile: { type: 'string', default: 'legacy' },
        items: { type: 'string', default: '0' },
        faults: { type: 'string' },
        data: { type: 'string' },
        seed: { type: 'string' },
        manifest: { type: 'string' },
        'cors-expose': { type: 'string', default: 'all' },
        help: { type: 'boolean', default: false },
      },
    }))
  } catch (e) {
    // util.parseArgs says what is wrong (an unknown option, a missing value, a stray argument).
    throw new UsageError(e instanceof Error ? e.message : String(e))
  }
  if (values.manifest !== undefined && values.seed === undefined) throw new UsageError('--manifest needs --seed, the folder of its files')
  return {
    port: wholeNumber('port', values.port, 65_535),
    host: values.host,
    profile: oneOf('profile', values.profile, ['legacy', '2025'] as const),
    items: wholeNumber('items', values.items),
    faults: parseFaults(values.faults),
    corsExpose: oneOf('cors-expose', values['cors-expose'], ['all', 'none'] as const),
    dataDir: values.data === undefined ? undefined : resolve(values.data),
    seedDir: values.seed === undefined ? undefined : existing('seed', values.seed, 'folder'),
    manifestPath: values.manifest === undefined ? undefined : existing('manifest', values.manifest, 'file'),
    help: values.help,
  }
}
