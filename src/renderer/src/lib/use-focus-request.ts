import { useCallback, useEffect, useState } from 'react'

/** Asks for the element with this id to take focus once it is on the page. */
export type FocusRequest = (id: string) => void

/**
 * Moves focus after an action whose button goes away (Save, Delete, picking an exercise),
 * so focus lands where the action left the user rather than on the page's body. A target
 * that is not on the page yet (a part whose code is still loading, a circuit opened once an
 * awaited save and a route change have rendered) is watched for and focused when it comes.
 * A newer request replaces an older one; the user's own next click or key drops a request
 * still waiting, so focus never jumps from under them.
 */
export function useFocusRequest(): FocusRequest {
  // An object, so asking twice for the same id asks again.
  const [wanted, setWanted] = useState<{ id: string }>()
  useEffect(() => {
    if (!wanted) return
    const reached = () => {
      const target = document.getElementById(wanted.id)
      target?.focus()
      return target !== null
    }
    if (reached()) return
    const observer = new MutationObserver(() => {
      if (reached()) stop()
    })
    const stop = () => {
      observer.disconnect()
      document.removeEventListener('pointerdown', stop, true)
      document.removeEventListener('keydown', stop, true)
    }
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    })
    document.addEventListener('pointerdown', stop, true)
    document.addEventListener('keydown', stop, true)
    return stop
  }, [wanted])
  return useCallback((id: string) => setWanted({ id }), [])
}

/**
 * True when focus was lost to the page's body after the user did something: the screen
 * that was focused went away (as the runner does on Back to circuits). A page just opened
 * has no user activation yet and keeps focus where the browser puts it (before the skip
 * link), so keyboard users start at the top.
 */
export function focusWasLost(): boolean {
  // `userActivation` is missing in some test environments: then nothing counts as lost.
  const active = (navigator.userActivation as UserActivation | undefined)?.hasBeenActive
  return focusIsOnBody() && active === true
}

/** True when no element holds focus: the focused one went away, or none was ever focused. */
export function focusIsOnBody(): boolean {
  const active = document.activeElement
  return active === null || active === document.body
}
