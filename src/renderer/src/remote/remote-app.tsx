import { useCallback, useEffect, useRef, useState } from 'react'
import type { LiveState } from '@shared/engine/stage-state'
import { tokenSchema, type DeviceRole } from '@shared/remote/protocol'
import { DisplayView } from './display-view'
import { HubClient, type Link } from './hub-client'
import { PairForm } from './pair-form'
import { RemotePad } from './remote-pad'
import styles from './remote-app.module.css'

/** Where this device keeps its token. */
const TOKEN_KEY = 'runstrong.remote.token'

function keptToken(): string | null {
  try {
    const t = localStorage.getItem(TOKEN_KEY)
    return t && tokenSchema.safeParse(t).success ? t : null
  } catch {
    return null
  }
}

function keepToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token)
    else localStorage.removeItem(TOKEN_KEY)
  } catch {
    // Storage refused (private mode): this device pairs again next time.
  }
}

/** A paired device at work: the link to the hub, then the remote or the display. */
function Connected({
  token,
  role,
  onRefused,
  onBack,
}: {
  token: string
  role: DeviceRole
  onRefused: (reason: string) => void
  onBack: () => void
}) {
  const [live, setLive] = useState<LiveState | null>(null)
  const [link, setLink] = useState<Link>('connecting')
  const client = useRef<HubClient | null>(null)
  const refused = useRef(onRefused)
  refused.current = onRefused
  useEffect(() => {
    const c = new HubClient(token, role, {
      onState: setLive,
      onLink: setLink,
      onRefused: (reason) => refused.current(reason),
    })
    client.current = c
    c.start()
    return () => c.stop()
  }, [token, role])
  const offsetMs = useCallback(() => client.current?.offsetMs ?? 0, [])
  const props = { live, link, offsetMs, onBack }
  return role === 'remote' ? (
    <RemotePad {...props} send={(command) => client.current?.send(command) ?? false} />
  ) : (
    <DisplayView {...props} />
  )
}

/**
 * The phone and TV page: pair once with the code, choose Remote or Display, then follow
 * the laptop's session.
 */
export function RemoteApp() {
  const [token, setToken] = useState(keptToken)
  const [role, setRole] = useState<DeviceRole | null>(null)
  const [note, setNote] = useState<string>()
  useEffect(() => {
    document.title = role === 'display' ? 'Runstrong Display' : 'Runstrong Remote'
  }, [role])
  if (!token)
    return (
      <main className={styles.page}>
        <h1 className={styles.title}>Runstrong Remote</h1>
        <PairForm
          note={note}
          onPaired={(t) => {
            keepToken(t)
            setNote(undefined)
            setToken(t)
          }}
        />
      </main>
    )
  if (!role)
    return (
      <main className={styles.page}>
        <h1 className={styles.title}>Runstrong Remote</h1>
        <p>Paired. What should this device be?</p>
        <div className={styles.choice}>
          <button type="button" className="big" onClick={() => setRole('remote')}>
            Remote
          </button>
          <p className="muted">Big buttons to pause, skip and go back, in your hand.</p>
          <button type="button" className="big" onClick={() => setRole('display')}>
            Display
          </button>
          <p className="muted">The runner&apos;s screen, with its sounds, on a TV or tablet.</p>
        </div>
      </main>
    )
  return (
    <Connected
      token={token}
      role={role}
      onBack={() => setRole(null)}
      onRefused={(reason) => {
        keepToken(null)
        setNote(reason)
        setRole(null)
        setToken(null)
      }}
    />
  )
}
