import { useCallback, useEffect, useState } from 'react'
import type { HubStatus } from '@shared/ipc-contract'
import type { Platform } from '@renderer/platform/platform'
import styles from './remote-section.module.css'

/**
 * How often Settings reads the status while the remote is on, for its counts, in ms. Changes
 * that matter (a pairing, a new code, switched off) come at once through `onHubStatus`.
 */
const REFRESH_MS = 5000

const pairedOn = (ms: number) =>
  new Date(ms).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })

const ROLE_WORDS = { remote: 'remote', display: 'display' } as const

/** A paired device as listed: its name, what it is, and since when. */
const deviceLine = (d: HubStatus['devices'][number]) =>
  `${d.name}, ${d.role ? ROLE_WORDS[d.role] : 'role set when it next connects'}, ${d.connected ? 'connected now' : 'not connected'}, paired ${pairedOn(d.pairedAtMs)}`

const OFF_BY_WORDS = {
  session: 'It switched itself off 5 minutes after your session ended.',
  idle: 'It switched itself off after an hour without a session.',
} as const

/**
 * Settings for Runstrong Remote: the switch, and while it is on the address (as text and a
 * QR code), this start's pairing code, the paired devices with a way to forget each, and
 * how many messages were refused.
 */
export function RemoteSection({ platform }: { platform: Platform }) {
  // undefined while asking; null where this edition cannot host the remote.
  const [status, setStatus] = useState<HubStatus | null>()
  // The switch moves at once; the server follows (and the switch moves back if it cannot).
  const [wanted, setWanted] = useState<boolean>()
  const [error, setError] = useState<string>()
  const run = useCallback((ask: () => Promise<HubStatus | null>) => {
    ask()
      .then((s) => {
        setStatus(s)
        setError(undefined)
      })
      .catch((err: unknown) =>
        setError(
          `The remote could not be switched: ${err instanceof Error ? err.message : String(err)}`,
        ),
      )
      .finally(() => setWanted(undefined))
  }, [])
  useEffect(() => {
    let live = true
    void platform
      .hubStatus()
      .then((s) => live && setStatus(s))
      .catch(() => live && setStatus(null))
    const off = platform.onHubStatus((s) => live && setStatus(s))
    return () => {
      live = false
      off()
    }
  }, [platform])
  // Which of this machine's addresses Settings shows (the first, unless another is chosen).
  const [shown, setShown] = useState(0)
  const on = status?.on === true
  const choices =
    status?.url && status.qr ? [{ url: status.url, qr: status.qr }, ...status.others] : []
  const address = choices[shown] ?? choices[0]
  useEffect(() => {
    if (!on) return
    const id = setInterval(() => {
      void platform
        .hubStatus()
        .then(setStatus)
        .catch(() => undefined)
    }, REFRESH_MS)
    return () => clearInterval(id)
  }, [platform, on])

  return (
    <fieldset>
      <legend>Remote</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={wanted ?? on}
          disabled={status === null}
          aria-describedby="remote-about"
          onChange={(e) => {
            const next = e.currentTarget.checked
            setWanted(next)
            run(() => platform.switchHub(next))
          }}
        />
        <span>Phone remote and TV display</span>
      </label>
      <p className="muted" id="remote-about">
        {status === null
          ? 'The phone remote and TV display need the desktop app or the browser edition started with npm run web.'
          : 'A phone on the same Wi-Fi becomes a remote, and any TV or tablet browser a display. Only the running session crosses the network: no history, settings or circuits.'}
      </p>
      {status !== null && (
        <p className="muted" id="remote-network">
          The code and every press travel unencrypted on your network: switch it on only at home or
          on another network you trust. It switches itself off 5 minutes after a session ends, or
          after an hour without one.
        </p>
      )}
      {status?.on === false && status.offBy && <p role="status">{OFF_BY_WORDS[status.offBy]}</p>}
      {error && <p role="alert">{error}</p>}
      {status?.on && address && (
        <div className={styles.pairing}>
          <img className={styles.qr} src={address.qr} alt={`QR code for ${address.url}`} />
          <dl className={styles.facts}>
            <dt>Open on the phone or TV</dt>
            <dd>
              <code className={styles.url} data-testid="remote-url">
                {address.url}
              </code>
            </dd>
            <dt>Pairing code</dt>
            <dd>
              <span className={styles.code} data-testid="pairing-code">
                {status.code}
              </span>
            </dd>
          </dl>
          {choices.length > 1 && (
            <label className="field">
              <span>This computer’s other addresses: if the phone cannot open it, try another</span>
              <select value={shown} onChange={(e) => setShown(Number(e.currentTarget.value))}>
                {choices.map((c, i) => (
                  <option key={c.url} value={i}>
                    {c.url}
                    {i === 0 ? ' (the network this computer goes online by)' : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {status.loopbackOnly && (
            <p role="status" className={styles.warning}>
              No local network found: this address works on this computer only. Join the same Wi-Fi
              as your phone or TV, then switch the remote off and on.
            </p>
          )}
          <p className="muted">
            The code changes after each pairing and each Forget: pairing a phone and then a TV, read
            it again for the TV.
          </p>
          {status.wrongCodes > 0 && (
            <p role="status">
              Wrong codes tried: {status.wrongCodes}. A device that gets five wrong waits a minute,
              and after twenty the code changes.
            </p>
          )}
        </div>
      )}
      {status && status.devices.length > 0 && (
        <>
          <p className={styles.heading}>Paired devices</p>
          <ul className={styles.devices} aria-label="Paired devices">
            {status.devices.map((d) => (
              <li key={d.id}>
                <span>{deviceLine(d)}</span>
                <button
                  type="button"
                  aria-label={`Forget ${deviceLine(d)}`}
                  onClick={() => run(() => platform.forgetHubDevice(d.id))}
                >
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {status?.on && (
        <p className="muted" data-testid="remote-dropped">
          Messages refused since it was switched on: {status.dropped}
        </p>
      )}
    </fieldset>
  )
}
