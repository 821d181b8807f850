// Generated from contract/photoslibrary-v1.discovery.json (revision 20251221) by
// scripts/gen-api-types.mjs. Do not edit by hand. Every field is optional because Google omits unset fields.

/** Request to add an enrichment to a specific album at a specific position. */
export interface AddEnrichmentToAlbumRequest {
  /** Required. */
  albumPosition?: AlbumPosition
  /** Required. */
  newEnrichmentItem?: NewEnrichmentItem
}

/** The enrichment item that's created. */
export interface AddEnrichmentToAlbumResponse {
  /** Output only. */
  enrichmentItem?: EnrichmentItem
}

/** Representation of an album in Google Photos. */
export interface Album {
  /** [Output only] A URL to the cover photo's bytes. */
  coverPhotoBaseUrl?: string
  /** Identifier for the media item associated with the cover photo. */
  coverPhotoMediaItemId?: string
  /** Identifier for the album. */
  id?: string
  /** [Output only] True if you can create media items in this album. */
  isWriteable?: boolean
  /** [Output only] The number of media items in the album. */
  mediaItemsCount?: string
  /** [Output only] Google Photos URL for the album. */
  productUrl?: string
  /** [Output only] Information related to shared albums. */
  shareInfo?: ShareInfo
  /** Name of the album displayed to the user in their Google Photos account. */
  title?: string
}

/** Specifies a position in an album. */
export interface AlbumPosition {
  /** Type of position, for a media or enrichment item. */
  position?: 'POSITION_TYPE_UNSPECIFIED' | 'FIRST_IN_ALBUM' | 'LAST_IN_ALBUM' | 'AFTER_MEDIA_ITEM' | 'AFTER_ENRICHMENT_ITEM'
  /** The enrichment item to which the position is relative to. */
  relativeEnrichmentItemId?: string
  /** The media item to which the position is relative to. */
  relativeMediaItemId?: string
}

/** Request to add media items to an app created album. */
export interface BatchAddMediaItemsToAlbumRequest {
  /** Required. */
  mediaItemIds?: string[]
}

/** Response for adding media items to an album. */
export type BatchAddMediaItemsToAlbumResponse = Record<string, never>

/** Request to create one or more media items in a user's Google Photos library. */
export interface BatchCreateMediaItemsRequest {
  /** Identifier of the album where the media items are added. */
  albumId?: string
  /** Position in the album where the media items are added. */
  albumPosition?: AlbumPosition
  /** Required. */
  newMediaItems?: NewMediaItem[]
}

/** List of media items created. */
export interface BatchCreateMediaItemsResponse {
  /** Output only. */
  newMediaItemResults?: NewMediaItemResult[]
}

/** Response to retrieve a list of app created media items. */
export interface BatchGetMediaItemsResponse {
  /** Output only. */
  mediaItemResults?: MediaItemResult[]
}

/** Request to remove a list of media items from an album. */
export interface BatchRemoveMediaItemsFromAlbumRequest {
  /** Required. */
  mediaItemIds?: string[]
}

/** Response for successfully removing all specified media items from the album. */
export type BatchRemoveMediaItemsFromAlbumResponse = Record<string, never>

/** This filter allows you to return media items based on the content type. */
export interface ContentFilter {
  /** The set of categories which are not to be included in the media item search results. */
  excludedContentCategories?: ('NONE' | 'LANDSCAPES' | 'RECEIPTS' | 'CITYSCAPES' | 'LANDMARKS' | 'SELFIES' | 'PEOPLE' | 'PETS' | 'WEDDINGS' | 'BIRTHDAYS' | 'DOCUMENTS' | 'TRAVEL' | 'ANIMALS' | 'FOOD' | 'SPORT' | 'NIGHT' | 'PERFORMANCES' | 'WHITEBOARDS' | 'SCREENSHOTS' | 'UTILITY' | 'ARTS' | 'CRAFTS' | 'FASHION' | 'HOUSES' | 'GARDENS' | 'FLOWERS' | 'HOLIDAYS')[]
  /** The set of categories to be included in the media item search results. */
  includedContentCategories?: ('NONE' | 'LANDSCAPES' | 'RECEIPTS' | 'CITYSCAPES' | 'LANDMARKS' | 'SELFIES' | 'PEOPLE' | 'PETS' | 'WEDDINGS' | 'BIRTHDAYS' | 'DOCUMENTS' | 'TRAVEL' | 'ANIMALS' | 'FOOD' | 'SPORT' | 'NIGHT' | 'PERFORMANCES' | 'WHITEBOARDS' | 'SCREENSHOTS' | 'UTILITY' | 'ARTS' | 'CRAFTS' | 'FASHION' | 'HOUSES' | 'GARDENS' | 'FLOWERS' | 'HOLIDAYS')[]
}

