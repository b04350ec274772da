import { useCallback, useEffect, useRef, useState } from 'react'
import type { LiveState } from '@shared/engine/display-window-state'
import { deviceRoleSchema, tokenSchema, type DeviceRole } from '@shared/remote/protocol'
import { DisplayView } from './display-view'
import { HubClient, type Link } from './hub-client'
import { PairForm } from './pair-form'
import { RemotePad } from './remote-pad'
import styles from './remote-app.module.css'

/** Where this device keeps its token, and the role it was paired as. */
const TOKEN_KEY = 'runstrong.remote.token'
const ROLE_KEY = 'runstrong.remote.role'

interface Paired {
  token: string | null
  /** Null for a device paired before roles were kept: it is asked once. */
  role: DeviceRole | null
}

function kept(): Paired {
  try {
    const t = localStorage.getItem(TOKEN_KEY)
    const r = deviceRoleSchema.safeParse(localStorage.getItem(ROLE_KEY))
    return t && tokenSchema.safeParse(t).success
      ? { token: t, role: r.success ? r.data : null }
      : { token: null, role: null }
  } catch {
    return { token: null, role: null }
  }
}

function keep({ token, role }: Paired): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token)
    else localStorage.removeItem(TOKEN_KEY)
    if (role) localStorage.setItem(ROLE_KEY, role)
    else localStorage.removeItem(ROLE_KEY)
  } catch {
    // Storage refused (private mode): this device pairs again next time.
  }
}

/** A paired device at work: the link to the hub, then the remote or the display. */
function Connected({
  token,
  role,
  onRole,
  onRefused,
  onUnpair,
}: {
  token: string
  role: DeviceRole
  /** The hub's word on this device's role (fixed at pairing). */
  onRole: (role: DeviceRole) => void
  onRefused: (reason: string) => void
  onUnpair: () => void
}) {
  const [live, setLive] = useState<LiveState | null>(null)
  const [link, setLink] = useState<Link>('connecting')
  const client = useRef<HubClient | null>(null)
  const events = useRef({ onRefused, onRole })
  events.current = { onRefused, onRole }
  // The role said in the first hello: a device paired before roles were kept fixes it so.
  const firstRole = useRef(role)
  useEffect(() => {
    const c = new HubClient(token, firstRole.current, {
      onState: setLive,
      onLink: setLink,
      onWelcome: (r) => events.current.onRole(r),
      onRefused: (reason) => events.current.onRefused(reason),
    })
    client.current = c
    c.start()
    return () => c.stop()
  }, [token])
  const offsetMs = useCallback(() => client.current?.offsetMs ?? 0, [])
  const props = { live, link, offsetMs, onUnpair }
  return role === 'remote' ? (
    <RemotePad {...props} send={(command) => client.current?.send(command) ?? false} />
  ) : (
    <DisplayView {...props} />
  )
}

/**
 * The phone and TV page: pair once with the code as a remote or a display, then follow the
 * laptop's session. Reopened, it carries on as what it was paired as.
 */
export function RemoteApp() {
  const [paired, setPaired] = useState(kept)
  const [note, setNote] = useState<string>()
  const update = (next: Paired) => {
    keep(next)
    setPaired(next)
  }
  const { token, role } = paired
  useEffect(() => {
    document.title = role === 'display' ? 'Runstrong Display' : 'Runstrong Remote'
  }, [role])
  if (!token)
    return (
      <main className={styles.page}>
        <h1 className={styles.title}>Runstrong Remote</h1>
        <PairForm
          note={note}
          onPaired={(t, r) => {
            setNote(undefined)
            update({ token: t, role: r })
          }}
        />
      </main>
    )
  if (!role)
    return (
      <main className={styles.page}>
        <h1 className={styles.title}>Runstrong Remote</h1>
        <p>Paired. What should this device be? It keeps this role from now on.</p>
        <div className={styles.choice}>
          <button type="button" className="big" onClick={() => update({ token, role: 'remote' })}>
            Remote
          </button>
          <p className="muted">Big buttons to pause, skip and go back, in your hand.</p>
          <button type="button" className="big" onClick={() => update({ token, role: 'display' })}>
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
      onRole={(r) => {
        if (r !== role) update({ token, role: r })
      }}
      onUnpair={() => update({ token: null, role: null })}
      onRefused={(reason) => {
        setNote(reason)
        update({ token: null, role: null })
      }}
    />
  )
}
