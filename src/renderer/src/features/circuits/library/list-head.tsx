import { useRef } from 'react'
import styles from './list-head.module.css'
import { JsonFileInput } from '@renderer/components/ui/json-file-input'

/** The ids focus can be sent to: the screen's heading and each of its buttons. */
export const LIST_HEAD_IDS = {
  title: 'circuits-title',
  generate: 'generate-button',
  import: 'import-button',
} as const

/** What `ListHead`'s buttons do. */
export interface ListHeadProps {
  onNew: () => void
  onGenerate: () => void
  /** A circuit file the user chose to import. */
  onImport: (file: File) => void
}

/** The Circuits title and its actions: New circuit, Generate, and Import through a file chooser. */
export function ListHead({ onNew, onGenerate, onImport }: ListHeadProps) {
  const fileInput = useRef<HTMLInputElement>(null)
  return (
    <div className={styles.head}>
      {/* Focus comes here when the screen is reached from the runner. */}
      <h1 id={LIST_HEAD_IDS.title} tabIndex={-1}>
        Circuits
      </h1>
      <div className={styles.actions}>
        <button type="button" onClick={onNew}>
          New circuit
        </button>
        <button type="button" id={LIST_HEAD_IDS.generate} onClick={onGenerate}>
          Generate
        </button>
        <button type="button" id={LIST_HEAD_IDS.import} onClick={() => fileInput.current?.click()}>
          Import
        </button>
      </div>
      <JsonFileInput ref={fileInput} onFile={onImport} />
    </div>
  )
}
