import type { Catalog } from '../../types'
import type en from '../en/errors'

export default {} satisfies Catalog<typeof en>
