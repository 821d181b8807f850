// One enrichment shown in place among the album's photos: a text block, a place on a map, or a route.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MapPin, Plus, Route, Smartphone, Type } from 'lucide-react'
import { AppDialog } from '../../components/ui/Dialog'
import { WorldMap } from './map/WorldMap'
import { fitView, type View } from './map/projection'
import { distanceKm } from './gazetteer/gazetteer'
import { kindOf, type LocalEnrichment } from './record'
import { BLOCK_HEIGHT } from './heights'
import type { Point } from './validation'


/** One step back from the tightest fit, so a route shows the land around it. */
const contextView = (v: View): View => ({ ...v, zoom: Math.max(0, v.zoom - 0.8) })

const pointOf = (latlng: { latitude?: number; longitude?: number } | undefined): Point => ({
  latitude: latlng?.latitude ?? 0,
  longitude: latlng?.longitude ?? 0,
})

function useFormat() {
  const { i18n } = useTranslation()
  const nf = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4, minimumFractionDigits: 0 })
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 })
  return { coord: (n: number) => nf.format(n), km: (n: number) => km.format(n) }
}

function Marked() {
  const { t } = useTranslation('enrichments')
  return (
    <span className="inline-flex min-w-0 items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300" title={t('block.addedHere')}>
      <Smartphone className="size-3 shrink-0" aria-hidden />
      <span className="truncate">{t('block.addedHere')}</span>
    </span>
  )
}

export function EnrichmentBlock({ record, onInsertAfter }: { record: LocalEnrichment; onInsertAfter?: () => void }) {
  const { t } = useTranslation('enrichments')
  const fmt = useFormat()
  const [showAll, setShowAll] = useState(false)
  const kind = kindOf(record.item)
  const height = BLOCK_HEIGHT[kind] - 8

  let title: string
  let body: React.ReactNode
  if (kind === 'text') {
    const text = record.item.textEnrichment?.text ?? ''
    title = t('block.text')
    body = (
      <div className="flex min-w-0 flex-1 items-start gap-3 px-1">
        <Type className="mt-1 size-5 shrink-0 text-slate-400" aria-hidden />
        <div className="min-w-0 flex-1">
          <p className="line-clamp-3 text-lg leading-snug whitespace-pre-line">{text}</p>
          {text.length > 160 ? (
            <button type="button" className="text-sm font-medium text-brand-700 underline dark:text-brand-100" onClick={() => setShowAll(true)}>
              {t('block.showAll')}
            </button>
          ) : null}
        </div>
        <AppDialog isOpen={showAll} onOpenChange={setShowAll} title={t('block.text')}>
          <p className="p-4 text-base whitespace-pre-line">{text}</p>
        </AppDialog>
      </div>
    )
  } else if (kind === 'location') {
    const loc = record.item.locationEnrichment?.location
    const p = pointOf(loc?.latlng)
    const name = loc?.locationName ?? ''
    title = t('block.location', { name })
    body = (
      <div className="flex min-w-0 flex-1 gap-3">
        <WorldMap
          label={title}
          view={fitView([p], 320, 180, 24, 4)}
          markers={[{ point: p, label: name, tone: 'place' }]}
          width={320}
          height={180}
          className="h-full w-2/5 max-w-72 shrink-0 rounded-lg [&_svg]:h-full [&_svg]:object-cover"
        />
        <div className="flex min-w-0 flex-col justify-center gap-1">
          <p className="flex items-center gap-1.5 text-lg font-semibold">
            <MapPin className="size-5 shrink-0 text-red-600 dark:text-red-400" aria-hidden />
            <span className="truncate">{name}</span>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400" dir="ltr">
            {t('block.coords', { lat: fmt.coord(p.latitude), lng: fmt.coord(p.longitude) })}
          </p>
        </div>
      </div>
    )
  } else {
    const m = record.item.mapEnrichment
    const a = pointOf(m?.origin?.latlng)
    const b = pointOf(m?.destination?.latlng)
    const from = m?.origin?.locationName ?? ''
    const to = m?.destination?.locationName ?? ''
    title = t('block.map', { from, to })
    body = (
      <div className="flex min-w-0 flex-1 gap-3">
        <WorldMap
          label={title}
          view={contextView(fitView([a, b], 400, 220, 28, 7))}
          markers={[
            { point: a, label: from, tone: 'origin' },
            { point: b, label: to, tone: 'destination' },
          ]}
          line={[a, b]}
          width={400}
          height={220}
          className="h-full w-1/2 max-w-96 shrink-0 rounded-lg [&_svg]:h-full"
        />
        <div className="flex min-w-0 flex-col justify-center gap-1">
          <p className="flex items-center gap-1.5 text-lg font-semibold">
            <Route className="size-5 shrink-0 text-brand-600 dark:text-brand-100" aria-hidden />
            <span className="min-w-0 break-words">{t('block.mapRoute', { from, to })}</span>
          </p>
          <p className="text-sm text-slate-600 dark:text-slate-400">{t('block.distance', { km: fmt.km(distanceKm(a, b)) })}</p>
        </div>
      </div>
    )
  }

  return (
    <section
      aria-label={title}
      data-enrichment-id={record.id}
      data-enrichment-kind={kind}
      className="mx-1 my-1 flex flex-col gap-2 overflow-hidden rounded-xl border border-slate-200 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900"
      style={{ height }}
    >
      <div className="flex min-h-0 flex-1">{body}</div>
      <div className="flex min-w-0 items-center justify-between gap-2">
        <Marked />
        {onInsertAfter ? (
          <button type="button" className="btn-ghost min-h-8 shrink-0 px-2 text-xs" onClick={onInsertAfter}>
            <Plus className="size-4" aria-hidden />
            {t('insertAfterThis')}
          </button>
        ) : null}
      </div>
    </section>
  )
}
