// Public surface of the enrichments feature, for the album page.
export { InsertHereControl } from './Story'
export { canAddEnrichments, useAlbumEnrichmentExtras, type StoryExtra } from './use-extras'
export { EnrichmentBlock } from './EnrichmentBlock'
export { BLOCK_HEIGHT } from './heights'
export { EnrichmentComposer } from './Composer'
