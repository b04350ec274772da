import { useEffect, useState } from 'react'
import type { Circuit } from '@shared/circuits/circuit'
import type { Equipment } from '@shared/circuits/equipment'
import { circuitFileName, serializeCircuit } from '@shared/circuits/circuit-convert'
import type { HistoryEntry } from '@shared/training/history'
import { PRESETS } from '@shared/circuits/presets'
import { focusWasLost, useFocusRequest } from '@renderer/lib/use-focus-request'
import { usePlatform } from '@renderer/platform/platform-context'
import {
  detailHeadingId,
  type CircuitEntry,
} from '@renderer/features/circuits/library/circuit-entry'
import { fieldId } from './field-id'
import { LazyDetail, LazyEditor, LazyGenerator } from './circuit-panes'
import { EntryList } from '@renderer/features/circuits/editor/entry-list'
import { LibraryMessages } from '@renderer/features/circuits/library/library-messages'
import { LIST_HEAD_IDS, ListHead } from '@renderer/features/circuits/library/list-head'
import { TrainingGuidance } from '@renderer/features/circuits/library/training-guidance'
import { useLibraryActions } from '@renderer/features/circuits/library/use-library-actions'
import { useSuggestedSteps } from './use-suggested-steps'
import type { SavedCircuits } from '@renderer/features/circuits/library/use-saved-circuits'
import styles from './circuits-screen.module.css'

/** What the Circuits screen lists, and where opening and starting a circuit go. */
export interface CircuitsScreenProps {
  saved: SavedCircuits
  openId: string | undefined
  onOpen: (id: string | undefined) => void
  onStart: (circuit: Circuit) => void
  /** What today holds by the week plan, if there is one. */
  today?: string | undefined
  /** Every recorded session: suggestions come from how past sessions felt. */
  history: readonly HistoryEntry[]
  /** The kit the runner owns (Settings): no suggested harder version needs more. */
  kit: readonly Equipment[]
}

/** What the detail pane holds instead of the open circuit: the builder, or the generator. */
type Pane =
  | {
      kind: 'editor'
      /** The saved circuit edited in place; none for a new one. */
      id?: string
      /** What the builder starts from: none for an empty circuit. */
      from?: Circuit
      title: string
    }
  | { kind: 'generate' }

/** Where focus goes once the list changed under the open circuit (a delete). */
const SAVED_TITLE_ID = 'saved-title'
/** The Generate form's first field. */
const MINUTES_ID = 'generate-minutes'

/** The builder for a listed circuit: a saved one in place, a preset as a new copy. */
function editorFor(entry: CircuitEntry): Pane {
  const c = entry.circuit
  return entry.preset
    ? {
        kind: 'editor',
        from: { ...c, name: `${c.name} (copy)` },
        title: 'New circuit from a preset',
      }
    : { kind: 'editor', id: entry.id, from: c, title: `Edit ${c.name}` }
}

/** The first screen: saved circuits and presets, import and export, and Start. */
export function CircuitsScreen({
  saved,
  openId,
  onOpen,
  onStart,
  today,
  history,
  kit,
}: CircuitsScreenProps) {
  const platform = usePlatform()
  const focus = useFocusRequest()
  // Every action that opens a circuit brings focus to its heading; one that leaves none
  // open (a delete) to the list it was in.
  const library = useLibraryActions(saved, (id) => {
    onOpen(id)
    focus(id === undefined ? SAVED_TITLE_ID : detailHeadingId(id))
  })
  const [pane, setPane] = useState<Pane>()
  const openPane = (next: Pane | undefined, focusId: string) => {
    setPane(next)
    focus(focusId)
  }

  const entries: CircuitEntry[] = [
    ...saved.list.map((s) => ({ id: s.id, circuit: s.circuit, preset: false })),
    ...PRESETS.map((p) => ({ id: p.id, circuit: p.circuit, preset: true, summary: p.summary })),
  ]
  const open = entries.find((e) => e.id === openId)
  const steps = useSuggestedSteps(open?.circuit, history, kit)
  /** Where focus goes when the builder or the generator closes with nothing made. */
  const paneClosed = () =>
    openPane(undefined, open ? detailHeadingId(open.id) : LIST_HEAD_IDS.title)

  // Reached from a screen that took focus with it (the runner's Back to circuits): the open
  // circuit's heading, else the screen's.
  useEffect(() => {
    if (focusWasLost()) focus(openId ? detailHeadingId(openId) : LIST_HEAD_IDS.title)
    // Once, as the screen arrives; later changes of the open circuit keep their own focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <div className={styles.screen}>
      <section className={styles.list} aria-labelledby="circuits-title">
        <ListHead
          onNew={() => openPane({ kind: 'editor', title: 'New circuit' }, fieldId('name'))}
          onGenerate={() => openPane({ kind: 'generate' }, MINUTES_ID)}
          onImport={(file) => void library.importFile(file)}
        />
        {today && (
          <p className={styles.today} data-testid="today">
            <span className={styles.label}>Today · </span>
            {today}
          </p>
        )}
        <LibraryMessages
          error={library.error}
          onDismiss={() => {
            library.dismissError()
            focus(LIST_HEAD_IDS.import)
          }}
          status={library.status}
          onUndo={library.undo ? () => void library.restore() : undefined}
        />
        <h2 id={SAVED_TITLE_ID} tabIndex={-1}>
          Your circuits
        </h2>
        {saved.list.length === 0 ? (
          <p className="muted">
            None yet. Make one with New circuit, let Generate fit one to your minutes, Import a
            file, or duplicate a preset to make it yours.
          </p>
        ) : (
          <EntryList entries={saved.list} openId={openId} onOpen={onOpen} />
        )}
        <h2>Presets</h2>
        <EntryList entries={PRESETS} openId={openId} onOpen={onOpen} />
      </section>

      <section className={styles.pane} aria-label={open ? open.circuit.name : 'About training'}>
        {pane?.kind === 'editor' ? (
          <LazyEditor.Part
            key={pane.id ?? 'new'}
            title={pane.title}
            from={pane.from}
            onLeave={paneClosed}
            onSave={async (circuit) => {
              const id = await library.saveEdited(pane.id, circuit)
              if (id === undefined) return
              openPane(undefined, detailHeadingId(id))
              onOpen(id)
            }}
          />
        ) : pane?.kind === 'generate' ? (
          <LazyGenerator.Part
            minutesId={MINUTES_ID}
            kit={kit}
            onCancel={paneClosed}
            onCreate={(circuit) =>
              // A generated circuit opens in the builder, to adjust before it is saved.
              openPane(
                { kind: 'editor', from: circuit, title: 'New generated circuit' },
                fieldId('name'),
              )
            }
          />
        ) : open ? (
          <LazyDetail.Part
            entry={open}
            onStart={() => onStart(open.circuit)}
            onExport={() =>
              void platform.saveFile(
                circuitFileName(open.circuit),
                serializeCircuit(open.circuit),
                'application/json',
              )
            }
            steps={steps}
            onApplySteps={(steps) => void library.saveSteps(open.circuit, steps)}
            onDuplicate={() => void library.duplicate(open.circuit)}
            onEdit={() => openPane(editorFor(open), fieldId('name'))}
            onDelete={() => void library.remove(open.id)}
          />
        ) : (
          <TrainingGuidance
            firstRun={saved.loaded && saved.list.length === 0 && history.length === 0}
          />
        )}
      </section>
    </div>
  )
}
