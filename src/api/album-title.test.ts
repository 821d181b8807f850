import { describe, expect, it } from 'vitest'
import { albumTitleProblem } from './album-title'

describe('albumTitleProblem', () => {
  it('refuses blank titles and titles over 500 characters', () => {
    expect(albumTitleProblem('   ')).toEqual({ kind: 'empty' })
    expect(albumTitleProblem('a'.repeat(502))).toEqual({ kind: 'tooLong', over: 2 })
    expect(albumTitleProblem('a'.repeat(500))).toBeNull()
    expect(albumTitleProblem('Trip 🏔')).toBeNull()
  })
})
