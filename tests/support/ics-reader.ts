/**
 * A small iCalendar (RFC 5545) reader for tests: unfolds lines, splits components, and reads
 * each property's parameters and text back, so a test checks what a calendar would read
 * rather than the writer's exact spelling.
 */

export interface IcsProperty {
  params: Record<string, string>
  value: string
}

export interface IcsComponent {
  type: string
  props: Map<string, IcsProperty[]>
  children: IcsComponent[]
}

/** A text value with its escapes undone (\\n, \\, \\; \\\\). */
function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
}

/** Reads a whole calendar file; throws on a component left open or closed twice. */
export function readIcs(text: string): IcsComponent {
  if (!text.includes('\r\n')) throw new Error('lines must end in CRLF')
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
  const root: IcsComponent = { type: 'ROOT', props: new Map(), children: [] }
  const stack = [root]
  for (const line of lines) {
    const colon = line.indexOf(':')
    if (colon < 0) throw new Error(`not a content line: ${line}`)
    const [name, ...params] = line.slice(0, colon).split(';')
    const value = line.slice(colon + 1)
    const top = stack[stack.length - 1]!
    if (name === 'BEGIN') {
      const c: IcsComponent = { type: value, props: new Map(), children: [] }
      top.children.push(c)
      stack.push(c)
    } else if (name === 'END') {
      if (top.type !== value) throw new Error(`END:${value} closes ${top.type}`)
      stack.pop()
    } else {
      const list = top.props.get(name!) ?? []
      list.push({
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value,
      })
      top.props.set(name!, list)
    }
  }
  if (stack.length !== 1) throw new Error('a component was left open')
  const [cal] = root.children
  if (root.children.length !== 1 || cal?.type !== 'VCALENDAR') throw new Error('no VCALENDAR')
  return cal
}

/** A property's value (text escapes undone); undefined when absent. */
export function prop(c: IcsComponent, name: string): string | undefined {
  const v = c.props.get(name)?.[0]?.value
  return v === undefined ? undefined : unescapeText(v)
}

/** Every VEVENT of a calendar. */
export function eventsOf(cal: IcsComponent): IcsComponent[] {
  return cal.children.filter((c) => c.type === 'VEVENT')
}

/** A DTSTART such as 20260304T180000 (floating local time) as its parts. */
export function localDateTime(v: string): { date: Date; floating: boolean } {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/.exec(v)
  if (!m) throw new Error(`not a date-time: ${v}`)
  const [, y, mo, d, h, mi, s, z] = m
  return {
    date: new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)),
    floating: z === '',
  }
}

/** A duration such as PT25M or PT1H5M, in minutes. */
export function durationMinutes(v: string): number {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(v)
  if (!m) throw new Error(`not a duration: ${v}`)
  // A part left out is absent from the match, whatever the array's type says.
  const [w, d, h, mi, s] = m.slice(1).map((x: string | undefined) => Number(x ?? 0))
  return w! * 7 * 24 * 60 + d! * 24 * 60 + h! * 60 + mi! + s! / 60
}
