import { useState } from 'react'
import { LIMITS, type Circuit } from '@shared/circuits/circuit'
import { draftFrom, emptyDraft } from '@shared/circuits/draft'
import { formatClock } from '@shared/engine/format'
import { useFocusRequest } from '@renderer/lib/use-focus-request'
import { fieldMessage } from './circuit-fields'
import { fieldId } from '@renderer/features/circuits/field-id'
import { EditorSummary } from './editor-summary'
import { CircuitSettings } from './circuit-settings'
import { ExercisePicker } from './exercise-picker'
import { ExerciseRows } from './exercise-rows'
import { LeaveDialog } from './leave-dialog'
import { SaveProblems } from './save-problems'
import { useCircuitDraft } from './use-circuit-draft'
import { useDraftCheck } from './use-draft-check'
import { useLeaveConfirm } from './use-leave-confirm'
import { useSaveAttempt } from './use-save-attempt'
import detail from '@renderer/features/circuits/library/circuit-detail.module.css'
import styles from './circuit-editor.module.css'

/** The error summary a refused Save brings focus to. */
const PROBLEMS_ID = 'save-problems'
/** The list's heading: where focus goes when the last row is removed while picking. */
const EXERCISES_ID = 'exercises-title'

/** What `CircuitEditor` starts from, and where Save and Leave go. */
export interface CircuitEditorProps {
  title: string
  /** The circuit the builder starts from; an empty one when none is given. */
  from?: Circuit | undefined
  onSave: (circuit: Circuit) => Promise<void>
  onLeave: () => void
}

/** Builds or edits a circuit, checked live by the file format's own rules. */
export function CircuitEditor({ title, from, onSave, onLeave }: CircuitEditorProps) {
  const [initial] = useState(() => (from ? draftFrom(from) : emptyDraft()))
  const { draft, dirty, set, setNumber, setItem, addItem, removeItem, move } =
    useCircuitDraft(initial)
  const { check, errors, planned, preview } = useDraftCheck(draft)
  const focus = useFocusRequest()
  const { attempted, problems, save } = useSaveAttempt(check, onSave, () => focus(PROBLEMS_ID))
  const { leave, dialog } = useLeaveConfirm(dirty, onLeave)
  const [picking, setPicking] = useState(false)

  // A blank name or an empty list is how every circuit starts: flag them after a Save try.
  const nameError = draft.name !== '' || attempted ? errors.get('name') : undefined
  const itemsError = attempted || draft.items.length > 0 ? errors.get('items') : undefined
  /** Where a row's fields begin: Sets, or in rounds (no sets of their own) the measure. */
  const firstFieldOf = (i: number) =>
    fieldId(draft.structure === 'rounds' ? `items[${i}].measure` : `items[${i}].sets`)
  const removeRow = (i: number) => {
    removeItem(i)
    // The row that takes its place, else the one before, else the way to add one.
    const left = draft.items.length - 1
    if (left > 0) focus(firstFieldOf(Math.min(i, left - 1)))
    else focus(picking ? EXERCISES_ID : fieldId('items'))
  }

  return (
    <form
      className={styles.editor}
      // The format's own rules and messages judge the values, not the browser's.
      noValidate
      aria-labelledby="editor-title"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <header className={styles.head}>
        <h2 id="editor-title">{title}</h2>
        <p className={styles.planned}>
          Planned{' '}
          <span data-testid="planned-duration">
            {planned === null ? '–:––' : formatClock(planned)}
          </span>
        </p>
      </header>

      {/* The message sits outside the label: the field's name is "Name" alone. */}
      <div className="text-field">
        <label htmlFor={fieldId('name')}>Name</label>
        <input
          id={fieldId('name')}
          type="text"
          value={draft.name}
          maxLength={LIMITS.nameChars + 20}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'name-error' : undefined}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        {nameError && (
          <span id="name-error" className="field-error">
            {fieldMessage(nameError)}
          </span>
        )}
      </div>

      <CircuitSettings
        draft={draft}
        errors={errors}
        setStructure={(structure) => set({ structure })}
        setNumber={setNumber}
      />

      <h3 id={EXERCISES_ID} tabIndex={-1}>
        Exercises
      </h3>
      {itemsError && (
        <p id="items-error" className="field-error">
          {fieldMessage(itemsError)}
        </p>
      )}
      <ExerciseRows
        items={draft.items}
        rounds={draft.structure === 'rounds'}
        errors={errors}
        setItem={setItem}
        removeItem={removeRow}
        move={move}
      />

      {picking ? (
        <ExercisePicker
          onClose={() => {
            setPicking(false)
            focus(fieldId('items'))
          }}
          onPick={(exerciseId) => {
            focus(firstFieldOf(draft.items.length))
            addItem(exerciseId)
            setPicking(false)
          }}
        />
      ) : (
        <button
          type="button"
          id={fieldId('items')}
          aria-describedby={itemsError ? 'items-error' : undefined}
          onClick={() => setPicking(true)}
        >
          Add exercise
        </button>
      )}

      <EditorSummary check={check} preview={preview} />

      {problems.length > 0 && (
        <SaveProblems id={PROBLEMS_ID} problems={problems} onGo={(path) => focus(fieldId(path))} />
      )}
      <div className={detail.actions}>
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={leave}>
          Cancel
        </button>
      </div>

      <LeaveDialog {...dialog} />
    </form>
  )
}
