import type { RunstrongApi } from './api'

declare global {
  interface Window {
    runstrong?: RunstrongApi
  }
}
