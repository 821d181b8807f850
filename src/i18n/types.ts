/** A translation of an English catalogue: the same keys, any strings. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }
