// Video durations for grid badges. The API gives no duration, so the browser reads it from the video's own
// metadata (`=dv`, preload=metadata): only for videos on screen, a couple at a time, remembered per item, and
// only once the screen's thumbnails have arrived (a video's first bytes must not hold up a screen of photos).
import { useEffect, useState } from 'react'
import type { MediaItem } from '../../api'
import { afterImagesSettle } from '../../utils/image-traffic'
import { useGridMedia } from './grid-media'

const known = new Map<string, number | null>()
const waiting = new Map<string, Set<() => void>>()
const queue: { id: string; url: string }[] = []
let running = 0
const MAX_PARALLEL = 2
/** Quiet time after the last thumbnail before a duration read starts. */
const AFTER_THUMBNAILS_MS = 150
let waitingForThumbnails = false

function pump() {
  if (waitingForThumbnails || running >= MAX_PARALLEL || queue.length === 0) return
  waitingForThumbnails = true
  afterImagesSettle(
    () => {
      waitingForThumbnails = false
      startReads()
    },
    { quietMs: AFTER_THUMBNAILS_MS, giveUpMs: AFTER_THUMBNAILS_MS },
  )
}

function startReads() {
  while (running < MAX_PARALLEL && queue.length > 0) {
    const { id, url } = queue.shift()!
    if (known.has(id)) continue
    running += 1
    const video = document.createElement('video')
    video.preload = 'metadata'
    video.muted = true
    let settled = false
    const done = (value: number | null) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      known.set(id, value)
      video.removeAttribute('src')
      video.load()
      running -= 1
      for (const listener of waiting.get(id) ?? []) listener()
      waiting.delete(id)
      pump()
    }
    const timer = setTimeout(() => done(null), 15_000)
    video.addEventListener('loadedmetadata', () => done(Number.isFinite(video.duration) ? video.duration : null))
    video.addEventListener('error', () => done(null))
    video.src = url
  }
}

/** Seconds of a video item, once known (undefined while unknown or not a ready video). */
export function useVideoDuration(item: MediaItem): number | undefined {
  const id = item.id ?? ''
  const video = item.mediaMetadata?.video
  const ready = !!video && (!video.status || video.status === 'READY')
  const url = useGridMedia().videoUrl(item)
  const [, setTick] = useState(0)
  useEffect(() => {
    if (!ready || !id || !url || typeof document === 'undefined' || known.has(id)) return
    let set = waiting.get(id)
    if (!set) {
      waiting.set(id, (set = new Set()))
      queue.push({ id, url })
    }
    const listener = () => setTick((n) => n + 1)
    set.add(listener)
    pump()
    return () => {
      set.delete(listener)
    }
  }, [id, url, ready])
  return known.get(id) ?? undefined
}

/** `m:ss` or `h:mm:ss`, with digits in the user's language. */
export function formatDuration(seconds: number, language: string): string {
  const total = Math.max(0, Math.round(seconds))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const n = (v: number, digits: number) => new Intl.NumberFormat(language, { minimumIntegerDigits: digits, useGrouping: false }).format(v)
  return h > 0 ? `${n(h, 1)}:${n(m, 2)}:${n(s, 2)}` : `${n(m, 1)}:${n(s, 2)}`
}
