// Public surface of the albums feature: the album list and one album's page (the route adds story and sharing).
export { AlbumsPage } from './AlbumsPage'
export { AlbumPage, type AlbumAddAction } from './AlbumPage'
