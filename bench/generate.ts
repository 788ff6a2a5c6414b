// A seeded, synthetic statewide catalogue written straight into a migrated SQLite file with better-sqlite3
// (prepared statements, one transaction): frameworks with areas and items, modules at every level on one
// pathway, outcomes with planted near-duplicates, alignments, requirements, credentials and articulations.
import { randomUUID } from 'node:crypto'
import SQLite from 'better-sqlite3'
import * as XLSX from 'xlsx'
import { seededRandom as random } from '../shared/domain/seeded-random'

export const SIZES = { competencies: 50_000, modules: 20_000, alignments: 500_000, outcomes: 100_000 }
const FRAMEWORKS = 10 // the last two are basic skills
const AREAS_PER_FRAMEWORK = 100
const BASIC_LEVELS = ['A', 'B', 'C', 'D', 'E']
// Share of outcomes written as an edited copy of another module's outcome.
const PLANTED_SHARE = 0.05
// Every run generates the same catalogue.
export { random }
export const PATHWAY_SLUG = 'statewide-catalogue'
// Who the benches analyse the catalogue as. Its modules are approved but have no published version, so the
// public (a null viewer) sees none of them and would analyse an empty ladder; an admin sees all 20,000.
export const CATALOGUE_VIEWER = { id: 1, role: 'admin', organisationId: null } as const

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'vax', 'po', 'shi', 'dre', 'gan', 'bel', 'qui', 'zor', 'fet', 'nal', 'cro', 'tam', 'pex']
const VERBS = ['measure', 'inspect', 'assemble', 'program', 'calibrate', 'document', 'operate', 'troubleshoot', 'maintain', 'explain']

type Level = 'secondary' | 'adult' | 'postsecondary' | 'apprenticeship'
// Level of the n-th module and the stages it may sit at.
function levelOf(n: number): { level: Level; stages: [number, number] } {
  const share = n / SIZES.modules
  if (share < 0.2) return { level: 'secondary', stages: [1, 2] }
  if (share < 0.4) return { level: 'adult', stages: [1, 3] }
  if (share < 0.9) return { level: 'postsecondary', stages: [3, 6] }
  return { level: 'apprenticeship', stages: [5, 8] }
}

