// The full-screen viewer over a grid: one item at screen size (or its video), previous/next by keys, buttons and
// swipe, the info panel, and download of the original. It is a modal dialog; closing returns to the grid.
import { useEffect, useId, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react'
import { Dialog, Modal, ModalOverlay } from 'react-aria-components'
import { useTranslation } from 'react-i18next'
import { ArrowLeft, ChevronLeft, ChevronRight, Download, Info, TriangleAlert } from 'lucide-react'
import { downloadUrl, mediaUrl, shownThumbnail, videoUrl, type MediaItem } from '../../api'
import { useMediaItemImageErrorHandler } from '../../queries'
import { IconButton } from '../../components/ui/IconButton'
import { Spinner } from '../../components/ui/StateViews'
import { InfoPanel } from './InfoPanel'
import { classifySwipe, swipeStep } from './swipe'

export interface MediaViewerProps {
  item: MediaItem | undefined
  loading: boolean
  /** Shown instead of the item (not found, failed to load). */
  problem?: string
  prev?: MediaItem
  next?: MediaItem
  onStep: (step: 1 | -1) => void
  onClose: () => void
  showContributor?: boolean
}

const INFO_KEY = 'shoebox.viewer.info'
const dpr = () => window.devicePixelRatio || 1

/** Neighbours the viewer preloaded and the browser has decoded: stepping to one shows it in its first frame. */
const decodedImages = new Set<string>()
const DECODED_LIMIT = 16
function rememberDecoded(src: string) {
  decodedImages.add(src)
  if (decodedImages.size > DECODED_LIMIT) decodedImages.delete(decodedImages.values().next().value as string)
}

function useElementSize(ref: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const read = () => setSize({ width: el.clientWidth, height: el.clientHeight })
    read()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(read)
    observer.observe(el)
    return () => observer.disconnect()
  }, [ref])
  return size
}

/** The box an item of this aspect fills inside the stage, so the placeholder has the image's final size. */
function fitBox(item: MediaItem, stage: { width: number; height: number }) {
  const w = Number(item.mediaMetadata?.width) || stage.width || 1
  const h = Number(item.mediaMetadata?.height) || stage.height || 1
  const scale = Math.min(stage.width / w, stage.height / h)
  return { width: Math.max(1, Math.floor(w * scale)), height: Math.max(1, Math.floor(h * scale)) }
}

function ViewerImage({ item, stage }: { item: MediaItem; stage: { width: number; height: number } }) {
  const { t } = useTranslation('viewer')
  const { onError, failed } = useMediaItemImageErrorHandler(item.id)
  const [loadedSrc, setLoadedSrc] = useState<string | null>(null)
  const shown = fitBox(item, stage)
  const aspect = shown.width / shown.height
  const src = item.baseUrl ? mediaUrl(item.baseUrl, { width: stage.width, height: stage.height, dpr: dpr() }) : undefined
  // The grid's own thumbnail (already in the browser's cache) scaled up at once; a small one when the viewer was
  // opened by a link, not from a grid.
  const preview = item.baseUrl ? (shownThumbnail(item.baseUrl) ?? mediaUrl(item.baseUrl, { width: 256 * Math.min(2, aspect), height: 256 })) : undefined
  if (failed || !src) {
    return (
      <div className="flex flex-col items-center gap-2 text-slate-300">
        <TriangleAlert className="size-8" aria-hidden />
        <p>{t('imageFailed')}</p>
      </div>
    )
  }
  // A decoded neighbour is shown in the first frame, with no fade: the fade is for images that arrive late.
  const instant = decodedImages.has(src)
  const loaded = instant || loadedSrc === src
  return (
    <div className="relative" style={shown}>
      {!loaded ? <img referrerPolicy="no-referrer" src={preview} alt="" aria-hidden className="absolute inset-0 size-full object-cover blur-sm" /> : null}
      <img
        referrerPolicy="no-referrer"
        key={src}
        src={src}
        alt={item.description || item.filename || ''}
        ref={(img) => {
          // An image from the browser's cache is complete before React attaches onLoad.
          if (img?.complete && img.naturalWidth > 0 && !loaded) setLoadedSrc(src)
        }}
        onLoad={() => setLoadedSrc(src)}
        onError={onError}
        draggable={false}
        className={`absolute inset-0 size-full object-contain ${instant ? '' : 'transition-opacity duration-200'} ${loaded ? 'opacity-100' : 'opacity-0'}`}
      />
      {!loaded ? (
        <div className="absolute inset-0 flex items-center justify-center">
          <Spinner className="size-8" />
        </div>
      ) : null}
    </div>
  )
}

