// Occupation search for the occupation picker: the server call, and a Solid primitive that debounces typing and
// keeps one result highlighted.
import type { InferResponseType } from 'hono/client'
import { createEffect, createSignal, onCleanup } from 'solid-js'
import { client, data } from '../api'

export type OccupationHit = Pick<InferResponseType<typeof client.occupations.$get, 200>['items'][number], 'socCode' | 'title'>

// Occupations whose SOC code starts with the text or whose title holds all its words (GET /api/occupations).
export async function findOccupations(q: string, limit = 8): Promise<OccupationHit[]> {
  return (await data(client.occupations.$get({ query: { q, limit: String(limit) } }))).items
}

const SEARCH_DELAY_MS = 150

// Searches as `query` changes (after a short pause; a null query searches nothing), answering only the newest
// question, and tracks the highlighted result.
export function createOccupationSearch(search: (q: string) => Promise<OccupationHit[]>, query: () => string | null) {
  const [results, setResults] = createSignal<OccupationHit[]>([])
  const [active, setActive] = createSignal(0)
  const [searching, setSearching] = createSignal(false)
  const [failed, setFailed] = createSignal<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0

  createEffect(() => {
    const q = query()
    clearTimeout(timer)
    const ticket = ++asked
    if (q === null) return setSearching(false)
    setSearching(true)
    timer = setTimeout(() => {
      search(q)
        .then((items) => {
          if (ticket !== asked) return
          setResults(items)
          setActive(0)
          setFailed(null)
        })
        .catch((error: unknown) => ticket === asked && setFailed(error instanceof Error ? error.message : String(error)))
        .finally(() => ticket === asked && setSearching(false))
    }, SEARCH_DELAY_MS)
  })
  onCleanup(() => clearTimeout(timer))

  return {
    results,
    active,
    setActive,
    searching,
    failed,
    activeHit: () => results()[active()],
    // Moves the highlight by `delta`, wrapping round.
    move(delta: number) {
      const n = results().length
      if (n) setActive((active() + delta + n) % n)
    },
  }
}
