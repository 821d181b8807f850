// Shoebox's own join links (/join/<shareToken>) and reading whatever the user pastes into "Join".
import { paths } from '../../config/paths'

/** The link Shoebox shares: opens the join preview in any copy of Shoebox at this address. */
export function joinLink(shareToken: string, origin = window.location.origin, base = import.meta.env.BASE_URL): string {
  return `${origin}${base.replace(/\/$/, '')}${paths.join(shareToken)}`
}

export type PastedShare =
  | { kind: 'token'; shareToken: string }
  /** A Google Photos link: it carries no share token the API can use; it opens in Google Photos. */
  | { kind: 'google'; url: string }
  | { kind: 'empty' }
  | { kind: 'invalid' }

const TOKEN = /^[A-Za-z0-9_-]{16,}$/
const GOOGLE_HOSTS = /(^|\.)(photos\.app\.goo\.gl|photos\.google\.com|goo\.gl)$/i

export function parsePastedShare(input: string): PastedShare {
  const text = input.trim()
  if (!text) return { kind: 'empty' }
  if (TOKEN.test(text)) return { kind: 'token', shareToken: text }
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
  } catch {
    return { kind: 'invalid' }
  }
  const m = /\/join\/([^/?#]+)/.exec(url.pathname)
  if (m) {
    let token: string
    try {
      token = decodeURIComponent(m[1])
    } catch {
      return { kind: 'invalid' }
    }
    return TOKEN.test(token) ? { kind: 'token', shareToken: token } : { kind: 'invalid' }
  }
  if (GOOGLE_HOSTS.test(url.hostname)) return { kind: 'google', url: url.href }
  return { kind: 'invalid' }
}
