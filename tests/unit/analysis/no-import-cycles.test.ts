// A pathway's data flows one way through the analysis service (load → index → rules → report), and the
// worker is a transport nothing imports: no file of server/services/analysis may reach itself through its
// imports, type-only imports included (they tie the files together as much for a reader). The graph is read
// from the sources of server/ and shared/, so a cycle through a file elsewhere counts too.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const ANALYSIS = join(ROOT, 'server/services/analysis')

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

// The relative imports (and re-exports) of a file, resolved to files.
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gms)].map((m) => m[1]!)
  return specifiers.map((s) => {
    const path = resolve(dirname(file), s)
    return path.endsWith('.ts') ? path : `${path}.ts`
  })
}

// Every cycle through the given files, each as the list of files around it (the first repeated at the end).
function cyclesThrough(starts: readonly string[], graph: ReadonlyMap<string, string[]>): string[][] {
  const cycles: string[][] = []
  const done = new Set<string>()
  const path: string[] = []
  const onPath = new Set<string>()
  const visit = (file: string) => {
    if (onPath.has(file)) {
      cycles.push([...path.slice(path.indexOf(file)), file])
      return
    }
    if (done.has(file)) return
    onPath.add(file)
    path.push(file)
    for (const next of graph.get(file) ?? []) visit(next)
    path.pop()
    onPath.delete(file)
    done.add(file)
  }
  for (const start of starts) visit(start)
  return cycles
}

describe('the analysis service', () => {
  const files = [...sources(join(ROOT, 'server')), ...sources(join(ROOT, 'shared'))]
  const graph = new Map(files.map((f) => [f, importsOf(f)]))
  const analysis = files.filter((f) => f.startsWith(`${ANALYSIS}/`))
  const name = (f: string) => relative(ROOT, f)

  it('reads the imports it checks', () => {
    expect(analysis.length).toBeGreaterThan(10)
    expect(graph.get(join(ANALYSIS, 'pipeline.ts'))).toContain(join(ANALYSIS, 'load.ts'))
    expect(importsOf(join(ANALYSIS, 'run.ts'))).toContain(join(ANALYSIS, 'jobs.ts'))
  })

  it('has no import cycle', () => {
    expect(cyclesThrough(analysis, graph).map((cycle) => cycle.map(name).join(' → '))).toEqual([])
  })

  it('finds a cycle when there is one', () => {
    const a = join(ANALYSIS, 'a.ts')
    const b = join(ANALYSIS, 'b.ts')
    expect(cyclesThrough([a], new Map([[a, [b]], [b, [a]]]))).toEqual([[a, b, a]])
  })

  it('keeps the worker a transport: no file imports it, and it imports only the job contract, the pipeline and the garbage collector', () => {
    const worker = join(ANALYSIS, 'worker.ts')
    expect(files.filter((f) => graph.get(f)!.includes(worker)).map(name)).toEqual([])
    expect(graph.get(worker)!.filter((f) => f.startsWith(ANALYSIS)).map(name).sort()).toEqual(
      ['server/services/analysis/collect-garbage.ts', 'server/services/analysis/jobs.ts', 'server/services/analysis/pipeline.ts'],
    )
  })
})
