// The demo library manifest, the default seed when a host passes no `manifest` (static import: service
// workers cannot use dynamic import()).
import demo from './demo-library.json'
import type { SeedManifest } from '../types'

export const defaultManifest = demo as unknown as SeedManifest
