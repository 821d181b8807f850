// The route tree: every page is its own lazily loaded chunk; paths come from config/paths.
import { createBrowserRouter, type RouteObject } from 'react-router'
import { config } from '../config/env'
import { routePatterns } from '../config/paths'
import { loadNamespaces, type Namespace } from '../i18n'
import { RouteError } from './RouteError'
import { RouteLoading } from './RouteLoading'
import { StartPageWhenShown } from './StartPageWhenShown'
import { libraryLoader, startLoader } from './route-data'

/** A page's code and the catalogue namespaces it shows, loaded together so it never renders bare keys. */
const lazyPage =
  (load: () => Promise<{ default: React.ComponentType }>, namespaces: readonly Namespace[] = []): RouteObject['lazy'] =>
  async () => {
    const [page] = await Promise.all([load(), loadNamespaces(namespaces)])
    return { Component: page.default }
  }

const viewerNamespaces: readonly Namespace[] = ['viewer']

const routes: RouteObject[] = [
  {
    path: routePatterns.start,
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
    children: [
      // Not `lazy`: the router loads a lazy route's code beside its loader, so a returning visitor, whom the
      // loader sends on to the library, would download the start page too. This loads it only when it renders.
      { index: true, loader: startLoader, Component: StartPageWhenShown },
      { path: routePatterns.welcome, lazy: lazyPage(() => import('./pages/StartRoute'), ['auth']) },
      {
        lazy: lazyPage(() => import('./Shell')),
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                path: routePatterns.library,
                loader: libraryLoader,
                lazy: lazyPage(() => import('./pages/LibraryRoute'), ['library']),
                children: [{ path: routePatterns.libraryItem, lazy: lazyPage(() => import('./pages/MediaItemRoute'), viewerNamespaces) }],
              },
              { path: routePatterns.albums, lazy: lazyPage(() => import('./pages/AlbumsRoute'), ['albums']) },
              {
                path: routePatterns.album,
                lazy: lazyPage(() => import('./pages/AlbumRoute'), ['albums', 'enrichments', 'sharing', 'upload']),
                children: [{ path: routePatterns.albumItem, lazy: lazyPage(() => import('./pages/MediaItemRoute'), viewerNamespaces) }],
              },
              { path: routePatterns.sharing, lazy: lazyPage(() => import('./pages/SharingRoute'), ['sharing']) },
              {
                path: routePatterns.sharedAlbum,
                lazy: lazyPage(() => import('./pages/SharingAlbumRoute'), ['sharing']),
                children: [{ path: routePatterns.sharedAlbumItem, lazy: lazyPage(() => import('./pages/MediaItemRoute'), viewerNamespaces) }],
              },
              { path: routePatterns.join, lazy: lazyPage(() => import('./pages/JoinRoute'), ['sharing']) },
              {
                path: routePatterns.search,
                lazy: lazyPage(() => import('./pages/SearchRoute'), ['search']),
                children: [{ path: routePatterns.searchItem, lazy: lazyPage(() => import('./pages/MediaItemRoute'), viewerNamespaces) }],
              },
              { path: routePatterns.upload, lazy: lazyPage(() => import('./pages/UploadRoute'), ['upload']) },
              { path: '*', lazy: lazyPage(() => import('./pages/NotFoundRoute')) },
            ],
          },
        ],
      },
    ],
  },
]

export const router = createBrowserRouter(routes, { basename: config.basePath.replace(/\/$/, '') || '/' })
