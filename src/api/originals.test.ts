import { describe, expect, it } from 'vitest'
import { zipEntryNames } from './originals'

describe('zipEntryNames', () => {
  it('keeps the items’ own names and makes repeats unique, whatever their case', () => {
    const names = zipEntryNames([
      { id: 'a', filename: 'IMG_1.jpg' },
      { id: 'b', filename: 'img_1.JPG' },
      { id: 'c', filename: 'IMG_1.jpg' },
      { id: 'd', filename: 'notes' },
      { id: 'e', filename: 'notes' },
      { id: 'f' },
      { id: 'g', filename: 'a/b\\c.png' },
    ])
    expect(names).toEqual(['IMG_1.jpg', 'img_1 (2).JPG', 'IMG_1 (3).jpg', 'notes', 'notes (2)', 'f', 'a_b_c.png'])
  })
})
