// npm run bench:package (and part of npm run bench): a statewide pathway package (bench/generate.ts: 20,000
// modules, 100,000 outcomes, 500,000 alignments) exported, then imported again as a new pathway of new modules
// (every uuid and code renamed, so each row is created), against a bare JSON.parse + JSON.stringify of the same
// document. In-process over a SQLite file, as the system; the aim is within 5x of the bare JSON work.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { connect } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { writerView } from '../server/services/access'
import { urisFor } from '../server/services/export-case/shapes'
import { exportPathwayPackage } from '../server/services/package/export'
import { commitPackage } from '../server/services/package/index'
import type { RungsPackage } from '../shared/package/schema'
import { generateCatalogue, PATHWAY_SLUG } from './generate'
import { fmt, machine } from './server'

const AIM = 5

const timed = async <T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> => {
  const start = performance.now()
  const value = await work()
  return { ms: performance.now() - start, value }
}

// The same pathway as a new one: new uuids and codes everywhere, so the import creates every row.
function renamed(pkg: RungsPackage): RungsPackage {
  const text = JSON.stringify(pkg)
  const uuids = new Map<string, string>()
  const fresh = text.replace(/"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/g, (match, uuid: string) => {
    // Frameworks and competencies stay: the new pathway aligns to the same ones.
    if (pkg.frameworks?.some((f) => f.identifier === uuid)) return match
    if (!uuids.has(uuid)) uuids.set(uuid, randomUUID())
    return `"${uuids.get(uuid)}"`
  })
  const copy = JSON.parse(fresh) as RungsPackage
  const competencies = new Set(pkg.modules?.flatMap((m) => [...(m.alignments ?? []), ...(m.outcomes ?? []).flatMap((o) => o.alignments ?? [])].map((a) => a.competency)))
  // Competency identifiers were renamed above with every other uuid: put them back.
  const back = new Map([...uuids].filter(([from]) => competencies.has(from)).map(([from, to]) => [to, from]))
  for (const m of copy.modules ?? []) for (const a of [...(m.alignments ?? []), ...(m.outcomes ?? []).flatMap((o) => o.alignments ?? [])]) a.competency = back.get(a.competency) ?? a.competency
  // The generator plants a few alignments of one competency twice in one list, which the module editor refuses too.
  const once = <T extends { competency: string }>(list: T[] | undefined) => list?.filter((a, i) => list.findIndex((b) => b.competency === a.competency) === i)
  for (const m of copy.modules ?? []) {
    m.alignments = once(m.alignments)
    for (const o of m.outcomes ?? []) o.alignments = once(o.alignments)
  }
  const code = (c: string) => `N${c}`.slice(0, 40)
  for (const m of copy.modules ?? []) {
    m.code = code(m.code)
    m.prerequisites = m.prerequisites?.map(code)
    m.prepares = m.prepares?.map(code)
  }
  for (const s of copy.pathway.stages ?? []) for (const p of s.modules) p.module = code(p.module)
  for (const a of copy.articulations ?? []) {
    a.toModule = code(a.toModule)
    if (a.fromModule) a.fromModule = code(a.fromModule)
  }
  copy.pathway.slug = `${pkg.pathway.slug}-copy`
  return copy
}

async function main() {
  console.log(machine())
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-package-'))
  const file = join(folder, 'statewide.db')
  try {
    const setup = connect({ dialect: 'sqlite', file })
    await migrateToLatest(setup)
    await setup.destroy()
    generateCatalogue(file)
    const db = connect({ dialect: 'sqlite', file })
    const exported = await timed(() => exportPathwayPackage(db, writerView(null), PATHWAY_SLUG, { uris: urisFor(null) }))
    const pkg = exported.value
    const serialise = await timed(() => JSON.stringify(pkg))
    const text = serialise.value
    const bareJson = await timed(() => JSON.stringify(JSON.parse(text)))
    const copy = renamed(pkg)
    const imported = await timed(() => db.transaction().execute((trx) => commitPackage(trx, null, JSON.parse(JSON.stringify(copy)))))
    const counts = imported.value.modules
    const outcomes = pkg.modules?.reduce((n, m) => n + (m.outcomes?.length ?? 0), 0) ?? 0
    console.log(`Statewide package: ${pkg.modules?.length} modules, ${outcomes} outcomes, ${(text.length / 1024 / 1024).toFixed(1)} MB of JSON`)
    console.log(`  bare JSON.parse + JSON.stringify: ${fmt(bareJson.ms)}`)
    console.log(`  export (read + build) ${fmt(exported.ms)} + stringify ${fmt(serialise.ms)} = ${((exported.ms + serialise.ms) / bareJson.ms).toFixed(1)}x`)
    console.log(`  import as a new pathway (${counts.create} modules created, one transaction): ${fmt(imported.ms)} = ${(imported.ms / bareJson.ms).toFixed(1)}x`)
    const worst = Math.max((exported.ms + serialise.ms) / bareJson.ms, imported.ms / bareJson.ms)
    console.log(`  aim: within ${AIM}x of the bare JSON work: ${worst <= AIM ? 'met' : 'NOT met'}`)
    await db.destroy()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
