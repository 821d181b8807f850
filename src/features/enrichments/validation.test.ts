import { describe, expect, it } from 'vitest'
import {
  PLACE_NAME_MAX,
  TEXT_MAX,
  parseCoordinate,
  pointOf,
  splitCoordinatePair,
  toNewEnrichmentItem,
  validateDraft,
  validatePlace,
  validateText,
} from './validation'

const place = (name: string, latitude: string, longitude: string) => ({ name, latitude, longitude })

describe('coordinates as typed', () => {
  it('reads decimal degrees with optional hemisphere', () => {
    expect(parseCoordinate('48.8566')).toBe(48.8566)
    expect(parseCoordinate(' -33.86 ')).toBe(-33.86)
    expect(parseCoordinate('33.86 S')).toBe(-33.86)
    expect(parseCoordinate('151.2°E')).toBe(151.2)
    expect(parseCoordinate('0.5 w')).toBe(-0.5)
    expect(parseCoordinate('.5')).toBe(0.5)
  })

  it('reads degrees, minutes and seconds', () => {
    expect(parseCoordinate('48°51′24″N')).toBeCloseTo(48.8567, 4)
    expect(parseCoordinate("33°51'54\"S")).toBeCloseTo(-33.865, 3)
    expect(parseCoordinate('2°21′E')).toBeCloseTo(2.35, 4)
    expect(parseCoordinate('2°61′E')).toBeNaN()
  })

  it('tells empty from unreadable', () => {
    expect(parseCoordinate('  ')).toBeUndefined()
    expect(parseCoordinate('north')).toBeNaN()
    expect(parseCoordinate('1.2.3')).toBeNaN()
  })

  it('splits pasted pairs', () => {
    expect(splitCoordinatePair('48.8566, 2.3522')).toEqual(['48.8566', '2.3522'])
    expect(splitCoordinatePair('48.8566 2.3522')).toEqual(['48.8566', '2.3522'])
    expect(splitCoordinatePair('48°51′N 2°21′E')).toEqual(['48°51′N', '2°21′E'])
    expect(splitCoordinatePair('48.85')).toBeUndefined()
  })
})

describe('form validation', () => {
  it('requires text and caps its length at our own limit', () => {
    expect(validateText('   ')).toBe('required')
    expect(validateText('x'.repeat(TEXT_MAX))).toBeUndefined()
    expect(validateText('x'.repeat(TEXT_MAX + 1))).toBe('tooLong')
  })

  it('requires a place name and a point within range', () => {
    expect(validatePlace(place('Paris', '48.85', '2.35'))).toBeUndefined()
    expect(validatePlace(place('', '', ''))).toEqual({ name: 'required', latitude: 'pointRequired', longitude: 'pointRequired' })
    expect(validatePlace(place('x'.repeat(PLACE_NAME_MAX + 1), '90', '-180'))).toEqual({ name: 'tooLong' })
    expect(validatePlace(place('Pole', '90.0001', '180.5'))).toEqual({ latitude: 'latitudeRange', longitude: 'longitudeRange' })
    expect(validatePlace(place('Here', 'abc', '2'))).toEqual({ latitude: 'notANumber' })
  })

  it('checks both ends of a map', () => {
    const errors = validateDraft({ kind: 'map', origin: place('A', '1', '2'), destination: place('', '1', '200') })
    expect(errors).toEqual({ destination: { name: 'required', longitude: 'longitudeRange' } })
    expect(validateDraft({ kind: 'text', text: 'Hello' })).toBeUndefined()
  })
})

describe('API bodies', () => {
  it('builds exactly one enrichment type, trimmed and rounded', () => {
    expect(toNewEnrichmentItem({ kind: 'text', text: '  Day one  ' })).toEqual({ textEnrichment: { text: 'Day one' } })
    expect(toNewEnrichmentItem({ kind: 'location', place: place(' Paris ', '48.85661234', '2.35') })).toEqual({
      locationEnrichment: { location: { locationName: 'Paris', latlng: { latitude: 48.856612, longitude: 2.35 } } },
    })
    const map = toNewEnrichmentItem({ kind: 'map', origin: place('A', '1', '2'), destination: place('B', '3 S', '4 W') })
    expect(map).toEqual({
      mapEnrichment: {
        origin: { locationName: 'A', latlng: { latitude: 1, longitude: 2 } },
        destination: { locationName: 'B', latlng: { latitude: -3, longitude: -4 } },
      },
    })
    expect(pointOf(place('x', '91', '0'))).toBeUndefined()
  })
})
