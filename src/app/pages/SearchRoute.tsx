import { SearchPage } from '../../features/search/SearchPage'

export default function SearchRoute() {
  return <SearchPage />
}
