import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { equipmentGroups, LIMITS, type Circuit } from '@shared/circuit'
import {
  checkDraft,
  draftItemFor,
  draftPlannedMs,
  moveItem,
  type Draft,
  type DraftItem,
} from '@shared/draft'
import { EQUIPMENT_LABELS, getExercise, type Equipment } from '@shared/exercises'
import { formatClock } from '@shared/format'
import { compileTimeline } from '@shared/timeline'
import {
  closestCenter,
  DndContext,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable'
import { useLeaveGuard } from '../../app/leave-guard'
import { ConfirmDialog } from '../../components/ui/confirm-dialog'
import { ExercisePicker } from './exercise-picker'
import { SortableRow } from './sortable-row'

export interface CircuitEditorProps {
  title: string
  initial: Draft
  onSave: (circuit: Circuit) => Promise<void>
  onLeave: () => void
}

/** A number input's value as a number: blank is NaN, so the format's rules can name it. */
const asNumber = (text: string) => (text.trim() === '' ? Number.NaN : Number(text))
const shown = (n: number) => (Number.isNaN(n) ? '' : String(n))

function NumberField({
  label,
  value,
  onChange,
  range: [min, max],
  step = 1,
  error,
}: {
  label: string
  value: number
  onChange: (n: number) => void
  /** The format's bounds for this field. */
  range: readonly [number, number]
  step?: number
  error?: string | undefined
}) {
  const id = useId()
  return (
    <label className="num-field">
      <span>{label}</span>
      <input
        type="number"
        value={shown(value)}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? id : undefined}
        onChange={(e) => onChange(asNumber(e.currentTarget.value))}
      />
      {error && (
        <span id={id} className="field-error">
          {error}
        </span>
      )}
    </label>
  )
}

