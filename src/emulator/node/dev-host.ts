// The emulator inside Vite's dev server (`npm run dev`): the same handler the service worker runs in a
// build, under /__emulator, with edits kept in .emulator-data/ so they survive reloads and restarts.
import { getRequestListener } from '@hono/node-server'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve } from 'node:path'
import { createEmulator } from '../index'
import { createFsPersistence } from './fs-persistence'
import { createFsSeedBytes } from './fs-seed-bytes'
import { createSharpResizer } from './sharp-resizer'

export function createDevEmulatorMiddleware(root: string, basePath = '/__emulator') {
  const emulator = createEmulator({
    basePath,
    seedBytes: createFsSeedBytes(resolve(root, 'public/demo-library')),
    imageResizer: createSharpResizer(),
    persistence: createFsPersistence(resolve(root, '.emulator-data')),
  })
  const listener = getRequestListener((request) => emulator.fetch(request))
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const path = req.url ?? ''
    if (path === basePath || path.startsWith(`${basePath}/`)) void listener(req, res)
    else next()
  }
}
