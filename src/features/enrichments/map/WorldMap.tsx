// An SVG world map drawn from data the app ships, so it works offline: land, borders, markers and a route line.
// With `onViewChange` it becomes a picker: drag or arrow keys pan, wheel, pinch-free buttons or +/- zoom, and a
// click (or Enter on the centre cross) picks a place.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { geoGraticule10, geoPath } from 'd3-geo'
import { Minus, Plus } from 'lucide-react'
import type { Point } from '../validation'
import { loadWorld, type WorldShapes } from './world-data'
import { panBy, pixelOf, pointAt, projectionFor, zoomAround, type View } from './projection'

interface MapMarker {
  point: Point
  label: string
  tone: 'place' | 'origin' | 'destination'
}

export interface WorldMapProps {
  label: string
  view: View
  markers?: readonly MapMarker[]
  line?: readonly [Point, Point]
  /** Makes the map interactive. */
  onViewChange?: (view: View) => void
  onPick?: (point: Point) => void
  width?: number
  height?: number
  className?: string
}

const toneClass: Record<MapMarker['tone'], string> = {
  place: 'fill-red-600 dark:fill-red-400',
  origin: 'fill-emerald-600 dark:fill-emerald-400',
  destination: 'fill-red-600 dark:fill-red-400',
}

const graticule = geoGraticule10()

function useWorld(): WorldShapes | undefined {
  const [world, setWorld] = useState<WorldShapes>()
  useEffect(() => {
    let live = true
    loadWorld().then((w) => live && setWorld(w), () => undefined)
    return () => {
      live = false
    }
  }, [])
  return world
}