// Writes the catalogue into `file` (already migrated) and returns what it planted, for recall checks.
export function generateCatalogue(file: string, seed = 20261123): { plantedOutcomeIds: number[] } {
  const next = random(seed)
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(list: readonly T[]) => list[int(list.length)]!
  const words: string[] = []
  while (words.length < 6000) words.push(Array.from({ length: 2 + int(3) }, () => pick(SYLLABLES)).join(''))
  const stamp = new Date().toISOString()
  const doc = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
  const db = new SQLite(file)
  db.pragma('journal_mode = WAL')
  const insert = (sql: string) => db.prepare(sql)
  const plantedOutcomeIds: number[] = []

  db.transaction(() => {
    const framework = insert('insert into frameworks (id, uuid, title, kind, created_at, updated_at) values (?, ?, ?, ?, ?, ?)')
    const competency = insert(
      'insert into competencies (id, uuid, framework_id, parent_id, code, statement, kind, level, position, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    const perFramework = SIZES.competencies / FRAMEWORKS
    const leavesPerArea = perFramework / AREAS_PER_FRAMEWORK - 1
    const occupationalLeaves: number[] = []
    const basicLeaves: number[] = []
    let id = 0
    for (let f = 1; f <= FRAMEWORKS; f++) {
      const basic = f > FRAMEWORKS - 2
      framework.run(f, randomUUID(), `${basic ? 'Basic skills' : 'Occupational standard'} ${f}`, basic ? 'basic_skills' : 'occupational', stamp, stamp)
      for (let a = 0; a < AREAS_PER_FRAMEWORK; a++) {
        const area = ++id
        competency.run(area, randomUUID(), f, null, `F${f}-${a}`, `Area ${a} of framework ${f}`, 'area', null, a, stamp, stamp)
        for (let l = 0; l < leavesPerArea; l++) {
          const level = basic ? BASIC_LEVELS[l % BASIC_LEVELS.length]! : null
          competency.run(++id, randomUUID(), f, area, `F${f}-${a}.${l}`, `${pick(VERBS)} ${words.slice(l % 500, (l % 500) + 6).join(' ')}`, 'competency', level, l, stamp, stamp)
          ;(basic ? basicLeaves : occupationalLeaves).push(id)
        }
      }
    }
    const link = insert("insert into competency_links (from_id, to_id, relation, min_level) values (?, ?, 'requires', ?)")
    const linked = new Set<string>()
    while (linked.size < 5000) {
      const from = pick(occupationalLeaves)
      const to = pick(basicLeaves)
      if (linked.has(`${from}:${to}`)) continue
      linked.add(`${from}:${to}`)
      link.run(from, to, pick(BASIC_LEVELS))
    }

    insert("insert into pathways (id, uuid, slug, title, sector, created_at, updated_at) values (1, ?, ?, 'Statewide catalogue', 'All', ?, ?)").run(
      randomUUID(),
      PATHWAY_SLUG,
      stamp,
      stamp,
    )
    const pathwayFramework = insert('insert into pathway_frameworks (pathway_id, framework_id) values (1, ?)')
    for (let f = 1; f <= FRAMEWORKS; f++) pathwayFramework.run(f)

    const module = insert(
      "insert into modules (id, uuid, code, title, level, kind, description, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'approved', ?, ?)",
    )
    const placement = insert('insert into pathway_modules (pathway_id, module_id, stage, position, is_entry, is_exit) values (1, ?, ?, ?, ?, ?)')
    const levels: Level[] = []
    const stages: number[] = []
    for (let m = 1; m <= SIZES.modules; m++) {
      const { level, stages: [low, high] } = levelOf(m - 1)
      const kind = level === 'adult' && m % 4 === 0 ? 'bridge' : level === 'adult' && m % 4 === 1 ? 'integrated' : 'occupational'
      const stage = low + int(high - low + 1)
      levels.push(level)
      stages.push(stage)
      module.run(m, randomUUID(), `M-${m}`, `Module ${m} ${pick(words)}`, level, kind, doc(''), stamp, stamp)
      placement.run(m, stage, m, level === 'adult' && stage === 1 ? 1 : 0, stage === 8 ? 1 : 0)
    }

    const outcome = insert('insert into outcomes (id, uuid, module_id, position, content, text) values (?, ?, ?, ?, ?, ?)')
    const texts: string[][] = []
    const perModule = SIZES.outcomes / SIZES.modules
    for (let o = 1; o <= SIZES.outcomes; o++) {
      const moduleId = Math.ceil(o / perModule)
      let text: string[]
      if (o > 1000 && next() < PLANTED_SHARE) {
        // An edited copy (0 to 3 word edits) of an outcome of a module at another level.
        text = [...pick(texts)]
        for (let e = int(4); e > 0; e--) text[int(text.length)] = pick(words)
        plantedOutcomeIds.push(o)
      } else text = [pick(VERBS), ...Array.from({ length: 8 + int(10) }, () => pick(words))]
      texts.push(text)
      const written = `${text.join(' ')}.`
      outcome.run(o, randomUUID(), moduleId, (o - 1) % perModule, doc(written), written)
    }

    const alignment = insert('insert into alignments (module_id, outcome_id, competency_id, depth, assessed) values (?, ?, ?, ?, ?)')
    const perModuleAlignments = SIZES.alignments / SIZES.modules
    for (let m = 1; m <= SIZES.modules; m++) {
      const basicModule = levels[m - 1] === 'adult' && m % 4 < 2
      for (let k = 0; k < perModuleAlignments; k++) {
        const outcomeId = k < perModule * 3 ? (m - 1) * perModule + 1 + (k % perModule) : null
        const target = basicModule && k % 3 === 0 ? pick(basicLeaves) : pick(occupationalLeaves)
        const r = next()
        alignment.run(m, outcomeId, target, r < 0.4 ? 'I' : r < 0.8 ? 'R' : 'M', r < 0.3 ? 1 : 0)
      }
    }

    const prerequisite = insert('insert or ignore into module_prerequisites (module_id, prerequisite_id) values (?, ?)')
    for (let p = 0; p < 10_000; p++) {
      const m = 1 + int(SIZES.modules)
      const q = 1 + int(SIZES.modules)
      if (m !== q && (stages[q - 1]! <= stages[m - 1]! || next() < 0.01)) prerequisite.run(m, q)
    }

    const credential = insert("insert into credentials (id, uuid, title, kind, created_at, updated_at) values (?, ?, ?, 'certificate', ?, ?)")
    const leadsTo = insert('insert into module_credentials (module_id, credential_id) values (?, ?)')
    const stacks = insert('insert into credential_stacks (from_id, to_id) values (?, ?)')
    const credentials = 5000
    for (let c = 1; c <= credentials; c++) credential.run(c, randomUUID(), `Certificate ${c}`, stamp, stamp)
    for (let c = 1; c + 1000 <= credentials; c++) stacks.run(c, c + 1000)
    for (let m = 1; m <= SIZES.modules; m++) if (m % 20 !== 0) leadsTo.run(m, 1 + (m % credentials))

    const articulation = insert(
      "insert into articulations (from_module_id, to_module_id, credits, kind, created_at, updated_at) values (?, ?, 3, 'articulated_credit', ?, ?)",
    )
    for (let a = 0; a < 2000; a++) articulation.run(1 + int(SIZES.modules * 0.4), 1 + int(SIZES.modules), stamp, stamp)
  })()
  db.close()
  return { plantedOutcomeIds }
}

// The floor an analysis is measured against: better-sqlite3 reading every alignment of the catalogue (the
// biggest table an analysis reads), three columns, in one pass; the rows read.
export function bareScan(file: string): number {
  const db = new SQLite(file, { readonly: true })
  let rows = 0
  for (const _row of db.prepare('select module_id, competency_id, depth from alignments').iterate()) rows++
  db.close()
  return rows
}

// A spreadsheet of `rows` competencies under 1,000 areas, with a header row (the import benches' file).
export function importWorkbook(rows: number): Buffer {
  const areas = 1_000
  const grid: string[][] = [['Code', 'Statement', 'Parent code', 'Kind', 'Level']]
  for (let a = 0; a < areas; a++) grid.push([`A${a}`, `Area ${a} of the statewide standard`, '', 'area', ''])
  for (let i = 0; grid.length <= rows; i++) {
    grid.push([`A${i % areas}.${Math.floor(i / areas)}`, `Perform task ${i} to the tolerance the drawing gives`, `A${i % areas}`, 'competency', 'postsecondary'])
  }
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), 'Standards')
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
}

