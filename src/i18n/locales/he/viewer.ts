import type { Catalog } from '../../types'
import type en from '../en/viewer'

export default {} satisfies Catalog<typeof en>
