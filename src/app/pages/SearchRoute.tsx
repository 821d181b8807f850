import { SearchPage } from '../../features/search'

export default function SearchRoute() {
  return <SearchPage />
}
