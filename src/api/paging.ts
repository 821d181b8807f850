// Helpers to split batches at the API's limits and to walk nextPageToken pages to the end.

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface Page<T> {
  items: T[]
  nextPageToken?: string
}

/**
 * Walks every page. Pages may be empty while still carrying a token (observed on Google), so only a missing
 * token ends the walk. `maxPages` guards against a server that never stops.
 */
export async function* walkPages<T>(
  fetchPage: (pageToken: string | undefined) => Promise<Page<T>>,
  maxPages = 10_000,
): AsyncGenerator<T[], void, undefined> {
  let token: string | undefined
  for (let n = 0; n < maxPages; n++) {
    const page = await fetchPage(token)
    yield page.items
    if (!page.nextPageToken) return
    token = page.nextPageToken
  }
}

export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = []
  for await (const items of pages) all.push(...items)
  return all
}
