// Album titles as the API takes them: not blank, at most 500 characters (contract: "restricted to 500"). Shared by every form that names an album.
const ALBUM_TITLE_MAX = 500

export type TitleProblem = { kind: 'empty' } | { kind: 'tooLong'; over: number }

export function albumTitleProblem(title: string): TitleProblem | null {
  const length = [...title].length
  if (title.trim().length === 0) return { kind: 'empty' }
  if (length > ALBUM_TITLE_MAX) return { kind: 'tooLong', over: length - ALBUM_TITLE_MAX }
  return null
}
