import type { Catalog } from '../../types'
import type en from '../en/upload'

export default {} satisfies Catalog<typeof en>