/** Information about the user who added the media item. */
export interface ContributorInfo {
  /** Display name of the contributor. */
  displayName?: string
  /** URL to the profile picture of the contributor. */
  profilePictureBaseUrl?: string
}

/** Request to create an album in Google Photos. */
export interface CreateAlbumRequest {
  /** Required. */
  album?: Album
}

/** Represents a whole calendar date. */
export interface Date {
  /** Day of month. */
  day?: number
  /** Month of a year. */
  month?: number
  /** Year of the date. */
  year?: number
}

/** This filter defines the allowed dates or date ranges for the media returned. */
export interface DateFilter {
  /** List of dates that match the media items' creation date. */
  dates?: Date[]
  /** List of dates ranges that match the media items' creation date. */
  ranges?: DateRange[]
}

/** Defines a range of dates. */
export interface DateRange {
  /** The end date (included as part of the range). */
  endDate?: Date
  /** The start date (included as part of the range) in one of the formats described. */
  startDate?: Date
}

/** An enrichment item. */
export interface EnrichmentItem {
  /** Identifier of the enrichment item. */
  id?: string
}

/** This filter defines the features that the media items should have. */
export interface FeatureFilter {
  /** The set of features to be included in the media item search results. */
  includedFeatures?: ('NONE' | 'FAVORITES')[]
}

/** Filters that can be applied to a media item search. */
export interface Filters {
  /** Filters the media items based on their content. */
  contentFilter?: ContentFilter
  /** Filters the media items based on their creation date. */
  dateFilter?: DateFilter
  /** If set, the results exclude media items that were not created by this app. */
  excludeNonAppCreatedData?: boolean
  /** Filters the media items based on their features. */
  featureFilter?: FeatureFilter
  /** If set, the results include media items that the user has archived. */
  includeArchivedMedia?: boolean
  /** Filters the media items based on the type of media. */
  mediaTypeFilter?: MediaTypeFilter
}

/** Request to join a shared album on behalf of the user. */
export interface JoinSharedAlbumRequest {
  /** Required. */
  shareToken?: string
}

/** Response to successfully joining the shared album on behalf of the user. */
export interface JoinSharedAlbumResponse {
  /** Shared album that the user has joined. */
  album?: Album
}

/** An object that represents a latitude/longitude pair. */
export interface LatLng {
  /** The latitude in degrees. */
  latitude?: number
  /** The longitude in degrees. */
  longitude?: number
}

/** Request to leave a shared album on behalf of the user. */
export interface LeaveSharedAlbumRequest {
  /** Required. */
  shareToken?: string
}

/** Response to successfully leaving the shared album on behalf of the user. */
export type LeaveSharedAlbumResponse = Record<string, never>

/** List of albums requested. */
export interface ListAlbumsResponse {
  /** Output only. */
  albums?: Album[]
  /** Output only. */
  nextPageToken?: string
}

/** List of all media items from the user's Google Photos library. */
export interface ListMediaItemsResponse {
  /** Output only. */
  mediaItems?: MediaItem[]
  /** Output only. */
  nextPageToken?: string
}

/** List of shared albums requested. */
export interface ListSharedAlbumsResponse {
  /** Output only. */
  nextPageToken?: string
  /** Output only. */
  sharedAlbums?: Album[]
}

/** Represents a physical location. */
export interface Location {
  /** Position of the location on the map. */
  latlng?: LatLng
  /** Name of the location to be displayed. */
  locationName?: string
}

