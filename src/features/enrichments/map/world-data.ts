// The offline world: land and country borders from Natural Earth (world-atlas, 1:110m), loaded as its own chunk on
// first use and kept for the session. World-atlas is ISC-licensed; Natural Earth is public domain.
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { Feature, FeatureCollection, MultiLineString } from 'geojson'

export interface WorldShapes {
  land: Feature | FeatureCollection
  borders: MultiLineString
}

let loading: Promise<WorldShapes> | undefined

export function loadWorld(): Promise<WorldShapes> {
  loading ??= import('world-atlas/countries-110m.json').then((mod) => {
    const topology = (mod.default ?? mod) as unknown as Topology<{ countries: GeometryCollection; land: GeometryCollection }>
    return {
      land: feature(topology, topology.objects.land),
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    }
  })
  loading.catch(() => {
    loading = undefined
  })
  return loading
}
