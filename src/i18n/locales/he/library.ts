import type { Catalog } from '../../types'
import type en from '../en/library'

export default {} satisfies Catalog<typeof en>
