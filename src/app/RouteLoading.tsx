/** Shown while the first route's code loads; quiet on purpose, as it usually lasts a blink. */
export function RouteLoading() {
  return <div role="status" aria-busy="true" className="min-h-dvh" />
}
