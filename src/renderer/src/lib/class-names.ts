/**
 * The class names that apply, joined by spaces: `cx(styles.row, dragging && styles.dragging)`.
 * A false condition drops out, and so does a name a CSS module lacks (typed `string |
 * undefined`; the house rules test checks every name a component uses is in its module).
 */
export function cx(...names: readonly (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ')
}
