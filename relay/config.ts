// The relay's configuration, checked once: every entry point (Node CLI, Workers, Deno) builds it through here, so
// a bad value is refused with the same clear message wherever the relay runs.

/** Google's Library API, where `/v1/uploads` lives. */
export const DEFAULT_UPSTREAM = 'https://photoslibrary.googleapis.com'
/**
 * Where Google serves media bytes behind a `baseUrl`: its image servers lh3…lh6 (picked items' `/ppa/…` and
 * Library items' `/lr/…`; lh3 in practice) and the host `=dv` video bytes redirect to. The same list as the
 * app's Content-Security-Policy (src/config/security-headers.ts), written out here so the relay deploys on its
 * own. Only listed hosts are ever fetched: the relay is never an open proxy.
 */
export const DEFAULT_MEDIA_UPSTREAMS = [
  ...[3, 4, 5, 6].map((n) => `https://lh${n}.googleusercontent.com`),
  'https://video-downloads.googleusercontent.com',
]

export interface RelayConfig {
  /** Origin of the Library API (`/v1/uploads` is forwarded there). */
  upstream: string
  /** Origins whose media bytes may be fetched through `/media/{host}/…`. */
  mediaUpstreams: string[]
  /** Browser origins allowed to call the relay (exact origins; no wildcard). */
  allowedOrigins: string[]
  /**
   * The relay's own public URL (origin plus an optional path prefix), used to point rewritten upload URLs back
   * at the relay and as the prefix of its routes. Unset: the origin of each request, no prefix.
   */
  publicUrl?: string
}

export class RelayConfigError extends Error {
  override name = 'RelayConfigError'
}

/** An http(s) origin written as such: scheme, host, optional port, nothing else (a trailing slash is tolerated). */
function parseOrigin(value: string, what: string): string {
  const text = value.trim().replace(/\/$/, '')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new RelayConfigError(`${what} "${value}" is not a URL; write an origin such as https://photos.example.org`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RelayConfigError(`${what} "${value}" must use https (or http)`)
  if (url.origin !== text) throw new RelayConfigError(`${what} "${value}" must be an origin only (scheme://host[:port]), without path, query or credentials`)
  return url.origin
}

function parsePublicUrl(value: string): string {
  const text = value.trim().replace(/\/+$/, '')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new RelayConfigError(`public URL "${value}" is not a URL; write the relay's address, such as https://relay.example.org`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RelayConfigError(`public URL "${value}" must use https (or http)`)
  if (url.search || url.hash || url.username || url.password) throw new RelayConfigError(`public URL "${value}" must not carry a query, fragment or credentials`)
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`
}

export interface RelayConfigInput {
  upstream?: string
  mediaUpstreams?: readonly string[]
  allowedOrigins?: readonly string[]
  publicUrl?: string
}

/** Validates and normalises; throws RelayConfigError with a message meant for the person deploying the relay. */
export function parseRelayConfig(input: RelayConfigInput): RelayConfig {
  const origins = (input.allowedOrigins ?? []).map((o) => o.trim()).filter(Boolean)
  if (origins.length === 0) throw new RelayConfigError('at least one allowed origin is required (the address the Shoebox app is served from)')
  for (const o of origins) {
    if (o === '*' || o.includes('*')) throw new RelayConfigError(`allowed origin "${o}": wildcards are refused; list each origin that may use the relay`)
    if (o === 'null') throw new RelayConfigError('allowed origin "null" is refused: any sandboxed page or local file would match it')
  }
  const media = input.mediaUpstreams && input.mediaUpstreams.length > 0 ? input.mediaUpstreams : DEFAULT_MEDIA_UPSTREAMS
  return {
    upstream: parseOrigin(input.upstream?.trim() || DEFAULT_UPSTREAM, 'upstream'),
    mediaUpstreams: [...new Set(media.map((m) => parseOrigin(m, 'media upstream')))],
    allowedOrigins: [...new Set(origins.map((o) => parseOrigin(o, 'allowed origin')))],
    publicUrl: input.publicUrl?.trim() ? parsePublicUrl(input.publicUrl) : undefined,
  }
}

/** A list written in one environment variable: separated by commas and/or whitespace. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean)
}

/**
 * Configuration from environment variables (Workers bindings, Deno.env):
 * RELAY_ALLOWED_ORIGINS (required), RELAY_UPSTREAM, RELAY_MEDIA_UPSTREAMS, RELAY_PUBLIC_URL.
 */
export function relayConfigFromEnv(env: Readonly<Record<string, unknown>>): RelayConfig {
  const text = (name: string): string | undefined => (typeof env[name] === 'string' ? (env[name] as string) : undefined)
  return parseRelayConfig({
    upstream: text('RELAY_UPSTREAM'),
    mediaUpstreams: splitList(text('RELAY_MEDIA_UPSTREAMS')),
    allowedOrigins: splitList(text('RELAY_ALLOWED_ORIGINS')),
    publicUrl: text('RELAY_PUBLIC_URL'),
  })
}
