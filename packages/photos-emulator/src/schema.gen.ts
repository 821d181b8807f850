// Generated from contract/photoslibrary-v1.discovery.json (revision 20251221) by
// scripts/gen-schema.mjs. Do not edit by hand.

export interface FieldSpec {
  ref?: string
  type?: string
  format?: string
  enum?: string[]
  items?: FieldSpec
}

export const schemas: Record<string, Record<string, FieldSpec>> = {
  "AddEnrichmentToAlbumRequest": {
    "albumPosition": {
      "ref": "AlbumPosition"
    },
    "newEnrichmentItem": {
      "ref": "NewEnrichmentItem"
    }
  },
  "AddEnrichmentToAlbumResponse": {
    "enrichmentItem": {
      "ref": "EnrichmentItem"
    }
  },
  "Album": {
    "coverPhotoBaseUrl": {
      "type": "string"
    },
    "coverPhotoMediaItemId": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "isWriteable": {
      "type": "boolean"
    },
    "mediaItemsCount": {
      "type": "string",
      "format": "int64"
    },
    "productUrl": {
      "type": "string"
    },
    "shareInfo": {
      "ref": "ShareInfo"
    },
    "title": {
      "type": "string"
    }
  },
  "AlbumPosition": {
    "position": {
      "type": "string",
      "enum": [
        "POSITION_TYPE_UNSPECIFIED",
        "FIRST_IN_ALBUM",
        "LAST_IN_ALBUM",
        "AFTER_MEDIA_ITEM",
        "AFTER_ENRICHMENT_ITEM"
      ]
    },
    "relativeEnrichmentItemId": {
      "type": "string"
    },
    "relativeMediaItemId": {
      "type": "string"
    }
  },
  "BatchAddMediaItemsToAlbumRequest": {
    "mediaItemIds": {
      "type": "array",
      "items": {
        "type": "string"
      }
    }
  },
  "BatchAddMediaItemsToAlbumResponse": {},
  "BatchCreateMediaItemsRequest": {
    "albumId": {
      "type": "string"
    },
    "albumPosition": {
      "ref": "AlbumPosition"
    },
    "newMediaItems": {
      "type": "array",
      "items": {
        "ref": "NewMediaItem"
      }
    }
  },
  "BatchCreateMediaItemsResponse": {
    "newMediaItemResults": {
      "type": "array",
      "items": {
        "ref": "NewMediaItemResult"
      }
    }
  },
  "BatchGetMediaItemsResponse": {
    "mediaItemResults": {
      "type": "array",
      "items": {
        "ref": "MediaItemResult"
      }
    }
  },
  "BatchRemoveMediaItemsFromAlbumRequest": {
    "mediaItemIds": {
      "type": "array",
      "items": {
        "type": "string"
      }
    }
  },
  "BatchRemoveMediaItemsFromAlbumResponse": {},
  "ContentFilter": {
    "excludedContentCategories": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "NONE",
          "LANDSCAPES",
          "RECEIPTS",
          "CITYSCAPES",
          "LANDMARKS",
          "SELFIES",
          "PEOPLE",
          "PETS",
          "WEDDINGS",
          "BIRTHDAYS",
          "DOCUMENTS",
          "TRAVEL",
          "ANIMALS",
          "FOOD",
          "SPORT",
          "NIGHT",
          "PERFORMANCES",
          "WHITEBOARDS",
          "SCREENSHOTS",
          "UTILITY",
          "ARTS",
          "CRAFTS",
          "FASHION",
          "HOUSES",
          "GARDENS",
          "FLOWERS",
          "HOLIDAYS"
        ]
      }
    },
    "includedContentCategories": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "NONE",
          "LANDSCAPES",
          "RECEIPTS",
          "CITYSCAPES",
          "LANDMARKS",
          "SELFIES",
          "PEOPLE",
          "PETS",
          "WEDDINGS",
          "BIRTHDAYS",
          "DOCUMENTS",
          "TRAVEL",
          "ANIMALS",
          "FOOD",
          "SPORT",
          "NIGHT",
          "PERFORMANCES",
          "WHITEBOARDS",
          "SCREENSHOTS",
          "UTILITY",
          "ARTS",
          "CRAFTS",
          "FASHION",
          "HOUSES",
          "GARDENS",
          "FLOWERS",
          "HOLIDAYS"
        ]
      }
    }
  },
  "ContributorInfo": {
    "displayName": {
      "type": "string"
    },
    "profilePictureBaseUrl": {
      "type": "string"
    }
  },
  "CreateAlbumRequest": {
    "album": {
      "ref": "Album"
    }
  },
  "Date": {
    "day": {
      "type": "integer",
      "format": "int32"
    },
    "month": {
      "type": "integer",
      "format": "int32"
    },
    "year": {
      "type": "integer",
      "format": "int32"
    }
  },
  "DateFilter": {
    "dates": {
      "type": "array",
      "items": {
        "ref": "Date"
      }
    },
    "ranges": {
      "type": "array",
      "items": {
        "ref": "DateRange"
      }
    }
  },
  "DateRange": {
    "endDate": {
      "ref": "Date"
    },
    "startDate": {
      "ref": "Date"
    }
  },
  "EnrichmentItem": {
    "id": {
      "type": "string"
    }
  },
  "FeatureFilter": {
    "includedFeatures": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "NONE",
          "FAVORITES"
        ]
      }
    }
  },
  "Filters": {
    "contentFilter": {
      "ref": "ContentFilter"
    },
    "dateFilter": {
      "ref": "DateFilter"
    },
    "excludeNonAppCreatedData": {
      "type": "boolean"
    },
    "featureFilter": {
      "ref": "FeatureFilter"
    },
    "includeArchivedMedia": {
      "type": "boolean"
    },
    "mediaTypeFilter": {
      "ref": "MediaTypeFilter"
    }
  },
  "JoinSharedAlbumRequest": {
    "shareToken": {
      "type": "string"
    }
  },
  "JoinSharedAlbumResponse": {
    "album": {
      "ref": "Album"
    }
  },
  "LatLng": {
    "latitude": {
      "type": "number",
      "format": "double"
    },
    "longitude": {
      "type": "number",
      "format": "double"
    }
  },
  "LeaveSharedAlbumRequest": {
    "shareToken": {
      "type": "string"
    }
  },
  "LeaveSharedAlbumResponse": {},
  "ListAlbumsResponse": {
    "albums": {
      "type": "array",
      "items": {
        "ref": "Album"
      }
    },
    "nextPageToken": {
      "type": "string"
    }
  },
  "ListMediaItemsResponse": {
    "mediaItems": {
      "type": "array",
      "items": {
        "ref": "MediaItem"
      }
    },
    "nextPageToken": {
      "type": "string"
    }
  },
  "ListSharedAlbumsResponse": {
    "nextPageToken": {
      "type": "string"
    },
    "sharedAlbums": {
      "type": "array",
      "items": {
        "ref": "Album"
      }
    }
  },
  "Location": {
    "latlng": {
      "ref": "LatLng"
    },
    "locationName": {
      "type": "string"
    }
  },
  "LocationEnrichment": {
    "location": {
      "ref": "Location"
    }
  },
  "MapEnrichment": {
    "destination": {
      "ref": "Location"
    },
    "origin": {
      "ref": "Location"
    }
  },
  "MediaItem": {
    "baseUrl": {
      "type": "string"
    },
    "contributorInfo": {
      "ref": "ContributorInfo"
    },
    "description": {
      "type": "string"
    },
    "filename": {
      "type": "string"
    },
    "id": {
      "type": "string"
    },
    "mediaMetadata": {
      "ref": "MediaMetadata"
    },
    "mimeType": {
      "type": "string"
    },
    "productUrl": {
      "type": "string"
    }
  },
  "MediaItemResult": {
    "mediaItem": {
      "ref": "MediaItem"
    },
    "status": {
      "ref": "Status"
    }
  },
  "MediaMetadata": {
    "creationTime": {
      "type": "string",
      "format": "google-datetime"
    },
    "height": {
      "type": "string",
      "format": "int64"
    },
    "photo": {
      "ref": "Photo"
    },
    "video": {
      "ref": "Video"
    },
    "width": {
      "type": "string",
      "format": "int64"
    }
  },
  "MediaTypeFilter": {
    "mediaTypes": {
      "type": "array",
      "items": {
        "type": "string",
        "enum": [
          "ALL_MEDIA",
          "VIDEO",
          "PHOTO"
        ]
      }
    }
  },
  "NewEnrichmentItem": {
    "locationEnrichment": {
      "ref": "LocationEnrichment"
    },
    "mapEnrichment": {
      "ref": "MapEnrichment"
    },
    "textEnrichment": {
      "ref": "TextEnrichment"
    }
  },
  "NewMediaItem": {
    "description": {
      "type": "string"
    },
    "simpleMediaItem": {
      "ref": "SimpleMediaItem"
    }
  },
  "NewMediaItemResult": {
    "mediaItem": {
      "ref": "MediaItem"
    },
    "status": {
      "ref": "Status"
    },
    "uploadToken": {
      "type": "string"
    }
  },
  "Photo": {
    "apertureFNumber": {
      "type": "number",
      "format": "float"
    },
    "cameraMake": {
      "type": "string"
    },
    "cameraModel": {
      "type": "string"
    },
    "exposureTime": {
      "type": "string",
      "format": "google-duration"
    },
    "focalLength": {
      "type": "number",
      "format": "float"
    },
    "isoEquivalent": {
      "type": "integer",
      "format": "int32"
    }
  },
  "SearchMediaItemsRequest": {
    "albumId": {
      "type": "string"
    },
    "filters": {
      "ref": "Filters"
    },
    "orderBy": {
      "type": "string"
    },
    "pageSize": {
      "type": "integer",
      "format": "int32"
    },
    "pageToken": {
      "type": "string"
    }
  },
  "SearchMediaItemsResponse": {
    "mediaItems": {
      "type": "array",
      "items": {
        "ref": "MediaItem"
      }
    },
    "nextPageToken": {
      "type": "string"
    }
  },
  "ShareAlbumRequest": {
    "sharedAlbumOptions": {
      "ref": "SharedAlbumOptions"
    }
  },
  "ShareAlbumResponse": {
    "shareInfo": {
      "ref": "ShareInfo"
    }
  },
  "ShareInfo": {
    "isJoinable": {
      "type": "boolean"
    },
    "isJoined": {
      "type": "boolean"
    },
    "isOwned": {
      "type": "boolean"
    },
    "shareToken": {
      "type": "string"
    },
    "shareableUrl": {
      "type": "string"
    },
    "sharedAlbumOptions": {
      "ref": "SharedAlbumOptions"
    }
  },
  "SharedAlbumOptions": {
    "isCollaborative": {
      "type": "boolean"
    },
    "isCommentable": {
      "type": "boolean"
    }
  },
  "SimpleMediaItem": {
    "fileName": {
      "type": "string"
    },
    "uploadToken": {
      "type": "string"
    }
  },
  "Status": {
    "code": {
      "type": "integer",
      "format": "int32"
    },
    "details": {
      "type": "array",
      "items": {
        "type": "object"
      }
    },
    "message": {
      "type": "string"
    }
  },
  "TextEnrichment": {
    "text": {
      "type": "string"
    }
  },
  "UnshareAlbumRequest": {},
  "UnshareAlbumResponse": {},
  "Video": {
    "cameraMake": {
      "type": "string"
    },
    "cameraModel": {
      "type": "string"
    },
    "fps": {
      "type": "number",
      "format": "double"
    },
    "status": {
      "type": "string",
      "enum": [
        "UNSPECIFIED",
        "PROCESSING",
        "READY",
        "FAILED"
      ]
    }
  }
}
