// The relay on Node: `node --import tsx relay/node.ts --allow-origin https://photos.example.org [--port 8790]
//   [--host 127.0.0.1] [--upstream URL] [--media-upstream URL]... [--public-url URL] [--quiet]`
// Needs `hono`, `@hono/node-server` and `tsx` at run time.
import { serve } from '@hono/node-server'
import { formatLogLine, parseNodeArgs, type NodeRelayOptions } from './cli.ts'
import { RelayConfigError } from './config.ts'
import { createRelay } from './relay.ts'

function main(): void {
  let options: NodeRelayOptions
  try {
    options = parseNodeArgs(process.argv.slice(2))
  } catch (e) {
    if (!(e instanceof RelayConfigError)) throw e
    console.error(`relay: ${e.message}`)
    process.exit(2)
  }
  const relay = createRelay(options.config, { logger: options.quiet ? undefined : (line) => console.log(formatLogLine(line)) })
  const server = serve({ fetch: (request) => relay.fetch(request), port: options.port, hostname: options.host }, (info) => {
    console.log(`Shoebox upload relay listening on http://${options.host}:${info.port} → ${options.config.upstream}`)
    console.log(`  allowed origins: ${options.config.allowedOrigins.join(', ')}`)
    console.log(`  media hosts: ${options.config.mediaUpstreams.join(', ')}`)
  })
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) return
    closing = true
    console.log(`Shoebox upload relay: ${signal}, shutting down`)
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 2000).unref()
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main()
