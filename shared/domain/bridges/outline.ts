// The starting text of a new bridge: a lesson outline that names, for each basic skill, the occupational
// competencies it is taught through; and, for an integrated module, outcomes that pair the two.
import type { BridgeNeed, BridgePlan, CompetencySummary } from '../../schemas/bridge'
import type { RichTextDoc, RichTextNode } from '../../schemas/rich-text'
import { BASIC_SKILL_SUBJECT_LABELS } from '../vocabulary'

const text = (value: string): RichTextNode => ({ type: 'text', text: value })
const bold = (value: string): RichTextNode => ({ type: 'text', text: value, marks: [{ type: 'bold' }] })
const ref = (c: CompetencySummary): RichTextNode => ({ type: 'competencyRef', attrs: { competencyId: c.id, code: c.code } })
const paragraph = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content })
const heading = (level: number, value: string): RichTextNode => ({ type: 'heading', attrs: { level }, content: [text(value)] })

// "AM-QM-4 Read a micrometer; AM-QM-7 Decide whether …" as chips followed by their statements.
function contexts(list: readonly CompetencySummary[]): RichTextNode[] {
  return list.flatMap((c, i) => [...(i ? [text('; ')] : []), ref(c), text(` ${c.statement}`)])
}

const levelNote = (need: BridgeNeed) => (need.requiredLevel ? ` (level ${need.requiredLevel})` : '')

const subjectName = (subject: BridgePlan['groups'][number]['subject']) => (subject ? BASIC_SKILL_SUBJECT_LABELS[subject] : 'Other basic skills')

// A heading per subject; under it one item per skill, with the occupational context to teach it in.
export function lessonOutline(plan: Pick<BridgePlan, 'targets' | 'entryLevel' | 'groups'>): RichTextDoc {
  const targets = plan.targets.map((t) => `${t.code} ${t.title}`).join(', ')
  const content: RichTextNode[] = [
    heading(2, 'Lesson outline'),
    paragraph(
      text(`For adults entering at ${plan.entryLevel.code} (${plan.entryLevel.label}), preparing them for ${targets}. `),
      text('Each skill is taught through the workplace tasks listed with it.'),
    ),
  ]
  for (const group of plan.groups) {
    content.push(heading(3, subjectName(group.subject)))
    content.push({
      type: 'bulletList',
      content: group.needs.map((need) => ({
        type: 'listItem',
        content: [
          paragraph(ref(need.skill), text(` ${need.skill.statement}${levelNote(need)}`)),
          paragraph(bold('In the context of: '), ...contexts(need.neededBy)),
        ],
      })),
    })
  }
  return { type: 'doc', content }
}

// One outcome of an integrated module: the basic skill applied to the occupational tasks that need it.
export function pairedOutcome(need: BridgeNeed): RichTextDoc {
  return { type: 'doc', content: [paragraph(text(`${need.skill.statement.replace(/\.$/, '')}, applied to: `), ...contexts(need.neededBy))] }
}
