import { useEffect, useRef, useState, type SyntheticEvent } from 'react'
import { pairingCodeSchema, type DeviceRole, type PairAnswer } from '@shared/remote/protocol'
import styles from './pair-form.module.css'

const ROLES: readonly { role: DeviceRole; label: string; about: string }[] = [
  {
    role: 'remote',
    label: 'Remote',
    about: 'Big buttons to pause, skip and go back, in your hand.',
  },
  {
    role: 'display',
    label: 'Display',
    about: 'The runner’s screen, with its sounds, on a TV or tablet.',
  },
]

/**
 * Pairs this device with Runstrong: the six digits Settings shows, typed once, and what the
 * device will be (a remote or a display), chosen before Pair or just after it. The role is
 * fixed at pairing; the token that comes back stays on this device.
 */
export function PairForm({
  note,
  onPaired,
}: {
  note?: string
  onPaired: (token: string, role: DeviceRole) => void
}) {
  const [code, setCode] = useState('')
  const [role, setRole] = useState<DeviceRole | null>(null)
  // Pair was pressed with a good code and no role: the role is asked for, then it pairs.
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const question = useRef<HTMLHeadingElement>(null)
  const codeInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (asking) question.current?.focus()
  }, [asking])
  const digits = code.replace(/\s/g, '')
  const pair = async (as: DeviceRole) => {
    setBusy(true)
    setError(undefined)
    try {
      const res = await fetch('/pair', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: digits, role: as }),
      })
      const answer = (await res.json()) as PairAnswer
      if (answer.ok) {
        onPaired(answer.token, answer.role)
        return
      }
      setError(answer.error)
    } catch {
      setError('Runstrong did not answer. Is its remote still switched on?')
    } finally {
      setBusy(false)
    }
    setAsking(false)
    codeInput.current?.focus()
  }
  const submit = (e: SyntheticEvent) => {
    e.preventDefault()
    if (!pairingCodeSchema.safeParse(digits).success) {
      setError('Type the six digits shown in Runstrong, under Settings.')
      return
    }
    if (role) void pair(role)
    else setAsking(true)
  }
  if (asking)
    return (
      <section className={styles.pairForm} aria-labelledby="role-question">
        <h2 id="role-question" ref={question} tabIndex={-1} className={styles.question}>
          What should this device be?
        </h2>
        <p className="muted">It keeps this role. To change it, pair it again.</p>
        {ROLES.map((r) => (
          <div key={r.role} className={styles.roleChoice}>
            <button
              type="button"
              className="big"
              disabled={busy}
              aria-describedby={`about-${r.role}`}
              onClick={() => void pair(r.role)}
            >
              {r.label}
            </button>
            <p id={`about-${r.role}`} className="muted">
              {r.about}
            </p>
          </div>
        ))}
        <button type="button" className="link" onClick={() => setAsking(false)}>
          Back to the code
        </button>
      </section>
    )
  return (
    <>
      {note && <p role="status">{note}</p>}
      <form className={styles.pairForm} onSubmit={submit}>
        <label className={styles.codeField}>
          <span>Pairing code</span>
          <input
            ref={codeInput}
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
        <fieldset className={styles.roles}>
          <legend>This device will be</legend>
          {ROLES.map((r) => (
            <label key={r.role} className={styles.roleOption}>
              <input
                type="radio"
                name="role"
                value={r.role}
                checked={role === r.role}
                onChange={() => setRole(r.role)}
              />
              <span>
                <span className={styles.roleName}>{r.label}</span>
                <span className="muted">{r.about}</span>
              </span>
            </label>
          ))}
        </fieldset>
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
