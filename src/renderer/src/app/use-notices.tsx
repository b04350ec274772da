import { useCallback, useRef, useState } from 'react'
import { cx } from '@renderer/lib/class-names'
import styles from './use-notices.module.css'

/** A message for the user that stays until they dismiss it, one per `key`. */
export interface Notice {
  key: string
  text: string
}

/**
 * The app's standing messages: what could not be read at load, what could not be saved.
 * Setting a key again replaces its text; null clears it (the problem went away). A text the
 * user dismissed is not shown again for the same key until something else happens there.
 */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([])
  const dismissed = useRef(new Map<string, string>())

  const set = useCallback((key: string, text: string | null | undefined, again = false) => {
    if (!text) {
      dismissed.current.delete(key)
      setNotices((list) =>
        list.some((n) => n.key === key) ? list.filter((n) => n.key !== key) : list,
      )
      return
    }
    // A repeat the user dismissed stays quiet, unless it answers something they just did.
    if (!again && dismissed.current.get(key) === text) return
    dismissed.current.delete(key)
    setNotices((list) => {
      const i = list.findIndex((n) => n.key === key)
      if (i < 0) return [...list, { key, text }]
      if (list[i]!.text === text) return list
      return list.map((n) => (n.key === key ? { key, text } : n))
    })
  }, [])

  const dismiss = useCallback((key: string) => {
    setNotices((list) => {
      const gone = list.find((n) => n.key === key)
      if (gone) dismissed.current.set(key, gone.text)
      return list.filter((n) => n.key !== key)
    })
  }, [])

  return { notices, set, dismiss }
}

/** The standing messages, each with a way to dismiss it. */
export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[]
  onDismiss: (key: string) => void
}) {
  if (notices.length === 0) return null
  return (
    <div>
      {notices.map((n) => (
        <div key={n.key} role="alert" className={cx('alert', styles.notice)}>
          <p>{n.text}</p>
          <button type="button" className="link" onClick={() => onDismiss(n.key)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  )
}
