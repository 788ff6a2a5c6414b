// Suggested competencies for the whole module, from its title and description; for a bridge or integrated
// module also the basic skills that the occupational competencies it (and its targets) align to call for.
// Accepted ones become alignments of the whole module.
import { Show } from 'solid-js'
import type { Depth } from '../../../shared/domain/vocabulary'
import type { AlignTarget } from '../../editor/competency-search'
import { dismissForModule, loadBridgeSuggestions, loadModuleSuggestions } from './suggestions-api'
import { SuggestionsPanel } from './SuggestionsPanel'

type Props = {
  module: { id: number; kind: string }
  savedVersion: number
  aligned: readonly number[]
  onAccept: (target: AlignTarget, depth: Depth) => void
}

export function ModuleSuggestions(props: Props) {
  const accept = (s: { competencyId: number; code: string; statement: string }, depth: Depth) =>
    props.onAccept({ id: s.competencyId, code: s.code, statement: s.statement }, depth)
  const dismiss = (s: { competencyId: number }) => dismissForModule(props.module.id, s.competencyId)
  return (
    <>
      <SuggestionsPanel
        id="module-suggestions"
        subject="the module's description"
        version={props.savedVersion}
        load={() => loadModuleSuggestions(props.module.id)}
        aligned={props.aligned}
        onAccept={accept}
        onDismiss={dismiss}
      />
      <Show when={props.module.kind !== 'occupational'}>
        <SuggestionsPanel
          id="bridge-suggestions"
          subject="this bridge"
          what="basic skills"
          version={props.savedVersion}
          load={() => loadBridgeSuggestions(props.module.id)}
          aligned={props.aligned}
          onAccept={accept}
          onDismiss={dismiss}
        />
      </Show>
    </>
  )
}
