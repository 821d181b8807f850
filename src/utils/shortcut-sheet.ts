// Opening the keyboard shortcut sheet from anywhere (the `?` key, or the phone settings panel's button).
const listeners = new Set<() => void>()

export function openShortcutSheet(): void {
  for (const listener of listeners) listener()
}

export function onShortcutSheetRequest(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Keys typed into a field are text, never shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  return !!target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="spinbutton"]')
}
