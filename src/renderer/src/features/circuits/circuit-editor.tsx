import { useState } from 'react'
import { LIMITS, type Circuit } from '@shared/circuits/circuit'
import type { Draft } from '@shared/circuits/draft'
import { formatClock } from '@shared/engine/format'
import { EditorSummary } from './editor-summary'
import { CircuitSettings } from './circuit-settings'
import { ExercisePicker } from './exercise-picker'
import { ExerciseRows } from './exercise-rows'
import { LeaveDialog } from './leave-dialog'
import { useCircuitDraft } from './use-circuit-draft'
import { useDraftCheck } from './use-draft-check'
import { useLeaveConfirm } from './use-leave-confirm'
import { useSaveAttempt } from './use-save-attempt'
import detail from './circuit-detail.module.css'
import styles from './circuit-editor.module.css'

/** What `CircuitEditor` starts from, and where Save and Leave go. */
export interface CircuitEditorProps {
  title: string
  initial: Draft
  onSave: (circuit: Circuit) => Promise<void>
  onLeave: () => void
}

/** Builds or edits a circuit, checked live by the file format's own rules. */
export function CircuitEditor({ title, initial, onSave, onLeave }: CircuitEditorProps) {
  const { draft, dirty, set, setNumber, setItem, addItem, removeItem, move } =
    useCircuitDraft(initial)
  const { check, errors, planned, preview } = useDraftCheck(draft)
  const { attempted, saveError, save } = useSaveAttempt(check, onSave)
  const { leave, dialog } = useLeaveConfirm(dirty, onLeave)
  const [picking, setPicking] = useState(false)

  // A blank name or an empty list is how every circuit starts: flag them after a Save try.
  const nameError = errors.has('name') && (draft.name !== '' || attempted)

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

      <CircuitSettings
        draft={draft}
        errors={errors}
        setStructure={(structure) => set({ structure })}
        setNumber={setNumber}
      />

      <h3>Exercises</h3>
      {errors.has('items') && (attempted || draft.items.length > 0) && (
        <p className="field-error">{`items: ${errors.get('items') ?? ''}`}</p>
      )}
      <ExerciseRows
        items={draft.items}
        rounds={draft.structure === 'rounds'}
        errors={errors}
        setItem={setItem}
        removeItem={removeItem}
        move={move}
      />

      {picking ? (
        <ExercisePicker
          onClose={() => setPicking(false)}
          onPick={(exerciseId) => {
            addItem(exerciseId)
            setPicking(false)
          }}
        />
      ) : (
        <button type="button" onClick={() => setPicking(true)}>
          Add exercise
        </button>
      )}

      <EditorSummary check={check} preview={preview} />

      {saveError && (
        <div role="alert" className="alert">
          <p>Can’t save yet:</p>
          {saveError.split('\n').map((l) => (
            <p key={l}>{l}</p>
          ))}
        </div>
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
