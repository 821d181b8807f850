import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './env'

describe('parseConfig', () => {
  it('runs in demo mode with Google’s API when nothing is set', () => {
    expect(parseConfig({ VITE_GOOGLE_CLIENT_ID: '', VITE_PHOTOS_API_URL: '', BASE_URL: '/' })).toEqual({
      googleClientId: undefined,
      photosApiUrl: 'https://photoslibrary.googleapis.com',
      photosUploadUrl: 'https://photoslibrary.googleapis.com/v1/uploads',
      basePath: '/',
    })
  })

  it('trims values, drops trailing slashes and derives the upload URL', () => {
    const config = parseConfig({
      VITE_GOOGLE_CLIENT_ID: ' 1234-abc.apps.googleusercontent.com ',
      VITE_PHOTOS_API_URL: 'http://127.0.0.1:8787//',
      BASE_URL: '/shoebox',
    })
    expect(config).toEqual({
      googleClientId: '1234-abc.apps.googleusercontent.com',
      photosApiUrl: 'http://127.0.0.1:8787',
      photosUploadUrl: 'http://127.0.0.1:8787/v1/uploads',
      basePath: '/shoebox/',
    })
    expect(parseConfig({ VITE_PHOTOS_UPLOAD_URL: 'https://relay.example.org/up/' }).photosUploadUrl).toBe('https://relay.example.org/up')
  })

  it('names every bad variable in one message', () => {
    const parse = () => parseConfig({ VITE_GOOGLE_CLIENT_ID: 'my-client', VITE_PHOTOS_API_URL: 'localhost:8787', VITE_PHOTOS_UPLOAD_URL: 'relay' })
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(/VITE_GOOGLE_CLIENT_ID must look like 1234-abc\.apps\.googleusercontent\.com/)
    expect(parse).toThrow(/VITE_PHOTOS_API_URL must be an absolute URL/)
    expect(parse).toThrow(/VITE_PHOTOS_UPLOAD_URL must be an absolute URL/)
  })
})
