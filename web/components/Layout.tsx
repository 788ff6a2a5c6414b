// The frame of every page: skip link, site header with navigation, main landmark.
import { A, useLocation } from '@solidjs/router'
import { createEffect, on, type ParentProps } from 'solid-js'

export function Layout(props: ParentProps) {
  let main!: HTMLElement
  const location = useLocation()
  // After a client-side navigation the clicked link is gone; start keyboard and screen reader users at the new content.
  createEffect(on(() => location.pathname, () => main.focus(), { defer: true }))
  // The router would treat "#main" as a navigation; the skip link only needs to move focus.
  const skipToContent = (event: MouseEvent) => {
    event.preventDefault()
    main.focus()
  }
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToContent}>
        Skip to content
      </a>
      <header class="site-header">
        <A href="/" class="brand" aria-label="Rungs home">
          Rungs
        </A>
        <nav aria-label="Main">
          <ul>
            <li>
              <A href="/" end>
                Pathways
              </A>
            </li>
            <li>
              <A href="/frameworks">Frameworks</A>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabindex="-1" ref={main}>
        {props.children}
      </main>
    </>
  )
}