/** An enrichment containing a single location. */
export interface LocationEnrichment {
  /** Location for this enrichment item. */
  location?: Location
}

/** An enrichment containing a map, showing origin and destination locations. */
export interface MapEnrichment {
  /** Destination location for this enrichemt item. */
  destination?: Location
  /** Origin location for this enrichment item. */
  origin?: Location
}

/** Representation of a media item (such as a photo or video) in Google Photos. */
export interface MediaItem {
  /** A URL to the media item's bytes. */
  baseUrl?: string
  /** Information about the user who added this media item. */
  contributorInfo?: ContributorInfo
  /** Description of the media item. */
  description?: string
  /** Filename of the media item. */
  filename?: string
  /** Identifier for the media item. */
  id?: string
  /** Metadata related to the media item, such as, height, width, or creation time. */
  mediaMetadata?: MediaMetadata
  /** MIME type of the media item. */
  mimeType?: string
  /** Google Photos URL for the media item. */
  productUrl?: string
}

/** Result of retrieving a media item. */
export interface MediaItemResult {
  /** Media item retrieved from the user's library. */
  mediaItem?: MediaItem
  /** If an error occurred while accessing this media item, this field is populated with information related to the error. */
  status?: Status
}

/** Metadata for a media item. */
export interface MediaMetadata {
  /** Time when the media item was first created (not when it was uploaded to Google Photos). */
  creationTime?: string
  /** Original height (in pixels) of the media item. */
  height?: string
  /** Metadata for a photo media type. */
  photo?: Photo
  /** Metadata for a video media type. */
  video?: Video
  /** Original width (in pixels) of the media item. */
  width?: string
}

/** This filter defines the type of media items to be returned, for example, videos or photos. */
export interface MediaTypeFilter {
  /** The types of media items to be included. */
  mediaTypes?: ('ALL_MEDIA' | 'VIDEO' | 'PHOTO')[]
}

/** A new enrichment item to be added to an app created album, used by the `albums.addEnrichment` call. */
export interface NewEnrichmentItem {
  /** Location to be added to the app created album. */
  locationEnrichment?: LocationEnrichment
  /** Map to be added to the app created album. */
  mapEnrichment?: MapEnrichment
  /** Text to be added to the app created album. */
  textEnrichment?: TextEnrichment
}

/** New media item that's created in a user's Google Photos account. */
export interface NewMediaItem {
  /** Description of the media item. */
  description?: string
  /** A new media item that has been uploaded via the included `uploadToken`. */
  simpleMediaItem?: SimpleMediaItem
}

/** Result of creating a new media item. */
export interface NewMediaItemResult {
  /** Media item created with the upload token. */
  mediaItem?: MediaItem
  /** If an error occurred during the creation of this media item, this field is populated with information related to the error. */
  status?: Status
  /** The upload token used to create this new (simple) media item. */
  uploadToken?: string
}

/** Metadata that is specific to a photo, such as, ISO, focal length and exposure time. */
export interface Photo {
  /** Aperture f number of the camera lens with which the photo was taken. */
  apertureFNumber?: number
  /** Brand of the camera with which the photo was taken. */
  cameraMake?: string
  /** Model of the camera with which the photo was taken. */
  cameraModel?: string
  /** Exposure time of the camera aperture when the photo was taken. */
  exposureTime?: string
  /** Focal length of the camera lens with which the photo was taken. */
  focalLength?: number
  /** ISO of the camera with which the photo was taken. */
  isoEquivalent?: number
}

/** Request to search for app created media items in a user's library. */
export interface SearchMediaItemsRequest {
  /** Identifier of an album. */
  albumId?: string
  /** Filters to apply to the request. */
  filters?: Filters
  /** An optional field to specify the sort order of the search results. */
  orderBy?: string
  /** Maximum number of media items to return in the response. */
  pageSize?: number
  /** A continuation token to get the next page of the results. */
  pageToken?: string
}

/** List of media items that match the search parameters. */
export interface SearchMediaItemsResponse {
  /** Output only. */
  mediaItems?: MediaItem[]
  /** Output only. */
  nextPageToken?: string
}

