export interface ReactCommit {
  atMs: number
  rendered: string[]
}
export function installCommitProbe(): void
