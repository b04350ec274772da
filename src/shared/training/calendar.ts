/** Calendar weeks in local time, Monday first, as History and the programme count them. */

/** Local midnight of the Monday of the week holding `ms`. */
export function weekStart(ms: number): number {
  const d = new Date(ms)
  d.setHours(0, 0, 0, 0)
  const sinceMonday = (d.getDay() + 6) % 7
  d.setDate(d.getDate() - sinceMonday)
  return d.getTime()
}
