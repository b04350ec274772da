import { useEffect } from 'react'
import type { HistoryEntry } from '@shared/training/history'
import type { WeekPlan } from '@shared/training/planner'
import { programmeCircuitName } from '@shared/training/planner'
import type { Platform } from '@renderer/platform/platform'
import { routeHref, type Route } from './use-hash-route'

/**
 * Screens asked for from outside the page: a clicked reminder opens the Circuits screen, the
 * tray today's session (`#/today`). Today's session, once the plan and history are in, is
 * the programme's week where one is under way, else the circuit chosen for strength days,
 * opened with its Start; else the Circuits screen.
 */
export function useNavigationRequests(
  platform: Platform,
  route: Route,
  plan: WeekPlan | undefined,
  history: readonly HistoryEntry[] | undefined,
  go: (route: Route, replace?: boolean) => void,
): void {
  useEffect(
    () =>
      platform.onNavigate((screen) => {
        window.location.hash = routeHref({ name: screen })
      }),
    [platform],
  )
  useEffect(() => {
    if (route.name !== 'today' || !plan || history === undefined) return
    if (programmeCircuitName(plan, history, Date.now())) go({ name: 'week' }, true)
    else go({ name: 'circuits', ...(plan.circuitId ? { id: plan.circuitId } : {}) }, true)
  }, [route.name, plan, history, go])
}
