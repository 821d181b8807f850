import { describe, expect, it } from 'vitest'
import { charCount, formatAperture, formatCamera, formatCreationTime, formatDimensions, formatExposure, formatFocalLength, formatIso } from './format'

describe('viewer formats', () => {
  it('writes shutter speeds as fractions below a second', () => {
    expect(formatExposure('0.008s', 'en')).toBe('1/125 s')
    expect(formatExposure('2.5s', 'en')).toBe('2.5 s')
    expect(formatExposure('nonsense', 'en')).toBeUndefined()
    expect(formatExposure(undefined, 'en')).toBeUndefined()
  })
  it('writes lens figures', () => {
    expect(formatAperture(1.8, 'en')).toBe('ƒ/1.8')
    expect(formatFocalLength(4.25, 'en')).toBe('4.25 mm')
    expect(formatIso(1600, 'en')).toBe('ISO 1600')
    expect(formatAperture(undefined, 'en')).toBeUndefined()
  })
  it('writes dimensions and megapixels', () => {
    expect(formatDimensions({ mediaMetadata: { width: '4032', height: '3024' } }, 'en')).toEqual({ size: '4032 × 3024', megapixels: '12.2 MP' })
    expect(formatDimensions({}, 'en')).toEqual({})
  })
  it('writes the creation time in the given zone and language', () => {
    const t = formatCreationTime('2024-03-09T23:30:00Z', 'en', 'Asia/Jerusalem')!
    expect(t.date).toBe('March 10, 2024')
    expect(t.time).toMatch(/Sun.*1:30/)
    expect(formatCreationTime('2024-03-09T23:30:00Z', 'he', 'UTC')!.date).toContain('2024')
    expect(formatCreationTime(undefined, 'en')).toBeUndefined()
  })
  it('does not repeat the camera make', () => {
    expect(formatCamera('Canon', 'Canon EOS 5D')).toBe('Canon EOS 5D')
    expect(formatCamera('Google', 'Pixel 8')).toBe('Google Pixel 8')
    expect(formatCamera(undefined, undefined)).toBeUndefined()
  })
  it('counts code points', () => {
    expect(charCount('a😀b')).toBe(3)
  })
})
