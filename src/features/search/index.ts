// Public surface of the search feature.
export { SearchPage } from './SearchPage'
