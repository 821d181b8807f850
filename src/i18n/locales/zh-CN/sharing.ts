import type { Catalog } from '../../types'
import type en from '../en/sharing'

export default {} satisfies Catalog<typeof en>
