// The relay on Cloudflare Workers (module syntax): configuration comes from the Worker's variables
// (RELAY_ALLOWED_ORIGINS required; RELAY_UPSTREAM, RELAY_MEDIA_UPSTREAMS, RELAY_PUBLIC_URL optional).
import { RelayConfigError, relayConfigFromEnv } from './config.ts'
import { createRelay, type Relay } from './relay.ts'

let relay: Relay | undefined

export default {
  fetch(request: Request, env: Readonly<Record<string, unknown>>): Promise<Response> | Response {
    try {
      relay ??= createRelay(relayConfigFromEnv(env))
    } catch (e) {
      if (!(e instanceof RelayConfigError)) throw e
      // The message names the bad variable's value, never a request's headers.
      return new Response(`Relay misconfigured: ${e.message}\n`, { status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    }
    return relay.fetch(request)
  },
}
