// Sets the document title for the page that renders it, so each route is announced by name.
import { createEffect } from 'solid-js'

export function Title(props: { children: string }) {
  createEffect(() => {
    document.title = `${props.children} · Rungs`
  })
  return null
}
