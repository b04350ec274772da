import { useMemo } from 'react'
import { checkDraft, type Draft, type DraftCheck } from '@shared/circuits/draft'
import { draftPlannedMs } from '@shared/engine/draft-timeline'
import { compileTimeline, type Timeline } from '@shared/engine/timeline'

/** What `useDraftCheck` says of a draft. */
export interface DraftCheckResult {
  check: DraftCheck
  /** The first message of the format's rules for each field path ("rounds", "items[0].reps"). */
  errors: ReadonlyMap<string, string>
  /** The planned length in ms, or null while the numbers do not make a session. */
  planned: number | null
  /** The session's phases, once the draft is a valid circuit. */
  preview: Timeline | undefined
}

/** The draft judged live by the file format's rules, with its planned length and phases. */
export function useDraftCheck(draft: Draft): DraftCheckResult {
  const check = useMemo(() => checkDraft(draft), [draft])
  const planned = useMemo(() => draftPlannedMs(draft), [draft])
  const preview = useMemo(() => (check.ok ? compileTimeline(check.circuit) : undefined), [check])
  const errors = useMemo(() => {
    const map = new Map<string, string>()
    if (!check.ok) for (const p of check.problems) if (!map.has(p.path)) map.set(p.path, p.message)
    return map
  }, [check])
  return { check, errors, planned, preview }
}
