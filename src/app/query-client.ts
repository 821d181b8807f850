// The app's one QueryClient, a module so route loaders can start fetches before any page renders.
import { createQueryClient } from '../queries/query-client'

export const queryClient = createQueryClient()
