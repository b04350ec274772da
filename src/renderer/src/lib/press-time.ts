/**
 * When the click being handled reached the page. A handler can run milliseconds after that:
 * React first finishes work queued before the click. Recorded by listeners on the window,
 * the first to see a click and the last: in between, `pressTime()` is that moment.
 */
let clickAtMs: number | undefined

/** Starts recording clicks; once, when the page starts. */
export function watchPresses(target: Pick<Window, 'addEventListener'> = window): void {
  target.addEventListener(
    'click',
    () => {
      clickAtMs = performance.now()
    },
    { capture: true },
  )
  target.addEventListener('click', () => {
    clickAtMs = undefined
  })
}

/** The time of the click being handled now, or now when no click is (a key, a timer). */
export function pressTime(): number {
  return clickAtMs ?? performance.now()
}
