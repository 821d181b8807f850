// The Node entry's command line and log format (node.ts runs them; tests import them without a server).
import { parseArgs } from 'node:util'
import { RelayConfigError, parseRelayConfig, splitList, type RelayConfig } from './config.ts'
import type { RelayLogLine } from './relay.ts'

export interface NodeRelayOptions {
  config: RelayConfig
  port: number
  host: string
  quiet: boolean
}

const USAGE = `usage: node --import tsx relay/node.ts --allow-origin ORIGIN [--allow-origin ORIGIN]...
  [--port 8790] [--host 127.0.0.1] [--upstream https://photoslibrary.googleapis.com]
  [--media-upstream https://lh3.googleusercontent.com]... [--public-url URL] [--quiet]`

/** Reads the command line; throws RelayConfigError with a message naming the bad value. */
export function parseNodeArgs(argv: string[]): NodeRelayOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8790' },
        host: { type: 'string', default: '127.0.0.1' },
        upstream: { type: 'string' },
        'media-upstream': { type: 'string', multiple: true },
        'allow-origin': { type: 'string', multiple: true },
        'public-url': { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    }))
  } catch (e) {
    throw new RelayConfigError(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`)
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RelayConfigError(`--port "${values.port}" must be a whole number from 0 to 65535`)
  }
  if (!values.host.trim()) throw new RelayConfigError('--host must not be empty')
  const config = parseRelayConfig({
    upstream: values.upstream,
    // Each flag may also hold a comma-separated list.
    mediaUpstreams: (values['media-upstream'] ?? []).flatMap(splitList),
    allowedOrigins: (values['allow-origin'] ?? []).flatMap(splitList),
    publicUrl: values['public-url'],
  })
  return { config, port, host: values.host, quiet: values.quiet }
}

/** One log line: method, route label, status and duration; never headers, queries or media URLs. */
export function formatLogLine(line: RelayLogLine): string {
  return `relay: ${line.method} ${line.route} ${line.status} ${line.durationMs}ms`
}
