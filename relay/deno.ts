// The relay on Deno: `deno run --allow-net --allow-env relay/deno.ts` with RELAY_ALLOWED_ORIGINS set (and
// optionally RELAY_UPSTREAM, RELAY_MEDIA_UPSTREAMS, RELAY_PUBLIC_URL, RELAY_PORT, RELAY_HOST).
import { relayConfigFromEnv } from './config.ts'
import { createRelay } from './relay.ts'

// The few parts of Deno's global this entry uses (the project does not type-check against Deno's own lib).
declare const Deno: {
  env: { toObject(): Record<string, string> }
  serve(options: { port: number; hostname: string }, handler: (request: Request) => Promise<Response>): unknown
}

const env = Deno.env.toObject()
const relay = createRelay(relayConfigFromEnv(env))
Deno.serve({ port: Number(env.RELAY_PORT ?? 8790), hostname: env.RELAY_HOST ?? '0.0.0.0' }, (request) => relay.fetch(request))
