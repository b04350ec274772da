// The phone and TV page of Runstrong Remote: a small entry of its own (remote.html).
import '@renderer/app/tokens.css'
import '@renderer/app/base.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RemoteApp } from './remote-app'

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <RemoteApp />
  </StrictMode>,
)
