import type { Catalog } from '../../types'
import type en from '../en/enrichments'

export default {} satisfies Catalog<typeof en>
