import { useRef, useState, type ChangeEvent } from 'react'
import {
  circuitFileName,
  equipmentGroups,
  MAX_CIRCUIT_FILE_BYTES,
  parseCircuitText,
  serializeCircuit,
  type Circuit,
} from '@shared/circuit'
import { EQUIPMENT_LABELS, GUIDANCE, getExercise, type Equipment } from '@shared/exercises'
import { formatClock } from '@shared/format'
import { PRESETS } from '@shared/presets'
import type { HistoryEntry } from '@shared/history'
import { applySteps, suggestSteps, type Suggestion } from '@shared/overload'
import type { SavedCircuit } from '@shared/storage'
import { plannedMs } from '@shared/timeline'
import { usePlatform } from '../../app/platform-context'
import { draftFrom, emptyDraft, type Draft } from '@shared/draft'
import { CircuitEditor } from './circuit-editor'
import { GenerateForm } from './generate-form'
import type { SavedCircuits } from './use-saved-circuits'

export interface CircuitsScreenProps {
  saved: SavedCircuits
  openId: string | undefined
  onOpen: (id: string | undefined) => void
  onStart: (circuit: Circuit) => void
  /** What today holds by the week plan, if there is one. */
  today?: string | undefined
  /** Every recorded session: suggestions come from how past sessions felt. */
  history: readonly HistoryEntry[]
}

interface Entry {
  id: string
  circuit: Circuit
  preset: boolean
  summary?: string
}

function itemLine(item: Circuit['items'][number], structure: Circuit['structure']): string {
  const amount = item.reps !== undefined ? `${item.reps} reps` : `${item.seconds} s`
  const sets = structure === 'sets' ? `${item.sets} x ` : ''
  const side = item.perSide ? ' per side' : ''
  return `${sets}${amount}${side}`
}

function structureLine(c: Circuit): string {
  return c.structure === 'rounds'
    ? `${c.rounds} round${c.rounds === 1 ? '' : 's'} of ${c.items.length} exercises`
    : `${c.items.length} exercises, all sets of each in turn`
}

