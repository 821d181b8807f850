// The zh-CN catalogue: one module per namespace (one per feature), so features can be edited apart.
import common from './common'
import library from './library'
import albums from './albums'
import viewer from './viewer'
import upload from './upload'
import search from './search'
import sharing from './sharing'
import enrichments from './enrichments'
import auth from './auth'
import errors from './errors'

export default { common, library, albums, viewer, upload, search, sharing, enrichments, auth, errors }
