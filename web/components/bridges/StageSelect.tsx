// Choosing a stage of a pathway as a bridge's target: the stages that have occupational or integrated modules,
// each named with those modules' codes.
import type { RoadMap } from '../../api'
import { SelectField } from '../Fields'

type Props = {
  pathway: RoadMap
  // The chosen stage number as text, or '' for none yet.
  value: string
  error?: string
  onChange: (stage: string) => void
}

// The select with its label and hint.
export function StageSelect(props: Props) {
  const choices = () => [
    ...(props.value ? [] : [{ value: '', label: 'Choose a stage…' }]),
    ...props.pathway.stages.flatMap((stage) => {
      const targets = stage.modules.filter((m) => m.kind !== 'bridge')
      return targets.length ? [{ value: String(stage.stage), label: `Stage ${stage.stage}: ${targets.map((m) => m.code).join(', ')}` }] : []
    }),
  ]
  return (
    <SelectField
      id="target-stage"
      label={`Stage of ${props.pathway.title}`}
      hint="Its occupational and integrated modules are what the bridge prepares for."
      choices={choices()}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  )
}
