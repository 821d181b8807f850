import type { Catalog } from '../../types'
import type en from '../en/auth'

export default {} satisfies Catalog<typeof en>
