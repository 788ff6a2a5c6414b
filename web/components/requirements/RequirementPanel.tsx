// The details of the competency selected on a framework's page: the basic skills it needs (or, for a basic
// skill, the competencies that need it), with editing for people who may, and an area's bulk editor.
import { Show, type JSX } from 'solid-js'
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import type { RequirementsBulkInput } from '../../../shared/schemas/framework'
import type { CompetencyNode, Requirement, RequirementsEdit } from '../../api'
import type { CompetencySource } from '../../editor/competency-search'
import { AddRequirementForm } from './AddRequirementForm'
import { BulkRequirementEditor } from './BulkRequirementEditor'
import { createEditState } from './edit-state'
import { EditFeedback } from './EditFeedback'
import { NeededByList, NeedsList } from './RequirementLists'
import { assessableDescendants, needsOf, neededBy, type SkillLevel } from './requirement-model'

type Props = {
  node: CompetencyNode
  framework: { id: number; kind: FrameworkKind }
  requirements: readonly Requirement[]
  levels: readonly SkillLevel[]
  mayEdit: boolean
  source: CompetencySource
  onEdit: (input: RequirementsBulkInput) => Promise<RequirementsEdit>
  onClose: () => void
  // The panel's heading, which takes focus when a person selects an item.
  headingRef: (heading: HTMLHeadingElement) => void
  // More about the item, below its requirements (the comments on it).
  children?: JSX.Element
}

export const PANEL_HEADING_ID = 'requirement-panel-heading'

// Moves focus to the panel's heading. Beside the tree the panel sticks in view, and letting the browser scroll to
// the heading would take the window back to where the panel starts, away from the selected item.
export function focusPanelHeading(heading: HTMLElement) {
  const panel = heading.closest('.requirement-panel')
  heading.focus({ preventScroll: panel !== null && getComputedStyle(panel).position === 'sticky' })
}

// The detail panel.
export function RequirementPanel(props: Props) {
  const state = createEditState()
  const isBasic = () => props.framework.kind === 'basic_skills'
  const isArea = () => props.node.children.length > 0
  const needs = () => needsOf(props.requirements, props.node.id)
  let heading!: HTMLHeadingElement
  const edit = (input: Omit<RequirementsBulkInput, 'competencyIds'>) =>
    state.run(() => props.onEdit({ ...input, competencyIds: [props.node.id] }))
  // The removed row takes its button with it; the heading is the nearest stable place for focus.
  const remove = async (r: Requirement) => {
    if (await edit({ skillId: r.toId, minLevel: null, action: 'remove' })) focusPanelHeading(heading)
  }

  return (
    <section class="requirement-panel" aria-labelledby={PANEL_HEADING_ID}>
      <div class="requirement-panel-head">
        <h3
          id={PANEL_HEADING_ID}
          tabindex="-1"
          ref={(element) => {
            heading = element
            props.headingRef(element)
          }}
        >
          <span class="code">{props.node.code}</span>
          <span class="visually-hidden">: details</span>
        </h3>
        <button type="button" class="button button-small" aria-label={`Close details of ${props.node.code}`} onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <p class="requirement-panel-statement">{props.node.statement}</p>
      <p class="badges">
        <span class="badge badge-kind capitalize">{props.node.kind}</span>
        <Show when={props.node.level}>{(level) => <span class="badge badge-level">Level {level()}</span>}</Show>
      </p>

      <Show when={isBasic()}>
        <h4>Needed by</h4>
        <NeededByList requirements={neededBy(props.requirements, props.node.id)} />
      </Show>

      <Show when={!isBasic()}>
        <Show when={!isArea() || needs().length}>
          <h4>Needs these basic skills</h4>
          <NeedsList
            needs={needs()}
            levels={props.levels}
            mayEdit={props.mayEdit}
            busy={state.busy()}
            onChangeLevel={(r, minLevel) => void edit({ skillId: r.toId, minLevel, action: 'add' })}
            onRemove={(r) => void remove(r)}
          />
          <Show when={props.mayEdit}>
            <Show when={!isArea()}>
              <AddRequirementForm
                id={`requirement-${props.node.id}-add`}
                source={props.source}
                levels={props.levels}
                busy={state.busy()}
                onAdd={async (skill, minLevel) => (await edit({ skillId: skill.id, minLevel, action: 'add' })) !== null}
                onRefuse={state.refuse}
              />
            </Show>
            <EditFeedback state={state} />
          </Show>
        </Show>
        <Show when={isArea()}>
          <BulkRequirementEditor
            area={props.node}
            items={assessableDescendants(props.node)}
            requirements={props.requirements}
            levels={props.levels}
            mayEdit={props.mayEdit}
            source={props.source}
            onEdit={props.onEdit}
          />
        </Show>
      </Show>
      {props.children}
    </section>
  )
}
