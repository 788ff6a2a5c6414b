// The located problem list of a package: each problem names the JSON path of what is wrong ($.modules[3].code).
import type { PackageProblem } from '../../../shared/package/schema'

export type Path = readonly (string | number)[]

// $.modules[3].outcomes[0].content from ['modules', 3, 'outcomes', 0, 'content'].
export const jsonPath = (path: Path): string => `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`

export class PackageProblems {
  readonly list: PackageProblem[] = []
  error(path: Path, message: string): void {
    this.list.push({ severity: 'error', path: jsonPath(path), message })
  }
  warning(path: Path, message: string): void {
    this.list.push({ severity: 'warning', path: jsonPath(path), message })
  }
  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === 'error')
  }
}

// A loop in a directed graph of keys, as the keys around it (first repeated last); undefined when there is none.
export function findLoop(edges: ReadonlyMap<number, readonly number[]>): number[] | undefined {
  const state = new Map<number, 'open' | 'done'>()
  for (const start of edges.keys()) {
    if (state.has(start)) continue
    // An explicit stack, so a chain of 20,000 prerequisites cannot overflow the call stack.
    const stack: { key: number; next: number }[] = [{ key: start, next: 0 }]
    state.set(start, 'open')
    while (stack.length) {
      const top = stack[stack.length - 1]!
      const out = edges.get(top.key) ?? []
      if (top.next >= out.length) {
        state.set(top.key, 'done')
        stack.pop()
        continue
      }
      const to = out[top.next++]!
      if (state.get(to) === 'open') {
        const keys = stack.map((s) => s.key)
        return [...keys.slice(keys.indexOf(to)), to]
      }
      if (!state.has(to)) {
        state.set(to, 'open')
        stack.push({ key: to, next: 0 })
      }
    }
  }
  return undefined
}