/** Request to make an album shared in Google Photos. */
export interface ShareAlbumRequest {
  /** Options to be set when converting the album to a shared album. */
  sharedAlbumOptions?: SharedAlbumOptions
}

/** Response to successfully sharing an album. */
export interface ShareAlbumResponse {
  /** Output only. */
  shareInfo?: ShareInfo
}

/** Information about albums that are shared. */
export interface ShareInfo {
  /** True if the album can be joined by users. */
  isJoinable?: boolean
  /** True if the user is joined to the album. */
  isJoined?: boolean
  /** True if the user owns the album. */
  isOwned?: boolean
  /** A token that is used to join, leave, or retrieve the details of a shared album on behalf of a user who isn't the owner. */
  shareToken?: string
  /** A link to the shared Google Photos album. */
  shareableUrl?: string
  /** Options that control whether someone can add media items to, or comment on a shared album. */
  sharedAlbumOptions?: SharedAlbumOptions
}

/** Options that control the sharing of an album. */
export interface SharedAlbumOptions {
  /** True if the shared album allows collaborators (users who have joined the album) to add media items to it. */
  isCollaborative?: boolean
  /** True if the shared album allows collaborators (users who have joined the album) to add comments to the album. */
  isCommentable?: boolean
}

/** A simple media item to be created in Google Photos via an upload token. */
export interface SimpleMediaItem {
  /** File name with extension of the media item. */
  fileName?: string
  /** Token identifying the media bytes that have been uploaded to Google. */
  uploadToken?: string
}

/** The `Status` type defines a logical error model that is suitable for different programming environments, including REST APIs and RPC APIs. */
export interface Status {
  /** The status code, which should be an enum value of google.rpc.Code. */
  code?: number
  /** A list of messages that carry the error details. */
  details?: Record<string, unknown>[]
  /** A developer-facing error message, which should be in English. */
  message?: string
}

/** An enrichment containing text. */
export interface TextEnrichment {
  /** Text for this enrichment item. */
  text?: string
}

/** Request to unshare a shared album in Google Photos. */
export type UnshareAlbumRequest = Record<string, never>

/** Response of a successful unshare of a shared album. */
export type UnshareAlbumResponse = Record<string, never>

/** Metadata that is specific to a video, for example, fps and processing status. */
export interface Video {
  /** Brand of the camera with which the video was taken. */
  cameraMake?: string
  /** Model of the camera with which the video was taken. */
  cameraModel?: string
  /** Frame rate of the video. */
  fps?: number
  /** Processing status of the video. */
  status?: 'UNSPECIFIED' | 'PROCESSING' | 'READY' | 'FAILED'
}

export const ContentCategoryValues = ['NONE', 'LANDSCAPES', 'RECEIPTS', 'CITYSCAPES', 'LANDMARKS', 'SELFIES', 'PEOPLE', 'PETS', 'WEDDINGS', 'BIRTHDAYS', 'DOCUMENTS', 'TRAVEL', 'ANIMALS', 'FOOD', 'SPORT', 'NIGHT', 'PERFORMANCES', 'WHITEBOARDS', 'SCREENSHOTS', 'UTILITY', 'ARTS', 'CRAFTS', 'FASHION', 'HOUSES', 'GARDENS', 'FLOWERS', 'HOLIDAYS'] as const
export type ContentCategory = (typeof ContentCategoryValues)[number]

export const MediaTypeValues = ['ALL_MEDIA', 'VIDEO', 'PHOTO'] as const
export type MediaType = (typeof MediaTypeValues)[number]

export const FeatureValues = ['NONE', 'FAVORITES'] as const
export type Feature = (typeof FeatureValues)[number]

export const PositionTypeValues = ['POSITION_TYPE_UNSPECIFIED', 'FIRST_IN_ALBUM', 'LAST_IN_ALBUM', 'AFTER_MEDIA_ITEM', 'AFTER_ENRICHMENT_ITEM'] as const
export type PositionType = (typeof PositionTypeValues)[number]

export const VideoProcessingStatusValues = ['UNSPECIFIED', 'PROCESSING', 'READY', 'FAILED'] as const
export type VideoProcessingStatus = (typeof VideoProcessingStatusValues)[number]

