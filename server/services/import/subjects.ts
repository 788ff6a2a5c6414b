// The subject of a basic-skills item as spreadsheets write it ("Math", "Numeracy", "ESL", "Digital literacy").
import type { BasicSkillSubject } from '../../../shared/domain/vocabulary'

const WORDS: Record<string, BasicSkillSubject> = {
  reading: 'reading',
  writing: 'writing',
  math: 'math',
  maths: 'math',
  mathematics: 'math',
  numeracy: 'math',
  englishlanguage: 'english_language',
  englishlanguageproficiency: 'english_language',
  esl: 'english_language',
  elp: 'english_language',
  digitalliteracy: 'digital_literacy',
  digitalskills: 'digital_literacy',
}

// The words recognised, for messages.
export const SUBJECT_WORDS = 'reading, writing, math, English language, digital literacy'

// The subject a cell names, or null when it names none Rungs knows.
export function subjectFromText(text: string): BasicSkillSubject | null {
  return WORDS[text.toLowerCase().replace(/[^a-z]/g, '')] ?? null
}
