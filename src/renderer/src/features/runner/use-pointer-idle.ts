import { useEffect, useState } from 'react'

/**
 * Whether the person has left the mouse and keys alone for `afterMs`: true once that long
 * has passed with no pointer movement, press or key, false again at the next one.
 */
export function usePointerIdle(afterMs: number): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), afterMs)
    const wake = () => {
      clearTimeout(timer)
      setIdle(false)
      timer = setTimeout(() => setIdle(true), afterMs)
    }
    const events = ['pointermove', 'pointerdown', 'keydown', 'wheel'] as const
    for (const e of events) window.addEventListener(e, wake, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const e of events) window.removeEventListener(e, wake)
    }
  }, [afterMs])
  return idle
}
