// What a person may do with a competency chosen after `#`: cite it only (the default), or cite it and align
// the module or outcome to it at a depth they pick. Citing alone never touches the alignments.
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../shared/domain/vocabulary'

export type CiteChoice = { label: string; depth: Depth | null }

export const CITE_CHOICES: readonly CiteChoice[] = [
  { label: 'Cite only', depth: null },
  ...DEPTHS.map((depth) => ({ label: `Cite and align at ${DEPTH_LABELS[depth]}`, depth })),
]
