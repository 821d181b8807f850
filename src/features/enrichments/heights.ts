import type { EnrichmentKind } from './record'

/** Fixed heights of the enrichment blocks, so the grid can lay rows out before they render. */
export const BLOCK_HEIGHT: Record<EnrichmentKind, number> = { text: 148, location: 212, map: 252 }
/** Height of an "insert here" row. */
export const INSERT_ROW_HEIGHT = 48
