// One thumbnail of the grid: a placeholder box of the item's exact size, the image at rendered size × DPR,
// a video badge with the duration, and the selection check.
import { memo, useEffect, useMemo, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CircleCheck, ImageOff, Play } from 'lucide-react'
import type { MediaItem } from '../../api'
import { formatItemDateTime } from './dates'
import { useGridMedia } from './grid-media'
import { formatDuration, useVideoDuration } from './video-duration'
import { useThumbnailSlot } from './thumbnail-slots'

export interface GridCellProps {
  item: MediaItem
  index: number
  x: number
  /** Offset from the row's top (below a header band). */
  y: number
  width: number
  height: number
  focusable: boolean
  selectable: boolean
  selected: boolean
  /** Selection mode: every cell shows its check circle. */
  selecting: boolean
  /** The grid is scrolling: a cell that appears now waits a moment before loading its image. */
  scrolling?: boolean
  /** In a row rendered ahead of the screen: its image loads after the screen's own. */
  offScreen?: boolean
  onClick: (index: number, event: MouseEvent) => void
  onCheckClick: (index: number, event: MouseEvent) => void
  onFocus: (focus: { id: string; index: number }) => void
}

const dpr = () => (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1)

function useItemLabel(item: MediaItem, duration: number | undefined) {
  const { t, i18n } = useTranslation()
  // Cells re-render as the grid scrolls: the name is worked out (and its date formatted) only when its inputs change.
  return useMemo(() => {
    const date = formatItemDateTime(item.mediaMetadata?.creationTime, i18n.language) || t('media.dateUnknown')
    const label = item.mediaMetadata?.video
      ? duration !== undefined
        ? t('media.videoWithDuration', { date, duration: formatDuration(duration, i18n.language) })
        : t('media.video', { date })
      : t('media.photo', { date })
    // Shared albums: who added it is part of the name, not a caption on every tile.
    const contributor = item.contributorInfo?.displayName
    return contributor ? t('media.addedBy', { label, name: contributor }) : label
  }, [duration, i18n.language, item, t])
}

export const GridCell = memo(function GridCell({
  item,
  index,
  x,
  y,
  width,
  height,
  focusable,
  selectable,
  selected,
  selecting,
  scrolling = false,
  offScreen = false,
  onClick,
  onCheckClick,
  onFocus,
}: GridCellProps) {
  const { t, i18n } = useTranslation()
  const isVideo = !!item.mediaMetadata?.video
  const duration = useVideoDuration(item)
  const label = useItemLabel(item, duration)
  const media = useGridMedia()
  const { onError, failed } = media.useImageFailure(item.id)
  const wanted = media.thumbnailUrl(item, { width, height, crop: false, dpr: dpr() })
  const thumbnail = useThumbnailSlot(wanted, scrolling, offScreen)
  // A failed download asks the data layer for a fresh URL (an expired baseUrl); `failed` once that cannot help.
  const failedSrc = thumbnail.status === 'failed' ? thumbnail.src : undefined
  useEffect(() => {
    if (failedSrc) onError()
  }, [failedSrc, onError])

  return (
    <div
      role="gridcell"
      data-index={index}
      tabIndex={focusable ? 0 : -1}
      aria-selected={selectable ? selected : undefined}
      aria-label={label}
      onClick={(e) => onClick(index, e)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocus({ id: item.id ?? '', index })
      }}
      className="group/cell absolute cursor-pointer overflow-hidden outline-none focus-visible:z-10 focus-visible:ring-3 focus-visible:ring-brand-500 focus-visible:ring-offset-2 dark:focus-visible:ring-offset-slate-950"
      style={{ insetInlineStart: x, top: y, width, height }}
    >
      <div
        className={`size-full bg-slate-200 transition-[padding] duration-150 dark:bg-slate-800 ${selected ? 'bg-brand-50 p-[8%] dark:bg-brand-700/30' : ''}`}
      >
        {thumbnail.status === 'loaded' && !failed ? (
          <img
            referrerPolicy="no-referrer"
            src={thumbnail.src}
            alt=""
            draggable={false}
            decoding="async"
            onError={onError}
            className={`size-full object-cover ${thumbnail.fadeIn ? 'motion-safe:animate-fade-in' : ''} ${selected ? 'rounded-md' : ''}`}
          />
        ) : failed ? (
          <div className="flex size-full items-center justify-center text-slate-500 dark:text-slate-400">
            <ImageOff className="size-6" aria-hidden />
          </div>
        ) : null}
      </div>

      {isVideo ? (
        <div className="pointer-events-none absolute end-1.5 top-1.5 flex items-center gap-1 rounded-full bg-black/55 px-1.5 py-0.5 text-xs font-medium text-white tabular-nums">
          {duration !== undefined ? <span dir="ltr">{formatDuration(duration, i18n.language)}</span> : null}
          <Play className="size-3.5 fill-current" aria-hidden />
        </div>
      ) : null}

      {selectable ? (
        <>
          {/* A gradient so the white check stays visible on bright photos. */}
          <div
            className={`pointer-events-none absolute inset-x-0 top-0 h-12 bg-gradient-to-b from-black/35 to-transparent transition-opacity ${
              selecting && !selected ? 'opacity-100' : 'opacity-0 group-hover/cell:opacity-100'
            }`}
            aria-hidden
          />
          <button
            type="button"
            tabIndex={-1}
            aria-hidden
            title={t('media.select')}
            onClick={(e) => onCheckClick(index, e)}
            // On phones a 44 px target (padding around the same 24 px circle).
            className={`absolute start-1.5 top-1.5 rounded-full transition-opacity max-sm:start-0 max-sm:top-0 max-sm:p-2.5 ${
              selected
                ? 'text-brand-600 opacity-100 dark:text-brand-100'
                : `text-white/90 hover:text-white ${selecting ? 'opacity-100' : 'opacity-0 group-hover/cell:opacity-100'}`
            }`}
          >
            <span className={`block rounded-full ${selected ? 'bg-white dark:bg-slate-950' : ''}`}>
              <CircleCheck className={`size-6 ${selected ? 'fill-current text-brand-600 [&>path]:stroke-white' : ''}`} aria-hidden />
            </span>
          </button>
        </>
      ) : null}
    </div>
  )
})