// The words of generated competency statements: a trade vocabulary, so searches read like real ones.
export const SEARCH_WORDS = ['measure', 'inspect', 'assemble', 'program', 'calibrate', 'document', 'operate', 'troubleshoot', 'maintain',
  'explain', 'weld', 'blueprint', 'tolerance', 'micrometer', 'lathe', 'spindle', 'fixture', 'torque', 'hydraulic', 'safety', 'quality',
  'sensor', 'circuit', 'conveyor', 'robot', 'coolant', 'gauge', 'drawing', 'surface', 'finish', 'thread', 'bearing', 'valve', 'pump',
  'motor', 'bracket', 'casting', 'fastener', 'inventory', 'schedule']

// Writes `count` competencies into `file` (already migrated), in frameworks of 1,000 (100 areas of 9 each plus
// the area), with codes like F12-3.4 and statements of six trade words and a syllable word.
export function generateCompetencies(file: string, count: number, seed = 20261209): void {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const stamp = new Date().toISOString()
  const db = new SQLite(file)
  db.pragma('journal_mode = WAL')
  const framework = db.prepare("insert into frameworks (uuid, title, kind, created_at, updated_at) values (?, ?, 'occupational', ?, ?)")
  const competency = db.prepare(
    'insert into competencies (uuid, framework_id, parent_id, code, statement, kind, position, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  db.transaction(() => {
    for (let f = 1; f * 1000 <= count; f++) {
      const frameworkId = Number(framework.run(randomUUID(), `Occupational standard ${f}`, stamp, stamp).lastInsertRowid)
      for (let a = 0; a < 100; a++) {
        const area = Number(competency.run(randomUUID(), frameworkId, null, `F${f}-${a}`, `Area ${a}: ${pick(SEARCH_WORDS)} and ${pick(SEARCH_WORDS)}`, 'area', a, stamp, stamp).lastInsertRowid)
        for (let l = 0; l < 9; l++) {
          const words = Array.from({ length: 6 }, () => pick(SEARCH_WORDS)).join(' ')
          competency.run(randomUUID(), frameworkId, area, `F${f}-${a}.${l}`, `${words} ${pick(SYLLABLES)}${pick(SYLLABLES)}`, 'competency', l, stamp, stamp)
        }
      }
    }
  })()
  db.close()
}
