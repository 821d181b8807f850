import { describe, expect, it } from 'vitest'
import { formatBytes } from './format-bytes'

describe('formatBytes', () => {
  it('uses decimal units with a short unit name', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes')
    expect(formatBytes(1, 'en')).toBe('1 byte')
    expect(formatBytes(3_200_000, 'en')).toBe('3.2 MB')
    expect(formatBytes(250_000_000, 'en')).toBe('250 MB')
    expect(formatBytes(20e9, 'en')).toBe('20 GB')
  })
})
