// Counts React's commits and the components each one rendered, through the hook React calls
// for its developer tools (`__REACT_DEVTOOLS_GLOBAL_HOOK__`). Installed before React loads: in
// a page by `page.addInitScript(installCommitProbe)`, in a unit test by calling it first.
// Development and production builds alike call the hook; names are readable in development.

/**
 * Installs the hook on `globalThis`. Each commit is pushed to `globalThis.__reactCommits` as
 * `{ atMs, rendered }`, `rendered` naming every component whose function ran (or mounted).
 * Must be self-contained: a page receives it as source text.
 */
export function installCommitProbe() {
  const commits = []
  globalThis.__reactCommits = commits
  // Function, class, forwardRef and simple memo components; a memo's wrapper (14) renders
  // nothing of its own.
  const COMPONENT_TAGS = new Set([0, 1, 11, 15])
  // React sets this flag on a component whose render ran in the current pass.
  const PERFORMED_WORK = 1
  const nameOf = (fiber) => {
    const t = fiber.type
    if (typeof t === 'function') return t.displayName || t.name || 'Anonymous'
    if (t && typeof t === 'object') {
      const inner = t.type || t.render
      return t.displayName || (inner && (inner.displayName || inner.name)) || 'Anonymous'
    }
    return 'Anonymous'
  }
  /** The components this commit rendered: those under a fiber whose children were redone. */
  const collect = (fiber, out) => {
    if (COMPONENT_TAGS.has(fiber.tag) && (!fiber.alternate || fiber.flags & PERFORMED_WORK))
      out.push(nameOf(fiber))
    // Children left as they were (a bailed-out subtree) are the very fibers of last commit.
    if (fiber.alternate && fiber.alternate.child === fiber.child) return
    for (let c = fiber.child; c; c = c.sibling) collect(c, out)
  }
  globalThis.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      const id = this.renderers.size + 1
      this.renderers.set(id, renderer)
      return id
    },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const rendered = []
      collect(root.current, rendered)
      commits.push({ atMs: performance.now(), rendered })
    },
  }
}
