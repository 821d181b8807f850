/** "3.2 MB" in the user's language (decimal units, as Google Photos states its limits). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const
  let value = Math.max(0, bytes)
  let u = 0
  while (value >= 1000 && u < units.length - 1) {
    value /= 1000
    u += 1
  }
  // Bytes are spelt out so the language's plural applies ("1 byte", "5 bytes"); "5 byte" reads as a typo.
  const unitDisplay = u === 0 ? 'long' : 'short'
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[u], unitDisplay, maximumFractionDigits: value < 10 && u > 0 ? 1 : 0 }).format(value)
}
