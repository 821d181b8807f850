// Reads the build-time configuration once, with readable errors for bad values.
// A hand-written check instead of a schema library: three values do not justify ~20 kB on the first load.

const GOOGLE_PHOTOS_API_URL = 'https://photoslibrary.googleapis.com'
const URL_PROBLEM = 'must be an absolute URL such as https://photoslibrary.googleapis.com'
const CLIENT_ID_PROBLEM = 'must look like 1234-abc.apps.googleusercontent.com (an OAuth client ID of type "Web application")'

/** Unset and empty both mean "not configured". */
function optionalText(raw: Record<string, unknown>, name: string, problems: string[]): string | undefined {
  const value = raw[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') {
    problems.push(`${name} must be text`)
    return undefined
  }
  return value.trim() || undefined
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol)
  } catch {
    return false
  }
}

function optionalUrl(raw: Record<string, unknown>, name: string, problems: string[]): string | undefined {
  const value = optionalText(raw, name, problems)
  if (value === undefined) return undefined
  if (!isHttpUrl(value)) {
    problems.push(`${name} ${URL_PROBLEM}`)
    return undefined
  }
  return value.replace(/\/+$/, '')
}

export interface AppConfig {
  /** OAuth client ID; when absent the app runs in demo mode only. */
  googleClientId: string | undefined
  /** The Photos Library API used in Google mode. */
  photosApiUrl: string
  /** Where uploads go in Google mode (a relay may sit in front of Google's upload endpoint). */
  photosUploadUrl: string
  /** The path the app is served under, always ending in "/". */
  basePath: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseConfig(raw: Record<string, unknown>): AppConfig {
  const problems: string[] = []
  const googleClientId = optionalText(raw, 'VITE_GOOGLE_CLIENT_ID', problems)
  if (googleClientId !== undefined && !/^[\w-]+\.apps\.googleusercontent\.com$/.test(googleClientId)) {
    problems.push(`VITE_GOOGLE_CLIENT_ID ${CLIENT_ID_PROBLEM}`)
  }
  const apiUrl = optionalUrl(raw, 'VITE_PHOTOS_API_URL', problems)
  const uploadUrl = optionalUrl(raw, 'VITE_PHOTOS_UPLOAD_URL', problems)
  const baseUrl = typeof raw.BASE_URL === 'string' ? raw.BASE_URL : '/'
  if (problems.length > 0) throw new ConfigError(`Shoebox is misconfigured: ${problems.join('; ')}. See .env.example.`)
  const photosApiUrl = apiUrl ?? GOOGLE_PHOTOS_API_URL
  return {
    googleClientId,
    photosApiUrl,
    photosUploadUrl: uploadUrl ?? `${photosApiUrl}/v1/uploads`,
    basePath: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
  }
}

export const config: AppConfig = parseConfig(import.meta.env)
