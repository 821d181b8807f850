/** "3.2 MB" in the user's language (decimal units, as Google Photos states its limits). */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const
  let value = Math.max(0, bytes)
  let u = 0
  while (value >= 1000 && u < units.length - 1) {
    value /= 1000
    u += 1
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[u], unitDisplay: 'short', maximumFractionDigits: value < 10 && u > 0 ? 1 : 0 }).format(value)
}
