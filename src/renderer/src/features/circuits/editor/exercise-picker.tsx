import { useId, useState } from 'react'
import {
  BENEFIT_LABELS,
  canDoWith,
  describeEquipment,
  describePrescription,
  EXERCISES,
  type Benefit,
  type Equipment,
} from '@shared/circuits/exercises'
import { EQUIPMENT_GROUPS } from '@shared/training/generator'
import styles from './exercise-picker.module.css'

const MUSCLES = [...new Set(EXERCISES.flatMap((e) => e.muscles.map((m) => m.toLowerCase())))].sort()
/** What "At hand" can hold: null for any kit; the kits are the generator's. */
const KITS: Record<string, readonly Equipment[] | null> = {
  'Any equipment': null,
  'No equipment': [],
  'Basic kit': EQUIPMENT_GROUPS.basic,
  'Basic kit and extras': [...EQUIPMENT_GROUPS.basic, ...EQUIPMENT_GROUPS.extras],
}

/** The article's exercises to pick from: search, filters, and each one's facts and cues. */
export function ExercisePicker({
  onPick,
  onClose,
}: {
  onPick: (id: string) => void
  onClose: () => void
}) {
  const id = useId()
  const [query, setQuery] = useState('')
  const [muscle, setMuscle] = useState('')
  const [kit, setKit] = useState('Any equipment')
  const [benefit, setBenefit] = useState<Benefit | ''>('')
  const [open, setOpen] = useState<string>()

  const q = query.trim().toLowerCase()
  const atHand = KITS[kit] ?? null
  const matches = EXERCISES.filter(
    (e) =>
      (!q || e.name.toLowerCase().includes(q)) &&
      (!muscle || e.muscles.some((m) => m.toLowerCase() === muscle)) &&
      (!atHand || canDoWith(e, new Set(atHand))) &&
      (!benefit || e.benefitTags.includes(benefit)),
  )

  return (
    <section className={styles.picker} aria-label="Pick an exercise">
      <div className={styles.filters}>
        <label className="text-field">
          <span>Search exercises</span>
          <input
            type="search"
            value={query}
            autoFocus
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
        </label>
        <label className="num-field">
          <span>Muscle</span>
          <select value={muscle} onChange={(e) => setMuscle(e.currentTarget.value)}>
            <option value="">Any muscle</option>
            {MUSCLES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label className="num-field">
          <span>At hand</span>
          <select value={kit} onChange={(e) => setKit(e.currentTarget.value)}>
            {Object.keys(KITS).map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="num-field">
          <span>Benefit</span>
          <select
            value={benefit}
            onChange={(e) => setBenefit(e.currentTarget.value as Benefit | '')}
          >
            <option value="">Any benefit</option>
            {(Object.keys(BENEFIT_LABELS) as Benefit[]).map((b) => (
              <option key={b} value={b}>
                {BENEFIT_LABELS[b]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted" aria-live="polite">
        {matches.length} of {EXERCISES.length} exercises
      </p>
      <ul className={styles.list}>
        {matches.map((e) => (
          <li key={e.id} className={styles.item}>
            <div className={styles.row}>
              <button type="button" id={`${id}-${e.id}`} onClick={() => onPick(e.id)}>
                {e.name}
              </button>
              <button
                type="button"
                className="link"
                aria-expanded={open === e.id}
                aria-describedby={`${id}-${e.id}`}
                onClick={() => setOpen(open === e.id ? undefined : e.id)}
              >
                Details
              </button>
            </div>
            {open === e.id && (
              <dl className={styles.exerciseFacts}>
                <dt>Article’s prescription</dt>
                <dd>{describePrescription(e.prescription)}</dd>
                <dt>Muscles</dt>
                <dd>{e.muscles.join(', ')}</dd>
                <dt>Equipment</dt>
                <dd>{describeEquipment(e.equipment, 'None')}</dd>
                <dt>Benefits</dt>
                <dd>{e.benefits.join(' · ')}</dd>
                <dt>Challenge</dt>
                <dd>{e.challenge.text}</dd>
                <dt>Cues</dt>
                <dd>
                  <ol>
                    {e.cues.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ol>
                </dd>
              </dl>
            )}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </section>
  )
}
