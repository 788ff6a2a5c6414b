// Crosswalk quality (issue 19 item 4): for every two frameworks of a fixture that hold equivalent or related links
// between their items, the crosswalk is proposed as the API proposes it (same ranker, same choice of pairs and
// relation) with none of those links known, and compared with them: precision (share of proposed pairs that a
// link holds), recall (share of links proposed) and, among the pairs found, how often the proposed relation is the
// linked one. `npm run bench` and `npm run bench:crosswalks` print them; another bench may print
// crosswalkQualityLines() beside its own figures. A fixture holding links between frameworks joins CROSSWALK_FIXTURES.
import { pathToFileURL } from 'node:url'
import { assessableItems } from '../shared/domain/crosswalk/coverage'
import { proposeCrosswalk } from '../shared/domain/crosswalk/proposals'
import { rankerOf } from '../server/services/crosswalks/read'
import { apprenticeLinks, apprenticeStandard } from '../fixtures/crosswalk/machining-apprentice-standard'
import { demo } from '../fixtures/demo'
import type { DemoCompetency, DemoFramework, DemoLink } from '../fixtures/demo/types'

// Frameworks and the links between their items, as a fixture holds them (by code).
export type CrosswalkFixture = { name: string; frameworks: readonly DemoFramework[]; links: readonly DemoLink[] }

type Row = { id: number; code: string; statement: string; parentId: number | null; status: string; retiredAt: null; framework: string }

function rowsOf(frameworks: readonly DemoFramework[]): Row[] {
  const rows: Row[] = []
  const walk = (framework: string, items: readonly DemoCompetency[], parentId: number | null) => {
    for (const item of items) {
      const id = rows.length + 1
      rows.push({ id, code: item.code, statement: item.statement, parentId, status: 'active', retiredAt: null, framework })
      walk(framework, item.children ?? [], id)
    }
  }
  for (const f of frameworks) walk(f.key, f.competencies, null)
  return rows
}

export type CrosswalkQuality = { fixture: string; from: string; to: string; links: number; proposed: number; found: number; relationAgreed: number }

// The quality of the crosswalk between each two frameworks of the fixture that links join.
export function crosswalkQuality(fixture: CrosswalkFixture): CrosswalkQuality[] {
  const rows = rowsOf(fixture.frameworks)
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const gold = fixture.links.filter((l) => l.relation === 'equivalent' || l.relation === 'related').flatMap((l) => {
    const [a, b] = [byCode.get(l.from), byCode.get(l.to)]
    return a && b && a.framework !== b.framework ? [{ from: a, to: b, relation: l.relation }] : []
  })
  const pairs = new Set(gold.map((g) => `${g.from.framework}→${g.to.framework}`))
  return [...pairs].map((pair) => {
    const [fromKey, toKey] = pair.split('→') as [string, string]
    const links = gold.filter((g) => g.from.framework === fromKey && g.to.framework === toKey)
    const fromRows = rows.filter((r) => r.framework === fromKey)
    const toRows = rows.filter((r) => r.framework === toKey)
    const [fromItems, toItems] = [assessableItems(fromRows), assessableItems(toRows)]
    const proposals = proposeCrosswalk({ from: fromItems, to: toItems, rankTo: rankerOf(toRows, toItems), rankFrom: rankerOf(fromRows, fromItems), skip: () => false })
    const wanted = new Map(links.map((g) => [`${g.from.id}:${g.to.id}`, g.relation]))
    const hits = proposals.filter((p) => wanted.has(`${p.fromId}:${p.toId}`))
    const title = (key: string) => fixture.frameworks.find((f) => f.key === key)!.title
    return {
      fixture: fixture.name,
      from: title(fromKey),
      to: title(toKey),
      links: links.length,
      proposed: proposals.length,
      found: hits.length,
      relationAgreed: hits.filter((p) => wanted.get(`${p.fromId}:${p.toId}`) === p.relation).length,
    }
  })
}

const share = (part: number, whole: number) => (whole === 0 ? 'n/a' : (part / whole).toFixed(2))

// The fixtures measured: the demo (its frameworks' own links) and the apprentice task list crosswalked to the
// demo's framework. A second pathway's fixture joins this list when it holds links between frameworks.
export const CROSSWALK_FIXTURES: readonly CrosswalkFixture[] = [
  { name: 'demo', frameworks: demo.frameworks, links: demo.links },
  { name: 'apprentice list × demo', frameworks: [apprenticeStandard, ...demo.frameworks], links: apprenticeLinks },
]

// One printed line per measured crosswalk (or per fixture with nothing to measure).
export function crosswalkQualityLines(fixtures: readonly CrosswalkFixture[] = CROSSWALK_FIXTURES): string[] {
  return fixtures.flatMap((fixture) => {
    const results = crosswalkQuality(fixture)
    if (!results.length) return [`crosswalk ${fixture.name}: no equivalent or related links between its frameworks, nothing to measure`]
    return results.map(
      (r) =>
        `crosswalk ${r.fixture} (${r.from} → ${r.to}): ${r.links} links, ${r.proposed} pairs proposed, ${r.found} found; ` +
        `precision ${share(r.found, r.proposed)}, recall ${share(r.found, r.links)}, relation agreed on ${share(r.relationAgreed, r.found)} of those found`,
    )
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of crosswalkQualityLines()) console.log(line)
}
