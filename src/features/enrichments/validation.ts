// What the enrichment forms accept, checked before anything is sent. Ranges come from the API's LatLng ("within
// normalized ranges"); the text and name lengths are Shoebox's own limits, since the API documents none.
import type { NewEnrichmentItem } from '../../api/types'

/** Shoebox's own cap on a text block (the API documents no limit; same as a media item description). */
export const TEXT_MAX = 1000
/** Shoebox's own cap on a place name. */
export const PLACE_NAME_MAX = 200

export type FieldError =
  | 'required'
  | 'tooLong'
  | 'latitudeRange'
  | 'longitudeRange'
  | 'notANumber'
  | 'pointRequired'

export interface Point {
  latitude: number
  longitude: number
}

export interface PlaceDraft {
  name: string
  latitude: string
  longitude: string
}

export type EnrichmentDraft =
  | { kind: 'text'; text: string }
  | { kind: 'location'; place: PlaceDraft }
  | { kind: 'map'; origin: PlaceDraft; destination: PlaceDraft }

export type PlaceErrors = Partial<Record<'name' | 'latitude' | 'longitude', FieldError>>
export type DraftErrors = { text?: FieldError; place?: PlaceErrors; origin?: PlaceErrors; destination?: PlaceErrors }

const DMS = /^(-)?\s*(\d+(?:\.\d+)?)\s*(?:°|º|d|\s)\s*(?:(\d+(?:\.\d+)?)\s*(?:['′’m]|\s)\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″”]|''|s)?\s*)?([NSEW])?$/i
const DECIMAL = /^([+-]?\d+(?:\.\d+)?|[+-]?\.\d+)\s*°?\s*([NSEW])?$/i

/**
 * Reads one coordinate as typed: decimal degrees ("-33.86", "33.86 S", "151.2°E") or degrees, minutes and seconds
 * ("33°51′54″S"). Returns NaN when it cannot be read, undefined when it is empty.
 */
export function parseCoordinate(input: string): number | undefined {
  const text = input.trim().replace(/\s+/g, ' ')
  if (!text) return undefined
  let m = DECIMAL.exec(text)
  if (m) {
    const value = Number(m[1])
    return /[SW]/i.test(m[2] ?? '') ? -Math.abs(value) : value
  }
  m = DMS.exec(text)
  if (m) {
    const [, minus, d, min, sec, hemi] = m
    const minutes = Number(min ?? 0)
    const seconds = Number(sec ?? 0)
    if (minutes >= 60 || seconds >= 60) return Number.NaN
    const value = Number(d) + minutes / 60 + seconds / 3600
    return minus || /[SW]/i.test(hemi ?? '') ? -value : value
  }
  return Number.NaN
}

/**
 * Splits a pasted pair ("48.8566, 2.3522", "48°51′N 2°21′E", "48.85 N 2.35 E") into latitude and longitude text,
 * or returns undefined when the input is a single value.
 */
export function splitCoordinatePair(input: string): [string, string] | undefined {
  const text = input.trim()
  const comma = text.split(/\s*[,;]\s*/)
  if (comma.length === 2 && comma[0] && comma[1]) return [comma[0], comma[1]]
  const hemi = /^(.*?[NS])\s+(.*?[EW])$/i.exec(text)
  if (hemi) return [hemi[1], hemi[2]]
  const plain = /^([+-]?\d+(?:\.\d+)?)\s+([+-]?\d+(?:\.\d+)?)$/.exec(text)
  if (plain) return [plain[1], plain[2]]
  return undefined
}

function checkAxis(text: string, max: number, range: FieldError): FieldError | undefined {
  const value = parseCoordinate(text)
  if (value === undefined) return 'required'
  if (Number.isNaN(value)) return 'notANumber'
  if (value < -max || value > max) return range
  return undefined
}

export function validateText(text: string): FieldError | undefined {
  if (!text.trim()) return 'required'
  if (text.length > TEXT_MAX) return 'tooLong'
  return undefined
}

export function validatePlace(place: PlaceDraft): PlaceErrors | undefined {
  const errors: PlaceErrors = {}
  if (!place.name.trim()) errors.name = 'required'
  else if (place.name.length > PLACE_NAME_MAX) errors.name = 'tooLong'
  const lat = checkAxis(place.latitude, 90, 'latitudeRange')
  const lng = checkAxis(place.longitude, 180, 'longitudeRange')
  if (lat) errors.latitude = lat === 'required' ? 'pointRequired' : lat
  if (lng) errors.longitude = lng === 'required' ? 'pointRequired' : lng
  return Object.keys(errors).length ? errors : undefined
}

export function validateDraft(draft: EnrichmentDraft): DraftErrors | undefined {
  const errors: DraftErrors = {}
  if (draft.kind === 'text') {
    const e = validateText(draft.text)
    if (e) errors.text = e
  } else if (draft.kind === 'location') {
    const e = validatePlace(draft.place)
    if (e) errors.place = e
  } else {
    const o = validatePlace(draft.origin)
    const d = validatePlace(draft.destination)
    if (o) errors.origin = o
    if (d) errors.destination = d
  }
  return Object.keys(errors).length ? errors : undefined
}

/** Rounds to 6 decimals (about 10 cm), more than enough for a story and stable in the URL and the record. */
export const roundCoordinate = (n: number) => Math.round(n * 1e6) / 1e6

export function pointOf(place: PlaceDraft): Point | undefined {
  const latitude = parseCoordinate(place.latitude)
  const longitude = parseCoordinate(place.longitude)
  if (latitude === undefined || longitude === undefined || Number.isNaN(latitude) || Number.isNaN(longitude)) return undefined
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return undefined
  return { latitude: roundCoordinate(latitude), longitude: roundCoordinate(longitude) }
}

function locationOf(place: PlaceDraft) {
  const point = pointOf(place)
  if (!point) throw new Error('place is not valid')
  return { locationName: place.name.trim(), latlng: point }
}

/** The API body for a valid draft (validate first). */
export function toNewEnrichmentItem(draft: EnrichmentDraft): NewEnrichmentItem {
  if (draft.kind === 'text') return { textEnrichment: { text: draft.text.trim() } }
  if (draft.kind === 'location') return { locationEnrichment: { location: locationOf(draft.place) } }
  return { mapEnrichment: { origin: locationOf(draft.origin), destination: locationOf(draft.destination) } }
}

export const emptyPlace = (): PlaceDraft => ({ name: '', latitude: '', longitude: '' })

export function placeFromPoint(name: string, point: Point): PlaceDraft {
  return { name, latitude: String(roundCoordinate(point.latitude)), longitude: String(roundCoordinate(point.longitude)) }
}
