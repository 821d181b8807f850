import { describe, expect, it } from 'vitest'
import { allCities, distanceKm, fold, nearestCity, searchCities } from './gazetteer'

describe('gazetteer', () => {
  it('ships a few hundred cities with valid coordinates and country codes', () => {
    const list = allCities()
    expect(list.length).toBeGreaterThan(500)
    for (const c of list) {
      expect(c.name.length).toBeGreaterThan(0)
      expect(c.country).toMatch(/^[A-Z]{2}$/)
      expect(Math.abs(c.latitude)).toBeLessThanOrEqual(90)
      expect(Math.abs(c.longitude)).toBeLessThanOrEqual(180)
    }
  })

  it('folds accents, case and punctuation', () => {
    expect(fold('São Paulo')).toBe('sao paulo')
    expect(fold("St. John's")).toBe('st john s')
    expect(fold('  Tel-Aviv ')).toBe('tel aviv')
  })

  it('ranks exact names first, then prefixes, then word prefixes', () => {
    const names = searchCities('paris', 5).map((c) => c.name)
    expect(names[0]).toBe('Paris')
    expect(searchCities('sao', 10).map((c) => c.name)).toContain('São Paulo')
    const york = searchCities('york', 10).map((c) => c.name)
    expect(york[0]).toBe('York')
    expect(york).toContain('New York')
  })

  it('narrows by country after a comma, by code or by name', () => {
    const byCode = searchCities('victoria, sc').map((c) => c.country)
    expect(byCode).toEqual(['SC'])
    const byName = searchCities('victoria, can', 8, (code) => (code === 'CA' ? 'Canada' : code)).map((c) => c.country)
    expect(byName).toEqual(['CA'])
  })

  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchCities('   ')).toEqual([])
    expect(searchCities('a', 3)).toHaveLength(3)
  })

  it('measures great-circle distances', () => {
    const paris = { latitude: 48.8566, longitude: 2.3522 }
    const london = { latitude: 51.5074, longitude: -0.1278 }
    expect(distanceKm(paris, london)).toBeGreaterThan(330)
    expect(distanceKm(paris, london)).toBeLessThan(350)
    expect(distanceKm(paris, paris)).toBe(0)
  })

  it('finds the nearest city only when it is close enough', () => {
    expect(nearestCity({ latitude: 48.86, longitude: 2.35 })?.name).toBe('Paris')
    expect(nearestCity({ latitude: 0, longitude: -140 })).toBeUndefined()
  })
})

describe('gazetteer ranking', () => {
  it('offers shorter names first among prefix matches', () => {
    expect(searchCities('par')[0].name).toBe('Paris')
  })
})
