export interface RawTab {
  targetId: string
  sessionId: string
  evaluate(expression: string): Promise<unknown>
  waitFor(expression: string, timeoutMs?: number): Promise<void>
  activate(): Promise<unknown>
  navigate(url: string): Promise<unknown>
}

export interface RawChromium {
  newTab(url: string): Promise<RawTab>
  close(): Promise<void>
}

export declare function launchRawChromium(options?: {
  executablePath?: string
  port?: number
}): Promise<RawChromium>