export function WorldMap({ label, view, markers = [], line, onViewChange, onPick, width = 640, height = 360, className = '' }: WorldMapProps) {
  const { t } = useTranslation('enrichments')
  const world = useWorld()
  const helpId = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const drag = useRef<{ x: number; y: number; moved: boolean; view: View } | null>(null)
  const interactive = !!onViewChange

  const paths = useMemo(() => {
    const path = geoPath(projectionFor(view, width, height))
    return {
      graticule: path(graticule) ?? '',
      land: world ? (path(world.land) ?? '') : '',
      borders: world ? (path(world.borders) ?? '') : '',
      line: line ? (path({ type: 'LineString', coordinates: line.map((p) => [p.longitude, p.latitude]) }) ?? '') : '',
    }
  }, [view, width, height, world, line])

  // Client pixels → viewBox units (the SVG scales with its box).
  const toBox = (clientX: number, clientY: number): [number, number] => {
    const rect = svgRef.current?.getBoundingClientRect()
    if (!rect || rect.width === 0) return [width / 2, height / 2]
    return [((clientX - rect.left) / rect.width) * width, ((clientY - rect.top) / rect.height) * height]
  }

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  const viewRef = useRef(view)
  useEffect(() => {
    viewRef.current = view
  }, [view])
  useEffect(() => {
    const svg = svgRef.current
    if (!svg || !onViewChange) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const rect = svg.getBoundingClientRect()
      const x = ((e.clientX - rect.left) / rect.width) * width
      const y = ((e.clientY - rect.top) / rect.height) * height
      const v = viewRef.current
      onViewChange(zoomAround(v, width, height, v.zoom + (e.deltaY < 0 ? 0.5 : -0.5), x, y))
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    return () => svg.removeEventListener('wheel', onWheel)
  }, [onViewChange, width, height])

  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (!interactive || e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    drag.current = { x: e.clientX, y: e.clientY, moved: false, view }
  }
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current
    if (!d || !onViewChange) return
    const [x0, y0] = toBox(d.x, d.y)
    const [x1, y1] = toBox(e.clientX, e.clientY)
    if (!d.moved && Math.hypot(e.clientX - d.x, e.clientY - d.y) < 5) return
    d.moved = true
    onViewChange(panBy(d.view, width, height, x1 - x0, y1 - y0))
  }
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current
    drag.current = null
    if (!d || d.moved || !onPick) return
    const [x, y] = toBox(e.clientX, e.clientY)
    const p = pointAt(view, width, height, x, y)
    if (p) onPick(p)
  }
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (!onViewChange) return
    const step = 40
    // Arrows are geographic (west/east), the same in both reading directions.
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    }
    if (moves[e.key]) {
      e.preventDefault()
      onViewChange(panBy(view, width, height, ...moves[e.key]))
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault()
      onViewChange(zoomAround(view, width, height, view.zoom + 1))
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault()
      onViewChange(zoomAround(view, width, height, view.zoom - 1))
    } else if ((e.key === 'Enter' || e.key === ' ') && onPick) {
      e.preventDefault()
      const p = pointAt(view, width, height, width / 2, height / 2)
      if (p) onPick(p)
    }
  }

  const svg = (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${width} ${height}`}
      className={`block h-auto w-full touch-none select-none bg-sky-100 dark:bg-slate-800 ${interactive ? 'cursor-crosshair rounded-lg outline-none focus-visible:ring-3 focus-visible:ring-brand-500' : ''}`}
      role={interactive ? 'application' : 'img'}
      aria-label={label}
      aria-describedby={interactive ? helpId : undefined}
      tabIndex={interactive ? 0 : undefined}
      onPointerDown={interactive ? onPointerDown : undefined}
      onPointerMove={interactive ? onPointerMove : undefined}
      onPointerUp={interactive ? onPointerUp : undefined}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={interactive ? onKeyDown : undefined}
      data-zoom={view.zoom}
      data-center={`${view.center[1].toFixed(4)},${view.center[0].toFixed(4)}`}
    >
      <path d={paths.graticule} className="fill-none stroke-sky-200 dark:stroke-slate-700" strokeWidth={0.5} />
      <path d={paths.land} className="fill-stone-100 stroke-stone-400 dark:fill-slate-600 dark:stroke-slate-500" strokeWidth={0.5} />
      <path d={paths.borders} className="fill-none stroke-stone-400 dark:stroke-slate-400" strokeWidth={0.6} strokeDasharray="2 1.5" />
      {paths.line ? (
        <path d={paths.line} className="fill-none stroke-brand-600 dark:stroke-brand-100" strokeWidth={2.5} strokeDasharray="6 4" strokeLinecap="round" />
      ) : null}
      {markers.map((m, i) => {
        const xy = pixelOf(view, width, height, m.point)
        if (!xy) return null
        return (
          <g key={i} transform={`translate(${xy[0]} ${xy[1]})`}>
            <title>{m.label}</title>
            <path d="M0 0 C -2 -6 -8 -9 -8 -15 A 8 8 0 1 1 8 -15 C 8 -9 2 -6 0 0 Z" className={`${toneClass[m.tone]} stroke-white dark:stroke-slate-900`} strokeWidth={1.5} />
            <circle cy={-15} r={3} className="fill-white dark:fill-slate-900" />
          </g>
        )
      })}
      {interactive ? (
        <g className="pointer-events-none stroke-slate-700 dark:stroke-slate-200" strokeWidth={1} opacity={0.6}>
          <line x1={width / 2 - 8} x2={width / 2 + 8} y1={height / 2} y2={height / 2} />
          <line x1={width / 2} x2={width / 2} y1={height / 2 - 8} y2={height / 2 + 8} />
        </g>
      ) : null}
    </svg>
  )

  if (!interactive) return <div className={`overflow-hidden ${className}`}>{svg}</div>
  return (
    <div className={`relative ${className}`}>
      {svg}
      <div className="absolute end-2 top-2 flex flex-col gap-1">
        <button
          type="button"
          className="btn-secondary size-9 px-0 shadow"
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
          onClick={() => onViewChange(zoomAround(view, width, height, view.zoom + 1))}
        >
          <Plus className="size-4" aria-hidden />
        </button>
        <button
          type="button"
          className="btn-secondary size-9 px-0 shadow"
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
          onClick={() => onViewChange(zoomAround(view, width, height, view.zoom - 1))}
        >
          <Minus className="size-4" aria-hidden />
        </button>
      </div>
      <p id={helpId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        {t('map.help')}
      </p>
    </div>
  )
}
