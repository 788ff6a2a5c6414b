// Words the bridge builder and the coverage checklist share.
import { BASIC_SKILL_SUBJECT_LABELS, type BasicSkillSubject } from '../../../shared/domain/vocabulary'

// "Mathematics"; skills whose standard names no subject are grouped last, as "Other basic skills".
export const subjectLabel = (subject: BasicSkillSubject | null) => (subject ? BASIC_SKILL_SUBJECT_LABELS[subject] : 'Other basic skills')

// "IET 101" or "CTE 1100 and IET 101" or "A, B and C".
export function codeList(modules: readonly { code: string }[]): string {
  const codes = modules.map((m) => m.code)
  return codes.length > 1 ? `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)}` : (codes[0] ?? '')
}
