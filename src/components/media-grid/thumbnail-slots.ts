// When a grid thumbnail downloads. At most one screen of thumbnails loads at once (never fewer than
// MIN_CONCURRENT; the rest wait their turn, newest cells last), so a screen arrives in one wave and a fling never
// has more than a screen of images on its way; cells on screen go before the rows rendered ahead of it, which wait
// until the screen's images have arrived; and a cell that appears during a fling waits FLING_DELAY_MS first, so
// rows that fly past never ask for their images.
//
// Each granted slot loads its image through an image element of its own, kept off the page, and the slot is
// given back only when that load has ended. The cell's <img> gets the URL once it has loaded, from the
// document's image cache, without a second request. So the cap holds as the browser counts requests: a
// cancelled download (a removed <img>, a changed src) ends some time after the page lets go of it, which used
// to let a fling start twice the cap. A cell that leaves while its image is on its way lets the download
// finish, unseen; it has stayed at least FLING_DELAY_MS, so it was on screen, and the image is likely wanted
// again when the person scrolls back.
import { useEffect, useRef, useState } from 'react'
import { rememberShownThumbnail } from '../../api'
import { imageTraffic } from '../../utils/image-traffic'

export const MIN_CONCURRENT = 6
const MAX_CONCURRENT = 40
export const FLING_DELAY_MS = 150

let cap = MIN_CONCURRENT
let active = 0
/** Granted loads of cells that were on screen when they asked: cells just off screen wait for these. */
let activeOnScreen = 0

interface Ticket {
  grant: () => void
  /** Off screen (in the rows rendered ahead): waits until the screen's own images have loaded. */
  offScreen: boolean
}
const waiting: Ticket[] = []

/** Grants free slots: cells on screen first, in the order they asked; cells off screen once none is left. */
function grantFreeSlots() {
  while (active < cap && waiting.length) {
    let next = waiting.findIndex((ticket) => !ticket.offScreen)
    if (next < 0 && activeOnScreen === 0) next = 0
    if (next < 0) return
    waiting.splice(next, 1)[0]!.grant()
  }
}

/** The grid on screen tells how many cells one screen shows: that many thumbnails may load at once. */
export function setThumbnailsPerScreen(cells: number) {
  cap = Math.min(MAX_CONCURRENT, Math.max(MIN_CONCURRENT, Math.ceil(cells)))
  grantFreeSlots()
}

interface Place {
  /** Leaves the queue; a granted slot is kept until its load ends. */
  leave(): void
  /** The cell moved on or off screen while waiting. */
  setOffScreen(offScreen: boolean): void
}

/** Waits for a free slot, then calls `onGranted` with the function that gives the slot back. */
function acquire(onGranted: (release: () => void) => void, offScreen: boolean): Place {
  let state: 'waiting' | 'granted' | 'released' = 'waiting'
  let countedOnScreen = false
  const release = () => {
    if (state !== 'granted') return
    state = 'released'
    active -= 1
    if (countedOnScreen) activeOnScreen -= 1
    imageTraffic.ended()
    grantFreeSlots()
  }
  const ticket: Ticket = {
    offScreen,
    grant: () => {
      state = 'granted'
      active += 1
      countedOnScreen = !ticket.offScreen
      if (countedOnScreen) activeOnScreen += 1
      imageTraffic.started()
      onGranted(release)
    },
  }
  waiting.push(ticket)
  grantFreeSlots()
  return {
    leave() {
      if (state !== 'waiting') return
      state = 'released'
      const index = waiting.indexOf(ticket)
      if (index >= 0) waiting.splice(index, 1)
    },
    setOffScreen(value) {
      if (state !== 'waiting' || ticket.offScreen === value) return
      ticket.offScreen = value
      grantFreeSlots()
    },
  }
}

export type ThumbnailState =
  /** Waiting for its turn (or for the fling delay), or loading. */
  | { status: 'pending' }
  /** Loaded: render it. `fadeIn` when it arrived after the cell appeared (not from the cache at once). */
  | { status: 'loaded'; src: string; fadeIn: boolean }
  | { status: 'failed'; src: string }

const PENDING: ThumbnailState = { status: 'pending' }

/**
 * The thumbnail of a grid cell: pending until its image has loaded within the cap, then the src to render.
 * `deferred`: the cell appeared while the grid was scrolling. `offScreen`: the cell is in a row rendered ahead of
 * the screen; its image waits until the screen's own have loaded, so they arrive first.
 */
export function useThumbnailSlot(src: string | undefined, deferred: boolean, offScreen = false): ThumbnailState {
  const [result, setResult] = useState<{ for: string; state: ThumbnailState } | undefined>(undefined)
  const [deferAtMount] = useState(deferred)
  const place = useRef<Place | undefined>(undefined)
  const offScreenNow = useRef(offScreen)

  useEffect(() => {
    if (!src) return
    let current = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const load = (release: () => void) => {
      const image = new Image()
      image.referrerPolicy = 'no-referrer' // as the cell's <img>, so that one finds it in the cache
      image.decoding = 'async'
      const ended = (loaded: boolean, fadeIn: boolean) => {
        image.onload = image.onerror = null
        release()
        if (loaded) rememberShownThumbnail(src) // the viewer starts from this image
        if (current) setResult({ for: src, state: loaded ? { status: 'loaded', src, fadeIn } : { status: 'failed', src } })
      }
      image.onload = () => ended(true, true)
      image.onerror = () => ended(false, false)
      image.src = src
      if (image.complete && image.naturalWidth > 0) ended(true, false) // already in the cache
    }
    const start = () => {
      place.current = acquire(load, offScreenNow.current)
    }
    if (deferAtMount) timer = setTimeout(start, FLING_DELAY_MS)
    else start()
    return () => {
      current = false
      clearTimeout(timer)
      place.current?.leave()
      place.current = undefined
    }
  }, [src, deferAtMount])

  useEffect(() => {
    offScreenNow.current = offScreen
    place.current?.setOffScreen(offScreen)
  }, [offScreen])

  return result && result.for === src ? result.state : PENDING
}
