// What the frame's main area looks like, and which page skeleton a path gets while it loads.
import { matchPath } from 'react-router'
import { routePatterns } from '../config/paths'

export const mainClassName = 'flex-1 pb-24 outline-none md:pb-8'

export type SkeletonKind = 'grid' | 'cards' | 'form' | 'viewer'

export function skeletonKindFor(pathname: string): SkeletonKind {
  const viewer = [routePatterns.libraryItem, routePatterns.albumItem, routePatterns.searchItem]
  if (viewer.some((p) => matchPath(p, pathname))) return 'viewer'
  if (matchPath(routePatterns.albums, pathname) || matchPath(routePatterns.sharing, pathname)) return 'cards'
  if (matchPath(routePatterns.upload, pathname) || matchPath(routePatterns.join, pathname)) return 'form'
  return 'grid'
}
