// The route tree: every page is its own lazily loaded chunk; paths come from config/paths.
import { createBrowserRouter, type RouteObject } from 'react-router'
import { config } from '../config/env'
import { routePatterns } from '../config/paths'
import { RouteError } from './RouteError'
import { RouteLoading } from './RouteLoading'

const lazyPage = (load: () => Promise<{ default: React.ComponentType }>): RouteObject['lazy'] =>
  async () => ({ Component: (await load()).default })

export const routes: RouteObject[] = [
  {
    path: routePatterns.start,
    errorElement: <RouteError />,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, lazy: lazyPage(() => import('./pages/StartRoute')) },
      { path: routePatterns.welcome, lazy: lazyPage(() => import('./pages/StartRoute')) },
      {
        lazy: lazyPage(() => import('./Shell')),
        children: [
          {
            errorElement: <RouteError />,
            children: [
              {
                path: routePatterns.library,
                lazy: lazyPage(() => import('./pages/LibraryRoute')),
                children: [{ path: routePatterns.libraryItem, lazy: lazyPage(() => import('./pages/MediaItemRoute')) }],
              },
              { path: routePatterns.albums, lazy: lazyPage(() => import('./pages/AlbumsRoute')) },
              {
                path: routePatterns.album,
                lazy: lazyPage(() => import('./pages/AlbumRoute')),
                children: [{ path: routePatterns.albumItem, lazy: lazyPage(() => import('./pages/MediaItemRoute')) }],
              },
              { path: routePatterns.sharing, lazy: lazyPage(() => import('./pages/SharingRoute')) },
              { path: routePatterns.sharedAlbum, lazy: lazyPage(() => import('./pages/SharingAlbumRoute')) },
              { path: routePatterns.join, lazy: lazyPage(() => import('./pages/JoinRoute')) },
              {
                path: routePatterns.search,
                lazy: lazyPage(() => import('./pages/SearchRoute')),
                children: [{ path: routePatterns.searchItem, lazy: lazyPage(() => import('./pages/SearchItemRoute')) }],
              },
              { path: routePatterns.upload, lazy: lazyPage(() => import('./pages/UploadRoute')) },
              { path: '*', lazy: lazyPage(() => import('./pages/NotFoundRoute')) },
            ],
          },
        ],
      },
    ],
  },
]

export const router = createBrowserRouter(routes, { basename: config.basePath.replace(/\/$/, '') || '/' })
