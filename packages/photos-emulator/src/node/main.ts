// The emulator's Node host: `shoebox-emulator [options]` (see USAGE in args.ts), or `npm run emulator -- …` in the
// app, which passes the demo library as the seed.
import { serve } from '@hono/node-server'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createEmulator } from '../index'
import type { SeedManifest } from '../types'
import { parseHostArgs, USAGE, UsageError, type HostOptions } from './args'
import { createFsPersistence } from './fs-persistence'
import { createFsSeedBytes } from './fs-seed-bytes'
import { createSharpResizer } from './sharp-resizer'

function optionsOrExit(argv: string[]): HostOptions {
  try {
    return parseHostArgs(argv)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    console.error(`shoebox-emulator: ${e.message}\n\n${USAGE}`)
    process.exit(2)
  }
}

const options = optionsOrExit(process.argv.slice(2))
if (options.help) {
  console.log(USAGE)
  process.exit(0)
}

// Without --seed, the package's own small fixture; with it, the demo library's manifest unless --manifest names one.
const seedFile = (name: string) => fileURLToPath(new URL(`../seed/${name}`, import.meta.url))
const manifestPath = options.manifestPath ?? seedFile(options.seedDir ? 'demo-library.json' : 'fixture-library.json')
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as SeedManifest
const emulator = createEmulator({
  basePath: '',
  profile: options.profile,
  corsExpose: options.corsExpose,
  manifest,
  seedBytes: createFsSeedBytes(options.seedDir ?? seedFile('fixture')),
  imageResizer: createSharpResizer(),
  faults: options.faults,
  largeLibrary: { items: options.items },
  persistence: options.dataDir ? createFsPersistence(options.dataDir) : undefined,
})
await emulator.control.ready()

const server = serve({ fetch: (req) => emulator.fetch(req), port: options.port, hostname: options.host }, (info) => {
  const cfg = emulator.control.getConfig()
  const total = manifest.items.length + cfg.largeLibraryItems
  console.log(`Shoebox emulator listening on http://${options.host}:${info.port} (profile ${cfg.profile}, ${total} items)`)
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
