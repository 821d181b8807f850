import { describe, expect, it } from 'vitest'
import { pickerPageUrl } from './picker-url'

describe('pickerPageUrl', () => {
  it('adds /autoclose, and the app language for the emulator’s page', () => {
    expect(pickerPageUrl('http://127.0.0.1:8787/picker/session/abc', 'he')).toBe('http://127.0.0.1:8787/picker/session/abc/autoclose?hl=he')
    expect(pickerPageUrl('https://app.test/__emulator/picker/session/abc/', 'zh-CN')).toBe('https://app.test/__emulator/picker/session/abc/autoclose?hl=zh-CN')
  })

  it('leaves Google’s own pickerUri without hl', () => {
    expect(pickerPageUrl('https://photos.google.com/picker/abc', 'he')).toBe('https://photos.google.com/picker/abc/autoclose')
  })
})