/** Builds or edits a circuit, checked live by the file format's own rules. */
export function CircuitEditor({ title, initial, onSave, onLeave }: CircuitEditorProps) {
  const [draft, setDraft] = useState(initial)
  const [picking, setPicking] = useState(false)
  const [saveError, setSaveError] = useState<string>()
  const [attempted, setAttempted] = useState(false)
  const [confirmLeave, setConfirmLeave] = useState(false)
  const rowsRef = useRef<HTMLOListElement>(null)
  const dirty = draft !== initial

  const check = useMemo(() => checkDraft(draft), [draft])
  const planned = useMemo(() => draftPlannedMs(draft), [draft])
  const preview = useMemo(() => (check.ok ? compileTimeline(check.circuit) : undefined), [check])
  const errors = useMemo(() => {
    const map = new Map<string, string>()
    if (!check.ok) for (const p of check.problems) if (!map.has(p.path)) map.set(p.path, p.message)
    return map
  }, [check])

  useLeaveGuard(dirty)

  // Closing or reloading the window with unsaved changes asks first too.
  useEffect(() => {
    if (!dirty) return
    const warn = (e: BeforeUnloadEvent) => e.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }))
  const setItem = (index: number, patch: Partial<DraftItem>) =>
    setDraft((d) => ({
      ...d,
      items: d.items.map((it, i) => (i === index ? { ...it, ...patch } : it)),
    }))

  const move = (from: number, to: number, focusLabel?: string) => {
    if (to < 0 || to >= draft.items.length) return
    setDraft((d) => moveItem(d, from, to))
    if (focusLabel) {
      // Keep focus on the moved row's control so keyboard moves can repeat.
      requestAnimationFrame(() => {
        const row = rowsRef.current?.children[to]
        const buttons = [
          ...(row?.querySelectorAll<HTMLButtonElement>('button:not(.drag-handle)') ?? []),
        ]
        const target = buttons.find((b) => b.textContent === focusLabel && !b.disabled)
        ;(target ?? buttons.find((b) => !b.disabled))?.focus()
      })
    }
  }

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }))
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    const from = draft.items.findIndex((it) => it.key === active.id)
    const to = draft.items.findIndex((it) => it.key === over.id)
    if (from >= 0 && to >= 0) move(from, to)
  }

  const onRowKey = (e: KeyboardEvent, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return
    e.preventDefault()
    move(index, e.key === 'ArrowUp' ? index - 1 : index + 1, 'Move up')
  }

  const save = async () => {
    setAttempted(true)
    if (!check.ok) {
      setSaveError(
        check.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n'),
      )
      return
    }
    setSaveError(undefined)
    await onSave(check.circuit)
  }

  const leave = () => (dirty ? setConfirmLeave(true) : onLeave())
  // A blank name or an empty list is how every circuit starts: flag them after a Save try.
  const nameError = errors.has('name') && (draft.name !== '' || attempted)
  const rounds = draft.structure === 'rounds'
  const groups = check.ok ? equipmentGroups(check.circuit) : []

  return (
    <form
      className="editor"
      // The format's own rules and messages judge the values, not the browser's.
      noValidate
      aria-labelledby="editor-title"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <header className="editor-head">
        <h2 id="editor-title">{title}</h2>
        <p className="planned">
          Planned{' '}
          <span data-testid="planned-duration">
            {planned === null ? '–:––' : formatClock(planned)}
          </span>
        </p>
      </header>

      <label className="text-field">
        <span>Name</span>
        <input
          type="text"
          value={draft.name}
          maxLength={LIMITS.nameChars + 20}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'name-error' : undefined}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        {nameError && (
          <span id="name-error" className="field-error">
            {errors.get('name')}
          </span>
        )}
      </label>

      <fieldset className="settings-grid">
        <legend>Circuit</legend>
        <label className="num-field">
          <span>Structure</span>
          <select
            value={draft.structure}
            onChange={(e) =>
              set({ structure: e.currentTarget.value === 'rounds' ? 'rounds' : 'sets' })
            }
          >
            <option value="sets">Sets: all sets of one, then the next</option>
            <option value="rounds">Rounds: one set of each per round</option>
          </select>
        </label>
        {rounds && (
          <NumberField
            label="Rounds"
            value={draft.rounds}
            range={LIMITS.rounds}
            onChange={(n) => set({ rounds: n })}
            error={errors.get('rounds')}
          />
        )}
        <NumberField
          label="Warm-up (s)"
          value={draft.warmupSec}
          range={LIMITS.warmupSec}
          onChange={(n) => set({ warmupSec: n })}
          error={errors.get('warmupSec')}
        />
        <NumberField
          label="Cool-down (s)"
          value={draft.cooldownSec}
          range={LIMITS.cooldownSec}
          onChange={(n) => set({ cooldownSec: n })}
          error={errors.get('cooldownSec')}
        />
        {!rounds && (
          <NumberField
            label="Rest between sets (s)"
            value={draft.restBetweenSetsSec}
            range={LIMITS.restSec}
            onChange={(n) => set({ restBetweenSetsSec: n })}
            error={errors.get('restBetweenSetsSec')}
          />
        )}
        <NumberField
          label="Rest between exercises (s)"
          value={draft.restBetweenExercisesSec}
          range={LIMITS.restSec}
          onChange={(n) => set({ restBetweenExercisesSec: n })}
          error={errors.get('restBetweenExercisesSec')}
        />
        {rounds && (
          <NumberField
            label="Rest between rounds (s)"
            value={draft.restBetweenRoundsSec}
            range={LIMITS.restSec}
            onChange={(n) => set({ restBetweenRoundsSec: n })}
            error={errors.get('restBetweenRoundsSec')}
          />
        )}
        <NumberField
          label="Pace (s per rep)"
          value={draft.secondsPerRep}
          range={LIMITS.secondsPerRep}
          step={0.5}
          onChange={(n) => set({ secondsPerRep: n })}
          error={errors.get('secondsPerRep')}
        />
        <NumberField
          label="Switch sides (s)"
          value={draft.switchSidesSec}
          range={LIMITS.switchSidesSec}
          onChange={(n) => set({ switchSidesSec: n })}
          error={errors.get('switchSidesSec')}
        />
      </fieldset>

      <h3>Exercises</h3>
      {errors.has('items') && (attempted || draft.items.length > 0) && (
        <p className="field-error">{`items: ${errors.get('items') ?? ''}`}</p>
      )}
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <SortableContext
          items={draft.items.map((i) => i.key)}
          strategy={verticalListSortingStrategy}
        >
          <ol className="rows" ref={rowsRef}>
            {draft.items.map((item, i) => {
              const e = getExercise(item.exercise)
              const path = `items[${i}]`
              const amountError = errors.get(`${path}.${item.mode}`) ?? errors.get(path)
              return (
                <SortableRow
                  key={item.key}
                  id={item.key}
                  onKeyDown={(ev) => onRowKey(ev, i)}
                  label={`${i + 1}. ${e.name}`}
                >
                  <div className="row-head">
                    <strong className="row-name">{e.name}</strong>
                    <div className="row-moves">
                      <button
                        type="button"
                        onClick={() => move(i, i - 1, 'Move up')}
                        disabled={i === 0}
                        aria-keyshortcuts="Alt+ArrowUp"
                      >
                        Move up
                      </button>
                      <button
                        type="button"
                        onClick={() => move(i, i + 1, 'Move down')}
                        disabled={i === draft.items.length - 1}
                        aria-keyshortcuts="Alt+ArrowDown"
                      >
                        Move down
                      </button>
                      <button
                        type="button"
                        className="danger"
                        onClick={() => set({ items: draft.items.filter((_, j) => j !== i) })}
                      >
                        Remove
                      </button>
                    </div>
                  </div>
                  <div className="row-fields">
                    {!rounds && (
                      <NumberField
                        label="Sets"
                        value={item.sets}
                        range={LIMITS.sets}
                        onChange={(n) => setItem(i, { sets: n })}
                        error={errors.get(`${path}.sets`)}
                      />
                    )}
                    <label className="num-field">
                      <span>Measure</span>
                      <select
                        value={item.mode}
                        onChange={(ev) =>
                          setItem(i, {
                            mode: ev.currentTarget.value === 'seconds' ? 'seconds' : 'reps',
                          })
                        }
                      >
                        <option value="reps">Reps</option>
                        <option value="seconds">Seconds</option>
                      </select>
                    </label>
                    {item.mode === 'reps' ? (
                      <NumberField
                        label="Reps"
                        value={item.reps}
                        range={LIMITS.reps}
                        onChange={(n) => setItem(i, { reps: n })}
                        error={amountError}
                      />
                    ) : (
                      <NumberField
                        label="Seconds"
                        value={item.seconds}
                        range={LIMITS.seconds}
                        onChange={(n) => setItem(i, { seconds: n })}
                        error={amountError}
                      />
                    )}
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={item.perSide}
                        onChange={(ev) => setItem(i, { perSide: ev.currentTarget.checked })}
                      />
                      <span>Per side</span>
                    </label>
                    {item.mode === 'reps' && (
                      <NumberField
                        label="Own pace (s per rep)"
                        value={item.secondsPerRep}
                        range={LIMITS.secondsPerRep}
                        step={0.5}
                        onChange={(n) => setItem(i, { secondsPerRep: n })}
                        error={errors.get(`${path}.secondsPerRep`)}
                      />
                    )}
                    <label className="text-field small">
                      <span>Load</span>
                      <input
                        type="text"
                        value={item.load}
                        placeholder="e.g. 8 kg"
                        onChange={(ev) => setItem(i, { load: ev.currentTarget.value })}
                        aria-invalid={errors.has(`${path}.load`) ? true : undefined}
                      />
                      {errors.has(`${path}.load`) && (
                        <span className="field-error">{errors.get(`${path}.load`)}</span>
                      )}
                    </label>
                    <label className="num-field">
                      <span>Version</span>
                      <select
                        value={item.variant}
                        onChange={(ev) =>
                          setItem(i, {
                            variant:
                              ev.currentTarget.value === 'challenge' ? 'challenge' : 'standard',
                          })
                        }
                      >
                        <option value="standard">Standard</option>
                        <option value="challenge">Challenge: {e.challenge.text}</option>
                      </select>
                    </label>
                    <label className="text-field small">
                      <span>Notes</span>
                      <input
                        type="text"
                        value={item.notes}
                        onChange={(ev) => setItem(i, { notes: ev.currentTarget.value })}
                        aria-invalid={errors.has(`${path}.notes`) ? true : undefined}
                      />
                      {errors.has(`${path}.notes`) && (
                        <span className="field-error">{errors.get(`${path}.notes`)}</span>
                      )}
                    </label>
                  </div>
                </SortableRow>
              )
            })}
          </ol>
        </SortableContext>
      </DndContext>

      {picking ? (
        <ExercisePicker
          onClose={() => setPicking(false)}
          onPick={(exerciseId) => {
            set({ items: [...draft.items, draftItemFor(exerciseId)] })
            setPicking(false)
          }}
        />
      ) : (
        <button type="button" onClick={() => setPicking(true)}>
          Add exercise
        </button>
      )}

      <section className="editor-summary" aria-label="Summary">
        <p>
          <strong>Equipment: </strong>
          {groups.length === 0
            ? 'none'
            : groups
                .map((g) => g.map((x) => EQUIPMENT_LABELS[x as Equipment]).join(' or '))
                .join(', ')}
        </p>
        {preview && (
          <p className="muted timeline-preview">
            {preview.phases.length} phases:{' '}
            {preview.phases
              .slice(0, 8)
              .map((p) => `${p.kind} ${formatClock(p.durationMs)}`)
              .join(' · ')}
            {preview.phases.length > 8 ? ' …' : ''}
          </p>
        )}
      </section>

      {saveError && (
        <div role="alert" className="alert">
          <p>Can’t save yet:</p>
          {saveError.split('\n').map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
      )}
      <div className="detail-actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={leave}>
          Cancel
        </button>
      </div>

      <ConfirmDialog
        open={confirmLeave}
        title="Leave without saving?"
        body="Your changes to this circuit will be lost."
        keepLabel="Keep editing"
        confirmLabel="Leave"
        onKeep={() => setConfirmLeave(false)}
        onConfirm={() => {
          setConfirmLeave(false)
          onLeave()
        }}
      />
    </form>
  )
}
