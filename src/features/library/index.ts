// Public surface of the library feature.
export { LibraryPage } from './LibraryPage'
