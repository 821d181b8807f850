// The app's security headers, built per build from its configuration. One source for the CSP meta tag in
// index.html, the `_headers` file in the build output, `vite preview` / `npm start`, and the README's list.
// Plain TypeScript with no import.meta.env: vite.config.ts (Node) imports it too.

/** Google's sign-in script (Google Identity Services); the only script from another origin. */
export const GOOGLE_SIGN_IN_SCRIPT = 'https://accounts.google.com/gsi/client'
/** GIS's own frames, style sheet and requests live under this path (Google's CSP guidance for GIS). */
const GOOGLE_SIGN_IN_PATH = 'https://accounts.google.com/gsi/'
/** Where GIS's `revoke` (sign-out) posts the token. */
const GOOGLE_OAUTH_ORIGIN = 'https://oauth2.googleapis.com'
/** Google's OpenID user info: who signed in (src/api/account.ts). */
const GOOGLE_USERINFO_ORIGIN = 'https://openidconnect.googleapis.com'
/**
 * Google's image servers ("FIFE"): Library and Picker baseUrls, album covers and contributors' profile
 * pictures are served from lh3…lh6. Picker bytes are fetched (with the bearer token), Library bytes shown.
 */
const GOOGLE_MEDIA_ORIGINS = [3, 4, 5, 6].map((n) => `https://lh${n}.googleusercontent.com`)
/** `=dv` video bytes redirect here. */
const GOOGLE_VIDEO_ORIGIN = 'https://video-downloads.googleusercontent.com'

const DEFAULT_API_URL = 'https://photoslibrary.googleapis.com'
const DEFAULT_PICKER_URL = 'https://photospicker.googleapis.com'

export interface SecurityConfig {
  /** Google mode is possible (a client ID is set); a demo-only build allows nothing from other origins. */
  googleMode: boolean
  apiUrl: string
  uploadUrl: string
  pickerUrl: string
  /**
   * CSP sources (`'sha256-…'`) of the inline scripts the build writes into index.html: each allows exactly one
   * script text the build wrote, nothing an attacker could inject.
   */
  inlineScripts?: string[]
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined)

/**
 * The origins a build talks to, read from the same VITE_ variables (and defaults) as src/config/env.ts;
 * security-headers.test.ts checks that the two agree.
 */
export function securityConfigFromEnv(env: Record<string, string | undefined>): SecurityConfig {
  const apiUrl = blankToUndefined(env.VITE_PHOTOS_API_URL) ?? DEFAULT_API_URL
  return {
    googleMode: blankToUndefined(env.VITE_GOOGLE_CLIENT_ID) !== undefined,
    apiUrl,
    uploadUrl: blankToUndefined(env.VITE_PHOTOS_UPLOAD_URL) ?? `${apiUrl}/v1/uploads`,
    pickerUrl: blankToUndefined(env.VITE_PHOTOS_PICKER_URL) ?? DEFAULT_PICKER_URL,
  }
}

const originOf = (url: string) => new URL(url).origin
const unique = (values: string[]) => [...new Set(values)]

export interface CspOptions {
  /** The meta-tag form: without the directives a `<meta>` cannot carry (frame-ancestors). */
  forMeta?: boolean
}

/**
 * Styles may be inline: sonner (toasts) and react-aria (press and scroll-lock rules) insert `<style>` elements
 * at run time, whose text changes with their versions, and a static host has no per-response nonce. Scripts,
 * where injection matters most, get no such allowance.
 */
const STYLE_SOURCES = ["'self'", "'unsafe-inline'"]

/** The Content-Security-Policy for a build, as `directive value; …`. */
export function contentSecurityPolicy(security: SecurityConfig, options: CspOptions = {}): string {
  const google = security.googleMode
  const api = google ? [originOf(security.apiUrl)] : []
  const sendsTo = google
    ? [originOf(security.apiUrl), originOf(security.uploadUrl), originOf(security.pickerUrl), GOOGLE_SIGN_IN_PATH, GOOGLE_OAUTH_ORIGIN, GOOGLE_USERINFO_ORIGIN, ...GOOGLE_MEDIA_ORIGINS]
    : []
  const media = google ? GOOGLE_MEDIA_ORIGINS : []
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...(security.inlineScripts ?? []), ...(google ? [GOOGLE_SIGN_IN_SCRIPT] : [])]],
    ['style-src', [...STYLE_SOURCES, ...(google ? [`${GOOGLE_SIGN_IN_PATH}style`] : [])]],
    // The emulator serves media bytes from the API origin (Google mode against the Node emulator).
    ['img-src', ["'self'", 'blob:', 'data:', ...api, ...media]],
    ['media-src', ["'self'", 'blob:', ...api, ...media, ...(google ? [GOOGLE_VIDEO_ORIGIN] : [])]],
    ['connect-src', ["'self'", 'blob:', ...sendsTo]],
    ['font-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['frame-src', google ? [GOOGLE_SIGN_IN_PATH] : ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ...(options.forMeta ? [] : [['frame-ancestors', ["'none'"]] as [string, string[]]]),
  ]
  return directives.map(([name, values]) => `${name} ${unique(values).join(' ')}`).join('; ')
}

/** Every response header the app is served with. */
export function securityHeaders(security: SecurityConfig): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(security),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    // For browsers without CSP frame-ancestors.
    'X-Frame-Options': 'DENY',
    // Google's sign-in and the Photos Picker open windows that must keep talking to this page.
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  }
}

/** The `_headers` file that static hosts (Netlify, Cloudflare Pages and others) read. */
export function headersFile(basePath: string, headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)
  return `${basePath}*\n${lines.join('\n')}\n`
}
