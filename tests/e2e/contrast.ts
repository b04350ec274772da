/**
 * Contrast as the eye gets it, inside the page: each text's colour and the colour behind it
 * after every background and every opacity on the way up (a faded button fades its words and
 * its fill into what is behind it). Disabled controls are measured too, unlike axe, which
 * leaves them out. Passed to `page.evaluate`, so it must stay self-contained.
 */
export interface ContrastReading {
  /** Each element measured, by test id, or tag and text. */
  measured: string[]
  /** Those under the minimum, with their ratio. */
  low: string[]
}

/**
 * Runs in the page: every shown element matching `selector` that holds text of its own (or
 * is a text field, a select or a button) against `min`, a WCAG contrast ratio (4.5, 7).
 */
export function measureContrast([selector, min]: readonly [string, number]): ContrastReading {
  type RGB = [number, number, number]
  const parse = (c: string): [number, number, number, number] => {
    const n = (c.match(/[\d.]+/g) ?? []).map(Number)
    // color(srgb r g b / a), as color-mix() computes, has channels from 0 to 1.
    const k = c.startsWith('color(') ? 255 : 1
    return [(n[0] ?? 0) * k, (n[1] ?? 0) * k, (n[2] ?? 0) * k, n[3] ?? 1]
  }
  const over = ([r, g, b, a]: [number, number, number, number], under: RGB): RGB => [
    r * a + under[0] * (1 - a),
    g * a + under[1] * (1 - a),
    b * a + under[2] * (1 - a),
  ]
  const lerp = (from: RGB, to: RGB, t: number): RGB =>
    [0, 1, 2].map((i) => from[i]! * (1 - t) + to[i]! * t) as RGB
  const luminance = (c: RGB) => {
    const ch = (v: number) => {
      const s = v / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])
  }
  const ratio = (a: RGB, b: RGB) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
    return (hi + 0.05) / (lo + 0.05)
  }
  const ownText = (el: Element) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) ||
    el.matches('button, select, textarea, input:not([type=checkbox], [type=radio], [type=range])')
  const measured: string[] = []
  const low: string[] = []
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect()
    // Visually hidden text (1 px, clipped) is for screen readers: no one sees its colours.
    if (box.width <= 1 || box.height <= 1 || !ownText(el)) continue
    const path: Element[] = []
    for (let e: Element | null = el; e; e = e.parentElement) path.unshift(e)
    if (path.some((e) => getComputedStyle(e).visibility === 'hidden')) continue
    // What lies behind each element on the path, its own background not yet on it.
    const behind: RGB[] = [[255, 255, 255]]
    for (const e of path)
      behind.push(over(parse(getComputedStyle(e).backgroundColor), behind.at(-1)!))
    let text = over(parse(getComputedStyle(el).color), behind.at(-1)!)
    let ground = behind.at(-1)!
    // Each opacity blends all that the element draws into what lies behind it.
    let seen = 1
    for (let i = path.length - 1; i >= 0; i--) {
      const opacity = Number(getComputedStyle(path[i]!).opacity)
      seen *= opacity
      text = lerp(behind[i]!, text, opacity)
      ground = lerp(behind[i]!, ground, opacity)
    }
    // Faded all the way out (the runner's buttons stepping aside): not shown.
    if (seen < 0.05) continue
    const testId = el.closest('[data-testid]')?.getAttribute('data-testid')
    const words = el.textContent.trim().slice(0, 40)
    const who = testId ?? `${el.tagName.toLowerCase()} "${words}"`
    measured.push(who)
    const r = ratio(text, ground)
    if (r < min) low.push(`${who}: ${r.toFixed(2)}:1`)
  }
  return { measured, low }
}
