// Reads the build-time configuration once, with readable errors for bad values.
import { z } from 'zod'

// Zod compiles schemas with `new Function` unless told not to; the app's CSP allows no eval.
z.config({ jitless: true })

const GOOGLE_PHOTOS_API_URL = 'https://photoslibrary.googleapis.com'
const GOOGLE_PHOTOS_PICKER_URL = 'https://photospicker.googleapis.com'

const urlWithoutTrailingSlash = z
  .string()
  .trim()
  .url({ message: 'must be an absolute URL such as https://photoslibrary.googleapis.com' })
  .transform((value) => value.replace(/\/+$/, ''))

const envSchema = z.object({
  VITE_GOOGLE_CLIENT_ID: z
    .string()
    .trim()
    .regex(/^[\w-]+\.apps\.googleusercontent\.com$/, {
      message: 'must look like 1234-abc.apps.googleusercontent.com (an OAuth client ID of type "Web application")',
    })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  VITE_PHOTOS_API_URL: urlWithoutTrailingSlash.optional().or(z.literal('').transform(() => undefined)),
  VITE_PHOTOS_UPLOAD_URL: urlWithoutTrailingSlash.optional().or(z.literal('').transform(() => undefined)),
  VITE_PHOTOS_PICKER_URL: urlWithoutTrailingSlash.optional().or(z.literal('').transform(() => undefined)),
  BASE_URL: z.string().default('/'),
})

export interface AppConfig {
  /** OAuth client ID; when absent the app runs in demo mode only. */
  googleClientId: string | undefined
  /** The Photos Library API used in Google mode. */
  photosApiUrl: string
  /** Where uploads go in Google mode (a relay may sit in front of Google's upload endpoint). */
  photosUploadUrl: string
  /** The Google Photos Picker API used in Google mode (demo mode uses the emulator's, in the service worker). */
  photosPickerUrl: string
  /** The path the app is served under, always ending in "/". */
  basePath: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function parseConfig(raw: Record<string, unknown>): AppConfig {
  const result = envSchema.safeParse(raw)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')
    throw new ConfigError(`Shoebox is misconfigured: ${problems}. See .env.example.`)
  }
  const env = result.data
  const photosApiUrl = env.VITE_PHOTOS_API_URL ?? GOOGLE_PHOTOS_API_URL
  const basePath = env.BASE_URL.endsWith('/') ? env.BASE_URL : `${env.BASE_URL}/`
  return {
    googleClientId: env.VITE_GOOGLE_CLIENT_ID,
    photosApiUrl,
    photosUploadUrl: env.VITE_PHOTOS_UPLOAD_URL ?? `${photosApiUrl}/v1/uploads`,
    photosPickerUrl: env.VITE_PHOTOS_PICKER_URL ?? GOOGLE_PHOTOS_PICKER_URL,
    basePath,
  }
}

export const config: AppConfig = parseConfig(import.meta.env)
