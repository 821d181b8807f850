// Public surface of the sharing feature.
export { SharingPage } from './SharingPage'
export { JoinPage } from './JoinPage'
export { SharedAlbumPage } from './SharedAlbumPage'
export { ShareAlbumButton } from './ShareDialog'
