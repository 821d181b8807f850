// `npm run emulator -- --port 8787 [--host 127.0.0.1] [--profile legacy|2025] [--items N] [--faults "…"] [--data DIR]
//   [--cors-expose all|none]`
import { serve } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createEmulator } from '../index'
import type { FaultConfig, Persistence, Profile, SeedManifest } from '../types'
import { createFsPersistence } from './fs-persistence'
import { createFsSeedBytes } from './fs-seed-bytes'
import { createSharpResizer } from './sharp-resizer'

function args(argv: string[]): Map<string, string> {
  const out = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (!a.startsWith('--')) continue
    const [k, v] = a.slice(2).split('=', 2)
    if (v !== undefined) out.set(k, v)
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out.set(k, argv[++i])
    else out.set(k, 'true')
  }
  return out
}

/** "latency=200,429=0.1,500=0.05,503=0.05,drop=0.02[,quota=daily][,seed=7]" */
export function parseFaults(text: string | undefined): FaultConfig {
  const f: FaultConfig = {}
  for (const part of (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [k, v] = part.split('=')
    const n = Number(v)
    if (k === 'latency') f.latencyMs = n
    else if (k === '429') f.rate429 = n
    else if (k === '500') f.rate500 = n
    else if (k === '503') f.rate503 = n
    else if (k === 'drop') f.rateDrop = n
    else if (k === 'seed') f.seed = n
    else if (k === 'quota' && (v === 'daily' || v === 'minute')) f.quota = v
    else if (k === 'media') f.media = v !== 'false'
    else throw new Error(`unknown fault "${part}"`)
  }
  return f
}

const a = args(process.argv.slice(2))
const port = Number(a.get('port') ?? 8787)
const host = a.get('host') ?? '127.0.0.1'
const profile = (a.get('profile') ?? 'legacy') as Profile
if (profile !== 'legacy' && profile !== '2025') throw new Error(`--profile must be legacy or 2025`)
const items = Number(a.get('items') ?? 0)
const corsExpose = a.get('cors-expose') ?? 'all'
if (corsExpose !== 'all' && corsExpose !== 'none') throw new Error(`--cors-expose must be all or none`)
// --seed DIR: the demo library's files (the app's public/demo-library); without it, the package's own fixture.
const seedOption = a.get('seed')
const packageDir = resolve(import.meta.dirname, '../..')
const manifestPath = resolve(packageDir, seedOption ? 'src/seed/demo-library.json' : 'src/seed/fixture-library.json')
const seedDir = seedOption ? resolve(seedOption) : resolve(packageDir, 'src/seed/fixture')
const dataDir = a.get('data')
const persistence: Persistence | undefined = dataDir ? createFsPersistence(resolve(dataDir)) : undefined

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as SeedManifest
const emulator = createEmulator({
  basePath: '',
  profile,
  corsExpose,
  manifest,
  seedBytes: createFsSeedBytes(seedDir),
  imageResizer: createSharpResizer(),
  faults: parseFaults(a.get('faults')),
  largeLibrary: { items },
  persistence,
})
await emulator.control.ready()

const server = serve({ fetch: (req) => emulator.fetch(req), port, hostname: host }, (info) => {
  const cfg = emulator.control.getConfig()
  const total = manifest.items.length + cfg.largeLibraryItems
  console.log(`Shoebox emulator listening on http://${host}:${info.port} (profile ${cfg.profile}, ${total} items)`)
})

let closing = false
function shutdown(signal: string): void {
  if (closing) return
  closing = true
  console.log(`Shoebox emulator: ${signal}, shutting down`)
  server.close(() => process.exit(0))
  setTimeout(() => process.exit(0), 2000).unref()
}
process.on('SIGINT', () => shutdown('SIGINT'))
process.on('SIGTERM', () => shutdown('SIGTERM'))
