// When a grid thumbnail may start downloading. At most MAX_CONCURRENT thumbnails load at once (the rest wait
// their turn, newest cells last), and a cell that appears during a fling waits FLING_DELAY_MS first, so rows
// that fly past never ask for their images.
import { useCallback, useEffect, useRef, useState } from 'react'
import { rememberShownThumbnail } from '../../api'

export const MAX_CONCURRENT = 6
export const FLING_DELAY_MS = 150

let active = 0
const waiting: (() => void)[] = []

function acquire(onGranted: () => void): () => void {
  let state: 'waiting' | 'granted' | 'released' = 'waiting'
  const grant = () => {
    state = 'granted'
    active += 1
    onGranted()
  }
  if (active < MAX_CONCURRENT) grant()
  else waiting.push(grant)
  return () => {
    if (state === 'granted') {
      active -= 1
      waiting.shift()?.()
    } else if (state === 'waiting') {
      const index = waiting.indexOf(grant)
      if (index >= 0) waiting.splice(index, 1)
    }
    state = 'released'
  }
}

/**
 * The src to render for a thumbnail (undefined until it may load), `settled`, to call on load or error so the
 * next thumbnail can start (and the viewer knows which thumbnail URL the browser has for the item), and
 * `imageRef` for the <img>: a cell that leaves (or changes its image) before its image arrived then cancels the
 * download, which a removed <img> otherwise finishes unseen. `deferred`: the cell appeared while the grid was
 * scrolling.
 */
export function useThumbnailSlot(src: string | undefined, deferred: boolean) {
  const [granted, setGranted] = useState<string | undefined>(undefined)
  const release = useRef<() => void>(() => {})
  const [deferAtMount] = useState(deferred)
  const loading = useRef(false)
  // The last <img> rendered: React has detached the ref by the time the effect below cleans up.
  const image = useRef<HTMLImageElement | null>(null)
  const imageRef = useCallback((img: HTMLImageElement | null) => {
    if (img) image.current = img
  }, [])

  useEffect(() => {
    if (!src) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const start = () => {
      release.current = acquire(() => {
        loading.current = true
        setGranted(src)
      })
    }
    if (deferAtMount) timer = setTimeout(start, FLING_DELAY_MS)
    else start()
    return () => {
      clearTimeout(timer)
      const img = image.current
      if (loading.current && img && !img.complete) img.removeAttribute('src') // cancels the request
      loading.current = false
      release.current()
      release.current = () => {}
    }
  }, [src, deferAtMount])

  return {
    src: granted === src ? src : undefined,
    imageRef,
    settled: () => {
      if (src && granted === src) rememberShownThumbnail(src) // the viewer starts from this image
      loading.current = false
      release.current()
      release.current = () => {}
    },
  }
}
