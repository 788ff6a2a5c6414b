// Competency search for the competency pickers' combobox and the `#` reference popup: the server calls, and a
// Solid primitive that debounces typing and tracks the highlighted result and its place in the hierarchy.
import type { InferResponseType } from 'hono/client'
import { createEffect, createSignal, onCleanup } from 'solid-js'
import { client, data } from '../api'

export type CompetencyHit = InferResponseType<typeof client.competencies.$get, 200>['items'][number]
// What aligning to a competency needs of it (a search hit or a suggestion).
export type AlignTarget = Pick<CompetencyHit, 'id' | 'code' | 'statement'>

// Where competencies come from: pages pass the server-backed source, so components never fetch themselves.
export type CompetencySource = {
  search: (q: string) => Promise<CompetencyHit[]>
  // The framework title and the codes of the ancestors, root first, ending with the competency itself.
  path: (competency: CompetencyHit) => Promise<string[]>
}

// The source backed by GET /api/competencies; hierarchy paths are fetched once per competency.
export function serverCompetencySource(): CompetencySource {
  const paths = new Map<number, Promise<string[]>>()
  return {
    search: async (q) => (await data(client.competencies.$get({ query: { q, limit: '20' } }))).items,
    path: (competency) => {
      let path = paths.get(competency.id)
      if (!path) {
        path = data(client.competencies[':id'].$get({ param: { id: String(competency.id) } })).then((detail) => [
          detail.frameworkTitle,
          ...detail.ancestors.map((a) => `${a.code} ${a.statement}`),
          competency.code,
        ])
        path.catch(() => paths.delete(competency.id))
        paths.set(competency.id, path)
      }
      return path
    },
  }
}

const SEARCH_DELAY_MS = 150

// Searches as `query` changes (after a short pause), keeps one result highlighted, and loads its hierarchy path.
// At most `max` results are offered, so the list never needs its own scrollbar.
export function createCompetencySearch(source: () => CompetencySource, query: () => string | null, max: number) {
  const [results, setResults] = createSignal<CompetencyHit[]>([])
  const [active, setActive] = createSignal(0)
  const [searching, setSearching] = createSignal(false)
  const [failed, setFailed] = createSignal<string | null>(null)
  const [path, setPath] = createSignal<string[] | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined
  let asked = 0

  createEffect(() => {
    const q = query()
    clearTimeout(timer)
    if (q === null) return
    const ticket = ++asked
    setSearching(true)
    timer = setTimeout(() => {
      source()
        .search(q)
        .then((items) => {
          if (ticket !== asked) return
          setResults(items.slice(0, max))
          setActive(0)
          setFailed(null)
        })
        .catch((error: unknown) => ticket === asked && setFailed(error instanceof Error ? error.message : String(error)))
        .finally(() => ticket === asked && setSearching(false))
    }, SEARCH_DELAY_MS)
  })
  onCleanup(() => clearTimeout(timer))

  const activeHit = () => results()[active()]
  createEffect(() => {
    const hit = activeHit()
    setPath(null)
    if (!hit) return
    void source()
      .path(hit)
      .then((p) => activeHit()?.id === hit.id && setPath(p))
      .catch(() => undefined)
  })

  return {
    results,
    active,
    setActive,
    activeHit,
    searching,
    failed,
    path,
    // Moves the highlight by `delta` (wrapping), or to the first/last result.
    move(to: number | 'first' | 'last') {
      const n = results().length
      if (!n) return
      if (to === 'first') setActive(0)
      else if (to === 'last') setActive(n - 1)
      else setActive((active() + to + n) % n)
    },
  }
}
