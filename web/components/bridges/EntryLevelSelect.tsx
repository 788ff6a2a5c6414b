// The entry level of the adults a bridge is for: the NRS Educational Functioning Levels grouped by scale (ABE,
// ESL), each naming the basic-skill level its learners work at.
import { Term } from '../glossary/Term'
import { ENTRY_LEVEL_SCALE_LABELS, ENTRY_LEVEL_SCALES } from '../../../shared/domain/vocabulary'
import type { SkillLevelScales } from '../../api'
import { SelectField } from '../Fields'

type Props = {
  id: string
  scales: SkillLevelScales
  // The chosen entry level's code, or '' for none yet.
  value: string
  error?: string
  onChange: (code: string) => void
}

const PROMPT = [{ value: '', label: 'Choose an entry level…', disabled: true }]

// The select with its label and hint.
export function EntryLevelSelect(props: Props) {
  const groups = () =>
    ENTRY_LEVEL_SCALES.map((scale) => ({
      label: ENTRY_LEVEL_SCALE_LABELS[scale],
      choices: props.scales.entryLevels
        .filter((level) => level.scale === scale)
        .map((level) => ({ value: level.code, label: `${level.code}: ${level.label} (basic-skill level ${level.skillLevel})` })),
    })).filter((group) => group.choices.length)
  // The code may come from the address in another case than the scale's.
  const value = () => props.scales.entryLevels.find((level) => level.code.toLowerCase() === props.value.toLowerCase())?.code ?? props.value
  return (
    <SelectField
      id={props.id}
      label="Entry level"
      hint={<>Where the adults start, by <Term id="nrs-efl">NRS Educational Functioning Level</Term>. The list below shows what the target needs from that level up.</>}
      choices={PROMPT}
      groups={groups()}
      value={value()}
      error={props.error}
      onChange={props.onChange}
    />
  )
}