function ViewerVideo({ item, stage }: { item: MediaItem; stage: { width: number; height: number } }) {
  const { t } = useTranslation('viewer')
  const [unplayable, setUnplayable] = useState(false)
  const status = item.mediaMetadata?.video?.status
  if (status === 'PROCESSING' || status === 'FAILED' || unplayable || !item.baseUrl) {
    return (
      <div className="flex max-w-sm flex-col items-center gap-2 px-6 text-center text-slate-200">
        <TriangleAlert className="size-8" aria-hidden />
        <p>{status === 'PROCESSING' ? t('videoProcessing') : status === 'FAILED' ? t('videoFailed') : t('videoUnplayable')}</p>
      </div>
    )
  }
  const box = fitBox(item, stage)
  return (
    <video
      key={item.id}
      controls
      playsInline
      preload="metadata"
      poster={mediaUrl(item.baseUrl, { width: stage.width, height: stage.height, dpr: dpr() })}
      src={videoUrl(item.baseUrl)}
      onError={() => setUnplayable(true)}
      aria-label={item.filename}
      className="max-h-full max-w-full bg-black"
      style={{ width: box.width, height: box.height }}
    />
  )
}

export function MediaViewer({ item, loading, problem, prev, next, onStep, onClose, showContributor = false }: MediaViewerProps) {
  const { t, i18n } = useTranslation('viewer')
  const rtl = i18n.dir() === 'rtl'
  const panelId = useId()
  const stageRef = useRef<HTMLDivElement>(null)
  const stage = useElementSize(stageRef)
  const [infoOpen, setInfoOpen] = useState(() => {
    try {
      return sessionStorage.getItem(INFO_KEY) === '1'
    } catch {
      return false
    }
  })
  const [drag, setDrag] = useState<{ x: number; y: number; t: number; dx: number } | null>(null)

  useEffect(() => {
    try {
      sessionStorage.setItem(INFO_KEY, infoOpen ? '1' : '0')
    } catch {
      // Private mode: the panel's state lasts for this view only.
    }
  }, [infoOpen])

  // Load and decode the neighbours so stepping is instant; holding the images keeps them decoded until the next step.
  const preloaded = useRef<HTMLImageElement[]>([])
  useEffect(() => {
    if (!stage.width) return
    preloaded.current = [prev, next].flatMap((n) => {
      if (!n?.baseUrl || n.mediaMetadata?.video) return []
      const img = new Image()
      img.referrerPolicy = 'no-referrer'
      const src = mediaUrl(n.baseUrl, { width: stage.width, height: stage.height, dpr: dpr() })
      img.src = src
      img.decode().then(
        () => rememberDecoded(src),
        () => undefined, // a failed neighbour shows its own error when stepped to
      )
      return [img]
    })
  }, [next, prev, stage.height, stage.width])

  // Shortcuts for the whole viewer. The dialog element itself holds focus at first, so listen on the document.
  const keys = useRef({ next, prev, onStep, rtl })
  useEffect(() => {
    keys.current = { next, prev, onStep, rtl }
  })
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (e.defaultPrevented || target?.closest('input, textarea, select, video, [role="slider"], [role="menu"]')) return
      const { next: n, prev: p, onStep: step, rtl: isRtl } = keys.current
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const forward = (e.key === 'ArrowRight') !== isRtl
        if (forward ? n : p) {
          e.preventDefault()
          step(forward ? 1 : -1)
        }
      } else if (e.key === 'i' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        setInfoOpen((v) => !v)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  const onPointerDown = (e: ReactPointerEvent) => {
    if (e.pointerType === 'mouse' || (e.target as HTMLElement).closest('video, button, a')) return
    setDrag({ x: e.clientX, y: e.clientY, t: performance.now(), dx: 0 })
  }
  const onPointerMove = (e: ReactPointerEvent) => {
    if (drag) setDrag({ ...drag, dx: e.clientX - drag.x })
  }
  const onPointerUp = (e: ReactPointerEvent) => {
    if (!drag) return
    const dir = classifySwipe(e.clientX - drag.x, e.clientY - drag.y, performance.now() - drag.t)
    setDrag(null)
    if (!dir) return
    const step = swipeStep(dir, rtl)
    if ((step === 1 && next) || (step === -1 && prev)) onStep(step)
  }

  const StartChevron = ChevronLeft
  const EndChevron = ChevronRight
  const title = item?.filename ?? t('label')

  return (
    <ModalOverlay isOpen isDismissable={false} isKeyboardDismissDisabled={false} onOpenChange={(open) => !open && onClose()} className="fixed inset-0 z-50 bg-black">
      <Modal className="size-full">
        <Dialog aria-label={title} className="size-full outline-none">
          <div className="flex size-full">
          <div className="relative flex min-w-0 flex-1 flex-col">
            {/* Top bar over the image */}
            <div className="absolute inset-x-0 top-0 z-10 flex items-center gap-1 bg-gradient-to-b from-black/70 to-transparent p-2 text-white">
              <IconButton label={t('close')} icon={ArrowLeft} iconClassName="size-6 rtl:-scale-x-100" className="btn text-white hover:bg-white/15" onClick={onClose} />
              <p className="min-w-0 flex-1 truncate px-2 text-sm text-white/85">
                <bdi>{item?.filename}</bdi>
              </p>
              {item?.baseUrl ? (
                <a
                  href={downloadUrl(item.baseUrl)}
                  download={item.filename ?? true}
                  aria-label={t('download')}
                  title={t('download')}
                  className="btn size-10 px-0 text-white hover:bg-white/15"
                >
                  <Download className="size-5" aria-hidden />
                </a>
              ) : null}
              <IconButton
                label={t('info')}
                icon={Info}
                aria-pressed={infoOpen}
                aria-controls={infoOpen ? panelId : undefined}
                className={`btn text-white hover:bg-white/15 ${infoOpen ? 'bg-white/20' : ''}`}
                onClick={() => setInfoOpen((v) => !v)}
                disabled={!item}
              />
            </div>

            <div
              ref={stageRef}
              className="relative flex min-h-0 flex-1 touch-pan-y items-center justify-center overflow-hidden select-none"
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={() => setDrag(null)}
            >
              <div
                className="flex size-full items-center justify-center"
                style={drag ? { transform: `translateX(${drag.dx}px)` } : { transition: 'transform 150ms' }}
              >
                {problem ? (
                  <div className="flex max-w-sm flex-col items-center gap-3 px-6 text-center text-slate-200" role="alert">
                    <TriangleAlert className="size-8" aria-hidden />
                    <p>{problem}</p>
                    <button type="button" className="btn-secondary" onClick={onClose}>
                      {t('backToGrid')}
                    </button>
                  </div>
                ) : !item || stage.width === 0 ? (
                  loading ? (
                    <div role="status" className="flex items-center gap-2 text-slate-300">
                      <Spinner className="size-6" />
                      {t('loading')}
                    </div>
                  ) : null
                ) : item.mediaMetadata?.video ? (
                  <ViewerVideo item={item} stage={stage} />
                ) : (
                  <ViewerImage item={item} stage={stage} />
                )}
              </div>

              {/* Shown on phones too: a swipe is not discoverable on its own. */}
              {prev ? (
                <IconButton
                  label={t('previous')}
                  icon={StartChevron}
                  iconClassName="size-7 rtl:-scale-x-100"
                  className="btn absolute start-1 top-1/2 size-11! -translate-y-1/2 bg-black/35 text-white hover:bg-black/60 sm:start-2 sm:size-12! sm:bg-black/40"
                  onClick={() => onStep(-1)}
                />
              ) : null}
              {next ? (
                <IconButton
                  label={t('next')}
                  icon={EndChevron}
                  iconClassName="size-7 rtl:-scale-x-100"
                  className="btn absolute end-1 top-1/2 size-11! -translate-y-1/2 bg-black/35 text-white hover:bg-black/60 sm:end-2 sm:size-12! sm:bg-black/40"
                  onClick={() => onStep(1)}
                />
              ) : null}
            </div>
          </div>

          {infoOpen && item ? (
            <div className="absolute inset-x-0 bottom-0 z-20 lg:static lg:inset-auto lg:z-auto lg:h-full">
              <InfoPanel id={panelId} item={item} showContributor={showContributor} onClose={() => setInfoOpen(false)} />
            </div>
          ) : null}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  )
}
