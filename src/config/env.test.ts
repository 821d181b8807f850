import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './env'

describe('parseConfig: the Picker API URL', () => {
  it("defaults to Google's Picker API", () => {
    expect(parseConfig({}).photosPickerUrl).toBe('https://photospicker.googleapis.com')
    expect(parseConfig({ VITE_PHOTOS_PICKER_URL: '' }).photosPickerUrl).toBe('https://photospicker.googleapis.com')
  })

  it('takes an absolute URL without its trailing slash', () => {
    expect(parseConfig({ VITE_PHOTOS_PICKER_URL: 'http://127.0.0.1:8787/picker/' }).photosPickerUrl).toBe('http://127.0.0.1:8787/picker')
  })

  it('stops with a message naming the variable for a bad value', () => {
    expect(() => parseConfig({ VITE_PHOTOS_PICKER_URL: 'photospicker' })).toThrow(ConfigError)
    expect(() => parseConfig({ VITE_PHOTOS_PICKER_URL: 'photospicker' })).toThrow(/VITE_PHOTOS_PICKER_URL/)
  })
})