/** The first screen: saved circuits and presets, import and export, and Start. */
export function CircuitsScreen({
  saved,
  openId,
  onOpen,
  onStart,
  today,
  history,
}: CircuitsScreenProps) {
  const platform = usePlatform()
  const fileInput = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [undo, setUndo] = useState<SavedCircuit>()
  const [generating, setGenerating] = useState(false)
  const [editing, setEditing] = useState<{ id?: string; draft: Draft; title: string }>()

  const entries: Entry[] = [
    ...saved.list.map((s) => ({ id: s.id, circuit: s.circuit, preset: false })),
    ...PRESETS.map((p) => ({ id: p.id, circuit: p.circuit, preset: true, summary: p.summary })),
  ]
  const open = entries.find((e) => e.id === openId)

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const file = input.files?.[0]
    input.value = ''
    if (!file) return
    setStatus(undefined)
    if (file.size > MAX_CIRCUIT_FILE_BYTES) {
      setError(
        `Could not import "${file.name}": the file is larger than 1 MB; a circuit file is far smaller.`,
      )
      return
    }
    const result = parseCircuitText(await file.text())
    if (!result.ok) {
      setError(`Could not import "${file.name}":\n${result.message}`)
      return
    }
    setError(undefined)
    const added = await saved.add(result.circuit)
    if (!added) return
    setStatus(`Imported "${added.circuit.name}".`)
    onOpen(added.id)
  }

  const duplicate = async (c: Circuit) => {
    const copy = await saved.add({ ...c, name: `${c.name} (copy)`.slice(0, 80) })
    if (!copy) return
    setStatus(`Saved a copy as "${copy.circuit.name}".`)
    onOpen(copy.id)
  }

  const remove = async (id: string) => {
    const gone = saved.list.find((s) => s.id === id)
    if (!(await saved.remove(id))) return
    setUndo(gone)
    setStatus(gone ? `Deleted "${gone.circuit.name}".` : undefined)
    onOpen(undefined)
  }

  const restore = async () => {
    if (!undo) return
    const back = await saved.add(undo.circuit)
    if (!back) return
    setUndo(undefined)
    setStatus(`Restored "${back.circuit.name}".`)
    onOpen(back.id)
  }

  return (
    <div className="circuits-screen">
      <section className="circuit-list" aria-labelledby="circuits-title">
        <div className="list-head">
          <h1 id="circuits-title">Circuits</h1>
          <div className="list-actions">
            <button
              type="button"
              onClick={() => {
                setGenerating(false)
                setEditing({ draft: emptyDraft(), title: 'New circuit' })
              }}
            >
              New circuit
            </button>
            <button
              type="button"
              onClick={() => {
                setEditing(undefined)
                setGenerating(true)
              }}
            >
              Generate
            </button>
            <button type="button" onClick={() => fileInput.current?.click()}>
              Import
            </button>
          </div>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void importFile(e)}
          />
        </div>
        {today && (
          <p className="today" data-testid="today">
            <span className="label">Today · </span>
            {today}
          </p>
        )}
        {error && (
          <div role="alert" className="alert">
            {error.split('\n').map((line, i) => (
              <p key={i}>{line}</p>
            ))}
            <button type="button" className="link" onClick={() => setError(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        {status && (
          <p role="status" className="status">
            {status}{' '}
            {undo && (
              <button type="button" className="link" onClick={() => void restore()}>
                Undo
              </button>
            )}
          </p>
        )}
        <h2>Your circuits</h2>
        {saved.list.length === 0 ? (
          <p className="muted">None yet. Import a file, or duplicate a preset to make it yours.</p>
        ) : (
          <EntryList entries={saved.list} openId={openId} onOpen={onOpen} />
        )}
        <h2>Presets</h2>
        <EntryList entries={PRESETS} openId={openId} onOpen={onOpen} />
      </section>

      <section className="circuit-detail" aria-label={open ? open.circuit.name : 'About training'}>
        {editing ? (
          <CircuitEditor
            key={editing.id ?? 'new'}
            title={editing.title}
            initial={editing.draft}
            onLeave={() => setEditing(undefined)}
            onSave={async (circuit) => {
              if (editing.id) {
                if (!(await saved.update(editing.id, circuit))) return
                setStatus(`Saved "${circuit.name}".`)
                setEditing(undefined)
                onOpen(editing.id)
              } else {
                const added = await saved.add(circuit)
                if (!added) return
                setStatus(`Saved "${circuit.name}".`)
                setEditing(undefined)
                onOpen(added.id)
              }
            }}
          />
        ) : generating ? (
          <GenerateForm
            onCancel={() => setGenerating(false)}
            onCreate={(circuit) => {
              // A generated circuit opens in the builder, to adjust before it is saved.
              setGenerating(false)
              setEditing({ draft: draftFrom(circuit), title: 'New generated circuit' })
            }}
          />
        ) : open ? (
          <CircuitDetail
            entry={open}
            onStart={() => onStart(open.circuit)}
            onExport={() =>
              void platform.saveFile(circuitFileName(open.circuit), serializeCircuit(open.circuit))
            }
            steps={suggestSteps(open.circuit, history)}
            onApplySteps={(steps) =>
              void saved.add(applySteps(open.circuit, steps)).then((added) => {
                if (!added) return
                setStatus(`Saved the next step as "${added.circuit.name}".`)
                onOpen(added.id)
              })
            }
            onDuplicate={() => void duplicate(open.circuit)}
            onEdit={() =>
              open.preset
                ? setEditing({
                    draft: draftFrom({ ...open.circuit, name: `${open.circuit.name} (copy)` }),
                    title: 'New circuit from a preset',
                  })
                : setEditing({
                    id: open.id,
                    draft: draftFrom(open.circuit),
                    title: `Edit ${open.circuit.name}`,
                  })
            }
            onDelete={() => void remove(open.id)}
          />
        ) : (
          <div className="guidance">
            <h2>Strength for runners</h2>
            <ul>
              {GUIDANCE.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
            <p className="muted">Pick a circuit to see it and start.</p>
          </div>
        )}
      </section>
    </div>
  )
}

/** Circuits listed under their names, with their planned length; the open one marked. */
function EntryList({
  entries,
  openId,
  onOpen,
}: {
  entries: readonly { id: string; circuit: Circuit }[]
  openId: string | undefined
  onOpen: (id: string) => void
}) {
  return (
    <ul className="entries">
      {entries.map((e) => (
        <li key={e.id}>
          <button
            type="button"
            className="entry"
            aria-current={e.id === openId ? 'true' : undefined}
            onClick={() => onOpen(e.id)}
          >
            <span className="entry-name">{e.circuit.name}</span>
            <span className="entry-meta">{formatClock(plannedMs(e.circuit))}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}

function CircuitDetail({
  entry,
  onStart,
  onExport,
  onDuplicate,
  onDelete,
  onEdit,
  steps,
  onApplySteps,
}: {
  entry: Entry
  onStart: () => void
  onExport: () => void
  onDuplicate: () => void
  onDelete: () => void
  onEdit: () => void
  steps: Suggestion[]
  onApplySteps: (steps: Suggestion[]) => void
}) {
  const c = entry.circuit
  const groups = equipmentGroups(c)
  return (
    <article className="detail">
      <header>
        <h2>{c.name}</h2>
        {entry.preset && <p className="tag">Preset · read-only</p>}
        {entry.summary && <p className="muted">{entry.summary}</p>}
      </header>
      <dl className="facts">
        <div>
          <dt>Planned</dt>
          <dd data-testid="planned-duration">{formatClock(plannedMs(c))}</dd>
        </div>
        <div>
          <dt>Structure</dt>
          <dd>{structureLine(c)}</dd>
        </div>
        <div>
          <dt>Warm-up</dt>
          <dd>{c.warmupSec > 0 ? formatClock(c.warmupSec * 1000) : 'None'}</dd>
        </div>
        <div>
          <dt>Equipment</dt>
          <dd>
            {groups.length === 0
              ? 'None: just you and the floor'
              : groups
                  .map((g) => g.map((x) => EQUIPMENT_LABELS[x as Equipment]).join(' or '))
                  .join(', ')}
          </dd>
        </div>
      </dl>
      <div className="detail-actions">
        <button type="button" className="primary big" onClick={onStart}>
          Start session
        </button>
        <button type="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" onClick={onExport}>
          Export
        </button>
        {entry.preset ? (
          <button type="button" onClick={onDuplicate}>
            Duplicate
          </button>
        ) : (
          <button type="button" className="danger" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
      {steps.length > 0 && (
        <section className="steps" aria-labelledby="steps-title">
          <h3 id="steps-title">Suggested next step</h3>
          <ul>
            {steps.map((st) => (
              <li key={st.itemIndex}>
                <span className="tag">{st.direction === 'up' ? 'Step up' : 'Step back'}</span>{' '}
                {st.text}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => onApplySteps(steps)}>
            Apply as a new version
          </button>
        </section>
      )}
      <h3>Exercises</h3>
      <ol className="exercise-list">
        {c.items.map((item, i) => {
          const e = getExercise(item.exercise)
          return (
            <li key={i}>
              <span className="ex-name">{e.name}</span>
              <span className="ex-amount">{itemLine(item, c.structure)}</span>
              {item.load && <span className="ex-extra">{item.load}</span>}
              {item.variant === 'challenge' && (
                <span className="ex-extra">Challenge: {e.challenge.text}</span>
              )}
              <span className="ex-cue">{e.cues[0]}</span>
            </li>
          )
        })}
      </ol>
    </article>
  )
}
