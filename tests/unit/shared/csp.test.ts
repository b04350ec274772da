import { describe, expect, it } from 'vitest'
import { metaCsp, pageCsp } from '@shared/csp'

describe('the pages’ content security policy', () => {
  it('allows only our own scripts and styles in a build', () => {
    expect(pageCsp()).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self';/)
    expect(pageCsp()).not.toMatch(/unsafe|\*|ws:/)
  })

  it('leaves frame-ancestors out of the meta tag, where browsers ignore it with an error', () => {
    expect(metaCsp()).not.toContain('frame-ancestors')
    expect(pageCsp()).toBe(`${metaCsp()}; frame-ancestors 'none'`)
  })

  it('lets the dev server’s injected styles, React Refresh and its socket through, in dev only', () => {
    const dev = metaCsp({ dev: true })
    expect(dev).toContain("style-src 'self' 'unsafe-inline'")
    expect(dev).toContain("script-src 'self' 'unsafe-inline'")
    expect(dev).toMatch(/connect-src [^;]*ws:/)
    expect(metaCsp()).not.toContain('unsafe-inline')
  })
})
