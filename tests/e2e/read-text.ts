/**
 * Measures text as a person across the room sees it, inside the page: each visible text's
 * capital height (or, for the countdown, its digits' height) as a share of the window's
 * height, and whether any two text boxes overlap or leave the window. Passed to
 * `page.evaluate`, so it must stay self-contained.
 */
export interface TextBox {
  /** The element's test id or tag and class, to name it in a failure. */
  who: string
  text: string
  /** Glyph height as a share of the window's height: 0.4 is 40%. */
  share: number
  rect: Rect
  /** The line's box around the text (the font's full height), as the layout places it. */
  line: Rect
  /** The text is a button's label. */
  control: boolean
}

export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

export interface Reading {
  boxes: TextBox[]
  /** Pairs of text boxes that overlap, by name. */
  overlaps: string[]
  /** Text boxes outside the window, by name. */
  outside: string[]
  /** Every button shown under the root, by its label: the whole button, border included. */
  controls: { who: string; rect: Rect }[]
}

/** Runs in the page: the visible text under `rootSelector`. */
export function readText(rootSelector: string): Reading {
  const canvas = document.createElement('canvas').getContext('2d')
  if (!canvas) throw new Error('no canvas')
  const H = window.innerHeight
  const W = window.innerWidth
  const shown = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e)
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false
      if (e.classList.contains('visually-hidden')) return false
    }
    return true
  }
  const boxes: TextBox[] = []
  const root = document.querySelector(rootSelector)
  if (!root) throw new Error(`nothing matches ${rootSelector}`)
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent?.trim() ?? ''
    const el = n.parentElement
    if (!text || !el || !shown(el)) continue
    const style = getComputedStyle(el)
    canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const digits = /^[\d:]+$/.test(text)
    const ink = canvas.measureText(text)
    const cap = canvas.measureText('H').actualBoundingBoxAscent
    const glyph = digits ? ink.actualBoundingBoxAscent + ink.actualBoundingBoxDescent : cap
    const range = document.createRange()
    range.selectNodeContents(n)
    const testId = el.closest('[data-testid]')?.getAttribute('data-testid')
    const who = testId ?? `${el.tagName.toLowerCase()}.${el.className || '-'}`
    // What a container clips (overflow hidden, an ellipsis) is not seen.
    let clip = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity }
    for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
      if (getComputedStyle(e).overflow === 'visible') continue
      const c = e.getBoundingClientRect()
      clip = {
        left: Math.max(clip.left, c.left),
        top: Math.max(clip.top, c.top),
        right: Math.min(clip.right, c.right),
        bottom: Math.min(clip.bottom, c.bottom),
      }
    }
    for (const whole of Array.from(range.getClientRects())) {
      const r = {
        left: Math.max(whole.left, clip.left),
        top: whole.top,
        right: Math.min(whole.right, clip.right),
        bottom: whole.bottom,
        width: 0,
        height: whole.height,
      }
      r.width = r.right - r.left
      if (r.width < 1 || r.height < 1 || whole.bottom < clip.top || whole.top > clip.bottom)
        continue
      // The ink, not the font's line box: a countdown set tight has a tall line box that
      // reaches over its neighbours without its digits touching them.
      // Drawn larger or smaller than its font size (an SVG's text scales with the picture):
      // the box's height against the font's says by how much.
      const scale = r.height / (ink.fontBoundingBoxAscent + ink.fontBoundingBoxDescent)
      const baseline = r.top + ink.fontBoundingBoxAscent * scale
      boxes.push({
        who,
        text,
        control: el.closest('button') !== null,
        line: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
        share: (glyph * scale) / H,
        rect: {
          left: r.left,
          top: baseline - ink.actualBoundingBoxAscent * scale,
          right: r.right,
          bottom: baseline + ink.actualBoundingBoxDescent * scale,
        },
      })
    }
  }
  const overlaps: string[] = []
  const outside: string[] = []
  const slack = 1
  boxes.forEach((a, i) => {
    const r = a.rect
    if (r.left < -slack || r.top < -slack || r.right > W + slack || r.bottom > H + slack)
      outside.push(`${a.who} "${a.text}"`)
    for (const b of boxes.slice(i + 1)) {
      if (a.who === b.who && a.text === b.text) continue
      const q = b.rect
      const x = Math.min(r.right, q.right) - Math.max(r.left, q.left)
      const y = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top)
      if (x > slack && y > slack) overlaps.push(`${a.who} "${a.text}" / ${b.who} "${b.text}"`)
    }
  })
  const controls = Array.from(root.querySelectorAll('button'))
    .filter(shown)
    .map((b) => {
      const { left, top, right, bottom } = b.getBoundingClientRect()
      return { who: b.textContent.trim(), rect: { left, top, right, bottom } }
    })
    .filter(({ rect: r }) => r.right - r.left >= 1 && r.bottom - r.top >= 1)
  return { boxes, overlaps, outside, controls }
}

/**
 * The words a shown button covers: each text's line box (other than a button's own label)
 * that overlaps a button's box by more than a pixel, with the button's label. The line box
 * is the whole height of the font, not only the ink: a word keeps some air to the button.
 */
export function wordsUnderButtons(r: Reading): string[] {
  const slack = 1
  return r.boxes
    .filter((b) => !b.control)
    .flatMap((b) =>
      r.controls
        .filter(({ rect: q }) => {
          const x = Math.min(b.line.right, q.right) - Math.max(b.line.left, q.left)
          const y = Math.min(b.line.bottom, q.bottom) - Math.max(b.line.top, q.top)
          return x > slack && y > slack
        })
        .map((c) => `${b.who} "${b.text}" under ${c.who}`),
    )
}
