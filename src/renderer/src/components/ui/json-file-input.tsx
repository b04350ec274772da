import type { Ref } from 'react'

/**
 * A hidden chooser for one JSON file, opened by a visible button (`ref.current.click()`),
 * so the button is what keyboards and screen readers meet. Cleared as soon as a file is
 * chosen, so choosing the same file again is noticed.
 */
export function JsonFileInput({
  ref,
  onFile,
}: {
  ref: Ref<HTMLInputElement>
  onFile: (file: File) => void
}) {
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      onChange={(e) => {
        const input = e.currentTarget
        const file = input.files?.[0]
        input.value = ''
        if (file) onFile(file)
      }}
    />
  )
}
