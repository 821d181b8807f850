// How the info panel writes the API's metadata: dates in the user's zone and language, sizes, lens figures.
import type { MediaItem } from '../../api'

/** Google durations are "0.008s": returns seconds, or undefined. */
function parseGoogleDuration(value: string | undefined): number | undefined {
  if (!value) return undefined
  const m = /^(-?\d+(?:\.\d+)?)s$/.exec(value.trim())
  return m ? Number(m[1]) : undefined
}

/** Shutter speed as photographers write it: 1/125 s below a second, 2.5 s above. */
export function formatExposure(value: string | undefined, language: string): string | undefined {
  const seconds = parseGoogleDuration(value)
  if (seconds === undefined || seconds <= 0) return undefined
  const nf = (n: number, max = 1) => new Intl.NumberFormat(language, { maximumFractionDigits: max }).format(n)
  if (seconds < 1) return `1/${nf(Math.round(1 / seconds), 0)} s`
  return `${nf(seconds)} s`
}

export function formatAperture(f: number | undefined, language: string): string | undefined {
  return f ? `ƒ/${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(f)}` : undefined
}

export function formatFocalLength(mm: number | undefined, language: string): string | undefined {
  return mm ? `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(mm)} mm` : undefined
}

export function formatIso(iso: number | undefined, language: string): string | undefined {
  return iso ? `ISO ${new Intl.NumberFormat(language, { useGrouping: false }).format(iso)}` : undefined
}

/** "4032 × 3024" and "12.2 MP". */
export function formatDimensions(item: MediaItem, language: string): { size?: string; megapixels?: string } {
  const w = Number(item.mediaMetadata?.width)
  const h = Number(item.mediaMetadata?.height)
  if (!(w > 0 && h > 0)) return {}
  const nf = new Intl.NumberFormat(language, { useGrouping: false })
  const mp = (w * h) / 1_000_000
  return { size: `${nf.format(w)} × ${nf.format(h)}`, megapixels: `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(mp)} MP` }
}

/** The creation time in the user's time zone: a long date line and a weekday/time line with the zone name. */
export function formatCreationTime(iso: string | undefined, language: string, timeZone?: string): { date: string; time: string } | undefined {
  if (!iso) return undefined
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return undefined
  return {
    date: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(d),
    time: new Intl.DateTimeFormat(language, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', timeZone }).format(d),
  }
}

/** "Canon EOS 5D" without repeating the make when the model already starts with it. */
export function formatCamera(make: string | undefined, model: string | undefined): string | undefined {
  const mk = make?.trim()
  const md = model?.trim()
  if (!mk && !md) return undefined
  if (mk && md && md.toLowerCase().startsWith(mk.toLowerCase())) return md
  return [mk, md].filter(Boolean).join(' ')
}

/** The API's description limit: "must be shorter than 1000 characters". */
export const DESCRIPTION_MAX = 999

/** Characters as the API counts them (code points, so an emoji is one). */
export const charCount = (text: string) => [...text].length
