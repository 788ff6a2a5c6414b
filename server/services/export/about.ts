// What an export says about itself: which pathway, when, with which filters, and what each finding kind means
// (DESIGN §3 in plain words), so a spreadsheet passed around a partnership still explains itself.
import { DEFAULT_SIMILARITY } from '../../../shared/domain/analysis/similarity/find-similar'
import { FINDING_KIND_LABELS } from '../../../shared/domain/analysis/labels'
import { FINDING_KINDS, type FindingKind } from '../../../shared/domain/analysis/types'
import { DEPTH_LABELS, DEPTHS } from '../../../shared/domain/vocabulary'
import type { ExportQuery } from '../../../shared/schemas/analysis'
import type { LevelCoverage, Matrix } from '../analysis/build-matrix'
import type { Cell } from './csv'

const SIMILAR = `${Math.round(DEFAULT_SIMILARITY.threshold * 100)}%`

// One plain definition per finding kind. "Competency" means an assessable item: one with no children.
const KIND_DEFINITIONS: Record<FindingKind, string> = {
  uncovered:
    "A competency of the pathway's frameworks that no module of the pathway aligns to (a basic skill: no bridge or " +
    'integrated module). Critical when employers rated it essential.',
  never_mastered: 'A competency aligned only at I (introduced) or R (reinforced), never at M (mastered), anywhere in the pathway.',
  out_of_order: 'A competency mastered at an earlier stage than it is first introduced, or a module whose prerequisite sits at a later stage.',
  duplicated_across_levels:
    'A competency mastered in two modules (at two levels, or twice at one) with no articulation between them, so students repeat it.',
  near_duplicate_outcomes:
    `Learning outcomes of modules at different levels whose texts are nearly the same (at least ${SIMILAR} of their word ` +
    'pairs shared, after ignoring case, punctuation, common words and word endings), with no articulation between the modules.',
  bridge_gap: "A basic skill that an entry module's competencies require, at a level that no bridge or integrated module of the pathway reaches.",
  no_credential: 'A module that leads to no credential: a student who stops after it has nothing to show for it.',
  dead_end_credential: 'A credential earned in the pathway that stacks into no other credential and is not the top of the pathway.',
  not_needed_but_taught: 'A competency mastered in a module although most employers rated it not needed (needs employer validation).',
  no_adult_entry:
    'The pathway has no bridge or integrated module (marked as an entry point or not) and no adult-level module marked as an ' +
    'entry point, so it does not serve adults regardless of their skill level at entry.',
  below_family_wage:
    "An exit at the top of the pathway whose best-paid named job has a median wage (the partnership's local figure when it has one, " +
    "else BLS OEWS national) below the wage the pathway calls family-sustaining.",
  no_demand: 'A job named at an exit of the pathway whose employment BLS projects to decline (Employment Projections 2024–34).',
  leaky_transition:
    "Learner outcome data: under the set share (half by default) of a stage's completers, over all terms reported, continued to " +
    'the next stage. Counts are read as published outside the partnership, small counts hidden.',
  low_completion:
    "Learner outcome data: a module's completion rate, or the share of a credential's learners who earned it, over all terms reported is " +
    'under the set share (half by default), with enough learners enrolled.',
  equity_gap:
    "Learner outcome data: a group of learners completes a module, or earns its credential or a credential it attempted, more than the set number of points " +
    '(15 by default) below the rest of its learners, with enough learners on both sides.',
}

function filters(query: Partial<ExportQuery>): string {
  const parts = [
    query.kind?.length ? `kinds ${query.kind.join(', ')}` : '',
    query.severity?.length ? `severities ${query.severity.join(', ')}` : '',
    query.level?.length ? `levels ${query.level.join(', ')}` : '',
    query.frameworkId ? `framework ${query.frameworkId}` : '',
    query.area ? `area ${query.area}` : '',
    query.module ? `module ${query.module}` : '',
  ].filter(Boolean)
  return parts.length ? parts.join('; ') : 'none: every finding, module and framework'
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100))

// The rows of the About sheet: two columns, a label and its value, in small sections.
export function aboutRows(matrix: Matrix, query: Partial<ExportQuery>, generatedAt: string): Cell[][] {
  const coverage = (l: LevelCoverage): Cell[] => [
    l.level,
    `${l.modules} modules cover ${l.covered} and master ${l.mastered} of ${l.leaves} competencies (${percent(l.covered, l.leaves)}% covered)`,
  ]
  return [
    ['Rungs analysis', 'Findings (DESIGN §3) and crosswalk matrix of one pathway'],
    ['Pathway', `${matrix.pathway.title} (${matrix.pathway.slug})`],
    ['Generated', generatedAt],
    ['Filters', filters(query)],
    ['Frameworks', matrix.frameworks.map((f) => f.title).join('; ')],
    [],
    ['Finding kind', 'What it means'],
    ...FINDING_KINDS.map((kind): Cell[] => [FINDING_KIND_LABELS[kind], KIND_DEFINITIONS[kind]]),
    [],
    ['Severity', 'Critical: the pathway fails its purpose; Warning: a gap or repeat to fix; Info: a prompt to check'],
    ['Fingerprint', 'Identifies a finding across runs (its kind and the rows it is about); decisions on findings are kept against it'],
    ['Matrix cells', DEPTHS.map((d) => `${d} = ${DEPTH_LABELS[d].toLowerCase()}`).join(', ') + '; the deepest alignment of the module'],
    [],
    ['Coverage by level', 'Modules of the level and the competencies they align to'],
    ...matrix.levels.map(coverage),
  ]
}
