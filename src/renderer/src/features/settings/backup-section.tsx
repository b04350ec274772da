import { useEffect, useRef, useState } from 'react'
import type { Backup, DataCounts } from '@shared/data/backup'
import { ConfirmDialog } from '@renderer/components/ui/confirm-dialog'
import type { Platform } from '@renderer/platform/platform'
import { backupLines, madeAt, replacedLines } from './backup-words'
import styles from './backup-section.module.css'
import { JsonFileInput } from '@renderer/components/ui/json-file-input'

/** Where the page leaves word of a restore for itself across the reload that follows it. */
const RESTORED_KEY = 'runstrong.restored'

/** The backup format's code, fetched when a file is chosen: Settings opens without it. */
const loadBackup = () => import('@shared/data/backup')

interface Pending {
  text: string
  backup: Backup
  counts: DataCounts
  here: DataCounts
}

/** What the last restore said, after the reload that brought its data in. */
function restoredWord(): string | undefined {
  try {
    return sessionStorage.getItem(RESTORED_KEY) ?? undefined
  } catch {
    return undefined
  }
}

/** Said once: the next visit to Settings does not say it again. */
function forgetRestoredWord(): void {
  try {
    sessionStorage.removeItem(RESTORED_KEY)
  } catch {
    // Blocked storage held no word either.
  }
}

/**
 * Back up and Restore: one file with everything, written where the user says (a download in
 * the browser); a file read back only after it is checked whole and the user has seen what it
 * holds and what it replaces. After a restore the page reloads, so every screen reads the
 * restored stores and nothing still open can save the old data over them.
 */
export function BackupSection({ platform }: { platform: Platform }) {
  const fileInput = useRef<HTMLInputElement>(null)
  const [status, setStatus] = useState(restoredWord)
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState<Pending>()
  useEffect(forgetRestoredWord, [])
  const said = useRef<HTMLParagraphElement>(null)
  // The section ends the page: what a press led to is brought into view, not left below it.
  useEffect(() => {
    // In a block: newer browsers' scrollIntoView returns a promise, not a clean-up.
    said.current?.scrollIntoView({ block: 'nearest' })
  }, [error, status])

  const backUp = async () => {
    setError(undefined)
    setStatus(undefined)
    try {
      const saved = await platform.backUp()
      if (saved)
        setStatus(
          platform.kind === 'browser'
            ? 'Backup downloaded: keep the file somewhere safe.'
            : 'Backup saved.',
        )
    } catch (err) {
      setError(`Could not back up: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  const choose = async (file: File) => {
    setError(undefined)
    setStatus(undefined)
    const { MAX_BACKUP_CHARS, countData, readBackup, tooLargeReason } = await loadBackup()
    const refuse = (why: string) =>
      setError(`"${file.name}" was not restored: ${why}. Nothing was changed.`)
    if (file.size > MAX_BACKUP_CHARS) return refuse(tooLargeReason(file.size))
    const text = await file.text()
    const read = readBackup(text)
    if (!read.ok) return refuse(read.reason)
    try {
      const here = await platform.dataCounts()
      setPending({ text, backup: read.backup, counts: countData(read.backup), here })
    } catch (err) {
      setError(
        `Could not read what is here now: ${err instanceof Error ? err.message : String(err)}`,
      )
    }
  }

  const restore = async (p: Pending) => {
    setPending(undefined)
    try {
      const { copy } = await platform.restoreBackup(p.text)
      const said = `Restored the backup of ${madeAt(p.backup.madeAtMs)}. What was here before is kept in ${copy}.`
      try {
        sessionStorage.setItem(RESTORED_KEY, said)
      } catch {
        // The data is restored all the same; only this word is lost with the reload.
      }
      location.reload()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <fieldset>
      <legend>Back up and move</legend>
      <p>
        One file holds your circuits, settings, week plan and History, with the names of paired
        phones and TVs. Keep it safe, or restore it on another computer or browser.
      </p>
      <div className="controls">
        <button type="button" onClick={() => void backUp()}>
          Back up
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Restore
        </button>
      </div>
      <JsonFileInput ref={fileInput} onFile={(file) => void choose(file)} />
      {error && (
        <p ref={said} role="alert" className="alert">
          {error}
        </p>
      )}
      {status && (
        <p ref={error ? undefined : said} role="status" className="status">
          {status}
        </p>
      )}
      <ConfirmDialog
        open={pending !== undefined}
        title="Restore this backup?"
        body={
          pending
            ? `This backup was made on ${madeAt(pending.backup.madeAtMs)}. Restoring it replaces what is here; a copy of what is here is kept first.`
            : ''
        }
        keepLabel="Cancel"
        confirmLabel="Restore and replace"
        onKeep={() => setPending(undefined)}
        onConfirm={() => pending && void restore(pending)}
      >
        {pending && (
          <div className={styles.compare}>
            <section aria-label="The backup holds">
              <h3>The backup holds</h3>
              <ul data-testid="backup-holds">
                {backupLines(pending.counts).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
            <section aria-label="It replaces">
              <h3>It replaces</h3>
              <ul data-testid="backup-replaces">
                {replacedLines(pending.here).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
            {pending.counts.devices > 0 && (
              <p className={styles.note}>
                It names{' '}
                {pending.counts.devices === 1
                  ? 'a paired phone or TV'
                  : `${pending.counts.devices} paired phones and TVs`}
                : pair them again here, as no backup carries what lets them in.
              </p>
            )}
          </div>
        )}
      </ConfirmDialog>
    </fieldset>
  )
}
