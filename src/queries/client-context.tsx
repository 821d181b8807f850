// Hands the PhotosClient to hooks through React context, so views never construct requests.
import { createContext, useContext, type ReactNode } from 'react'
import type { BackendCapabilities, PhotosClient } from '../api'

const PhotosClientContext = createContext<PhotosClient | null>(null)

export function PhotosClientProvider({ client, children }: { client: PhotosClient; children: ReactNode }) {
  return <PhotosClientContext.Provider value={client}>{children}</PhotosClientContext.Provider>
}

// eslint-disable-next-line react-refresh/only-export-components -- the hook belongs with its provider
export function usePhotosClient(): PhotosClient {
  const client = useContext(PhotosClientContext)
  if (!client) throw new Error('usePhotosClient: wrap the tree in <PhotosClientProvider client={…}>')
  return client
}

/** A `productUrl` when the backend's links lead to Google Photos (the emulator's do not). */
// eslint-disable-next-line react-refresh/only-export-components -- the hook belongs with its provider
export function useGooglePhotosLink(productUrl: string | undefined): string | undefined {
  const capabilities: BackendCapabilities = usePhotosClient().capabilities
  return capabilities.googlePhotosLinks ? productUrl : undefined
}
