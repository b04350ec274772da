import base from '/work/main/playwright.config'
export default { ...base, use: { ...base.use, trace: { mode: 'on', snapshots: false, screenshots: false, sources: false } } }
