// @vitest-environment node
// Two tabs are two query caches on one session's channel: a write in one refreshes the same queries in the other.
import { afterEach, describe, expect, it } from 'vitest'
import { QueryClient } from '@tanstack/react-query'
import { connectOtherTabs, invalidateEverywhere, tellOtherTabs } from './other-tabs'

const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

function tab(sessionKey: string) {
  const queryClient = new QueryClient()
  queryClient.setQueryData(['albums', 'detail', 'a1'], { title: 'Old' })
  queryClient.setQueryData(['albums', 'list'], [])
  queryClient.setQueryData(['mediaItems', 'list', 'library'], [])
  stops.push(connectOtherTabs(queryClient, sessionKey))
  return queryClient
}

const invalidated = (queryClient: QueryClient, key: readonly unknown[]) => queryClient.getQueryState(key)?.isInvalidated === true

/** Resolves once `check` holds (BroadcastChannel delivers asynchronously). */
async function eventually(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5))
  return check()
}

describe('other tabs', () => {
  it('a write in one tab invalidates the keys it named in the other tab, and nothing else', async () => {
    const first = tab('demo:alex')
    const second = tab('demo:alex')
    tellOtherTabs(first, [['albums', 'detail', 'a1'], ['albums', 'list']])
    expect(await eventually(() => invalidated(second, ['albums', 'detail', 'a1']) && invalidated(second, ['albums', 'list']))).toBe(true)
    expect(invalidated(second, ['mediaItems', 'list', 'library'])).toBe(false)
    // The writer's own cache is its own business: the message does not come back to it.
    expect(invalidated(first, ['albums', 'detail', 'a1'])).toBe(false)
  })

  it('invalidateEverywhere refreshes here and there', async () => {
    const first = tab('google:alex@example.com')
    const second = tab('google:alex@example.com')
    await invalidateEverywhere(first, [['mediaItems']])
    expect(invalidated(first, ['mediaItems', 'list', 'library'])).toBe(true)
    expect(await eventually(() => invalidated(second, ['mediaItems', 'list', 'library']))).toBe(true)
  })

  it('a tab of another session never hears it, nor a tab that left', async () => {
    const writer = tab('demo:alex')
    const otherUser = tab('demo:sam')
    const witness = tab('demo:alex')
    const left = new QueryClient()
    left.setQueryData(['albums', 'list'], [])
    connectOtherTabs(left, 'demo:alex')()
    tellOtherTabs(writer, [['albums', 'list']])
    expect(await eventually(() => invalidated(witness, ['albums', 'list']))).toBe(true)
    expect(invalidated(otherUser, ['albums', 'list'])).toBe(false)
    expect(invalidated(left, ['albums', 'list'])).toBe(false)
  })
})
