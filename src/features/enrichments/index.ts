// Public surface of the enrichments feature, for the album page.
export { InsertHereControl } from './Story'
export { canAddEnrichments, useAlbumEnrichmentExtras } from './use-extras'
export { EnrichmentComposer } from './Composer'
