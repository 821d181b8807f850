// Hands the PhotosClient to hooks through React context, so views never construct requests.
import { createContext, useContext, type ReactNode } from 'react'
import type { PhotosClient } from '../api'

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
