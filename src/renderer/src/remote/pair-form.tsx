import { useState, type SyntheticEvent } from 'react'
import { pairingCodeSchema, type PairAnswer } from '@shared/remote/protocol'
import styles from './pair-form.module.css'

/**
 * Pairs this device with Runstrong: the six digits Settings shows, typed once. The token
 * that comes back stays on this device.
 */
export function PairForm({ note, onPaired }: { note?: string; onPaired: (token: string) => void }) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault()
    const digits = code.replace(/\s/g, '')
    if (!pairingCodeSchema.safeParse(digits).success) {
      setError('Type the six digits shown in Runstrong, under Settings.')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      const res = await fetch('/pair', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: digits }),
      })
      const answer = (await res.json()) as PairAnswer
      if (answer.ok) onPaired(answer.token)
      else setError(answer.error)
    } catch {
      setError('Runstrong did not answer. Is its remote still switched on?')
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      {note && <p role="status">{note}</p>}
      <form className={styles.pairForm} onSubmit={(e) => void submit(e)}>
        <label className={styles.codeField}>
          <span>Pairing code</span>
          <input
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={7}
            value={code}
            aria-describedby="pair-help"
            aria-invalid={error ? 'true' : undefined}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
        </label>
        <p id="pair-help" className="muted">
          Runstrong shows the code under Settings, Remote, while Phone remote and TV display is on.
        </p>
        <button type="submit" className="big primary" disabled={busy}>
          Pair
        </button>
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
      </form>
    </>
  )
}
