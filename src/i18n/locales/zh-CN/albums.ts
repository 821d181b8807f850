import type { Catalog } from '../../types'
import type en from '../en/albums'

export default {} satisfies Catalog<typeof en>
