// The phone and TV page of Runstrong Remote: a small entry of its own (remote.html).
import '@renderer/styles/tokens.css'
import '@renderer/styles/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RemoteApp } from './remote-app'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <RemoteApp />
  </StrictMode>,
)
