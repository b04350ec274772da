import { createContext, useContext, useEffect, type ReactNode } from 'react'

/** Whether the screen on show holds unsaved changes, so the shell asks before leaving it. */
export class LeaveGuard {
  private holders = 0
  hold(): () => void {
    this.holders++
    return () => {
      this.holders = Math.max(0, this.holders - 1)
    }
  }
  clear(): void {
    this.holders = 0
  }
  get blocking(): boolean {
    return this.holders > 0
  }
}

const LeaveGuardContext = createContext<LeaveGuard>(new LeaveGuard())

export function LeaveGuardProvider({
  guard,
  children,
}: {
  guard: LeaveGuard
  children: ReactNode
}) {
  return <LeaveGuardContext.Provider value={guard}>{children}</LeaveGuardContext.Provider>
}

/** While `dirty`, leaving through the app's navigation asks first. */
export function useLeaveGuard(dirty: boolean): void {
  const guard = useContext(LeaveGuardContext)
  useEffect(() => (dirty ? guard.hold() : undefined), [dirty, guard])
}
