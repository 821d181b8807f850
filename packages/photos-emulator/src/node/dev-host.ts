// The emulator inside Vite's dev server (`npm run dev`): the same handler the service worker runs in a
// build, under /__emulator, with edits kept in a folder (the app's .emulator-data/) so they survive reloads and restarts.
import { getRequestListener } from '@hono/node-server'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import { createEmulator } from '../index'
import { createFsPersistence } from './fs-persistence'
import { createFsSeedBytes } from './fs-seed-bytes'
import { createSharpResizer } from './sharp-resizer'

export interface DevEmulatorOptions {
  /** The folder of the demo library's files (the app's public/demo-library). */
  seedDir: string
  /** Where edits are kept (the app's .emulator-data). */
  dataDir: string
  basePath?: string
}

export function createDevEmulatorMiddleware({ seedDir, dataDir, basePath = '/__emulator' }: DevEmulatorOptions) {
  const emulator = createEmulator({
    basePath,
    seedBytes: createFsSeedBytes(resolve(seedDir)),
    imageResizer: createSharpResizer(),
    persistence: createFsPersistence(resolve(dataDir)),
  })
  const listener = getRequestListener((request) => emulator.fetch(request))
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = req.url ?? ''
    if (path === basePath || path.startsWith(`${basePath}/`)) void listener(req, res)
    else next()
  }
}
