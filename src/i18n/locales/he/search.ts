import type { Catalog } from '../../types'
import type en from '../en/search'

export default {} satisfies Catalog<typeof en>
