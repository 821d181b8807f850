// Looks up the bundled world cities by name (as the user types) and by position (nearest to a map click).
import data from './cities.json'

export interface City {
  name: string
  /** ISO 3166-1 alpha-2. */
  country: string
  latitude: number
  longitude: number
}

type Row = [string, string, number, number]

let cities: City[] | undefined
let folded: string[] | undefined

export function allCities(): City[] {
  cities ??= (data as Row[]).map(([name, country, latitude, longitude]) => ({ name, country, latitude, longitude }))
  return cities
}

/** Lower case without accents or punctuation, so "sao paulo" finds "São Paulo" and "st johns" finds "St. John's". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Cities whose name matches the query: whole-name matches first, then names starting with it, then names with a word
 * starting with it; shorter names first within each group. `countryName` lets "paris france" or "paris fr" narrow the result.
 */
export function searchCities(query: string, limit = 8, countryName?: (code: string) => string): City[] {
  const q = fold(query)
  if (!q) return []
  const list = allCities()
  folded ??= list.map((c) => fold(c.name))
  const [head, ...rest] = q.split(/[, ]+/).length > 1 && query.includes(',') ? q.split(/\s*,\s*/) : [q]
  const countryHint = rest.join(' ').trim()
  const scored: { city: City; rank: number }[] = []
  for (let i = 0; i < list.length; i++) {
    const name = folded[i]
    let rank: number
    if (name === head) rank = 0
    else if (name.startsWith(head)) rank = 1
    else if (name.includes(` ${head}`)) rank = 2
    else continue
    const city = list[i]
    if (countryHint) {
      const country = fold(countryName?.(city.country) ?? '')
      if (fold(city.country) !== countryHint && !country.startsWith(countryHint)) continue
    }
    scored.push({ city, rank })
  }
  // Shorter names first within a rank: "par" offers Paris before Paramaribo.
  scored.sort((a, b) => a.rank - b.rank || a.city.name.length - b.city.name.length || a.city.name.localeCompare(b.city.name, 'en'))
  return scored.slice(0, limit).map((s) => s.city)
}

const toRad = (d: number) => (d * Math.PI) / 180

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = toRad(b.latitude - a.latitude)
  const dLng = toRad(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.latitude)) * Math.cos(toRad(b.latitude)) * Math.sin(dLng / 2) ** 2
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The bundled city nearest to a point, if one lies within `maxKm`. */
export function nearestCity(point: { latitude: number; longitude: number }, maxKm = 75): City | undefined {
  let best: City | undefined
  let bestKm = Infinity
  for (const c of allCities()) {
    const km = distanceKm(point, c)
    if (km < bestKm) {
      best = c
      bestKm = km
    }
  }
  return bestKm <= maxKm ? best : undefined
}
