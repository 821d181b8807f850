// Test hosts for the relay: the Node emulator and the relay itself on real loopback ports chosen by the OS.
import { serve } from '@hono/node-server'
import { createEmulator, type CorsExpose } from '@shoebox/photos-emulator'
import { createFsSeedBytes, createSharpResizer } from '@shoebox/photos-emulator/node'
import { FIXTURE_DIR, loadFixtureManifest } from '@shoebox/photos-emulator/testing'

export interface Host {
  /** `http://127.0.0.1:<port>` */
  origin: string
  close(): Promise<void>
}

/** Serves a Request → Response handler over HTTP on a free loopback port, as `@hono/node-server` does in node.ts. */
export function listen(handler: (request: Request) => Response | Promise<Response>): Promise<Host> {
  return new Promise((resolve) => {
    const server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    )
  })
}

/** The emulator as `npm run emulator` runs it (fixture library, sharp), by default with `--cors-expose none`. */
export async function startEmulator(corsExpose: CorsExpose = 'none'): Promise<Host> {
  const emulator = createEmulator({
    basePath: '',
    profile: 'legacy',
    corsExpose,
    manifest: loadFixtureManifest(),
    seedBytes: createFsSeedBytes(FIXTURE_DIR),
    imageResizer: createSharpResizer(),
  })
  await emulator.control.ready()
  return listen((request) => emulator.fetch(request))
}
