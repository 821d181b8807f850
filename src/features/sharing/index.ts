// Public surface of the sharing feature.
export { SharingPage } from './SharingPage'
export { JoinPage } from './JoinPage'
export { SharedAlbumPage } from './SharedAlbumPage'
export { ShareAlbumButton } from './ShareDialog'
export { LeaveButton } from './LeaveButton'
export { ProblemNotice } from './ProblemNotice'
export { canShare, canLeave, canContribute } from './rules'
