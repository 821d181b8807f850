// Downloads originals (`=d`) one after another through a temporary link, so the browser saves each file.
import { downloadUrl, type MediaItem } from '../../api'

export async function downloadItems(items: readonly MediaItem[], gapMs = 350): Promise<void> {
  for (const item of items) {
    if (!item.baseUrl) continue
    const a = document.createElement('a')
    a.href = downloadUrl(item.baseUrl)
    a.download = item.filename ?? ''
    a.rel = 'noopener'
    a.style.display = 'none'
    document.body.append(a)
    a.click()
    a.remove()
    // Browsers drop some of many downloads started in the same instant.
    await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
}
