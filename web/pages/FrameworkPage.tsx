// /frameworks/:id: one skill standard, its facts and its searchable tree of competencies. Selecting an item
// (?competency=<id>) opens a panel with its basic-skill requirements: what it needs, or what needs it. People who
// may write the framework also edit its details, add, edit, move (by drag or by the item's buttons), publish,
// retire and delete items, and delete the framework.
import { A, useNavigate, useParams, useSearchParams } from '@solidjs/router'
import { createEffect, createMemo, createResource, createSignal, on, Show } from 'solid-js'
import { frameworkPermissions } from '../../shared/domain/permissions'
import { FRAMEWORK_KIND_LABELS, FRAMEWORK_STATUS_LABELS } from '../../shared/domain/vocabulary'
import type { RequirementsBulkInput } from '../../shared/schemas/framework'
import type { MergeSummary } from '../../shared/schemas/framework-merge'
import { client, data, type CompetencyNode } from '../api'
import { Loadable } from '../components/Loadable'
import { AddItemForm } from '../components/frameworks/AddItemForm'
import { DeleteFramework } from '../components/frameworks/DeleteFramework'
import { moveItem } from '../components/frameworks/framework-api'
import { FrameworkEditForm } from '../components/frameworks/FrameworkEditForm'
import { dropTarget } from '../components/frameworks/item-moves'
import { ItemManager } from '../components/frameworks/ItemManager'
import { CommentsPanel } from '../components/comments/CommentsPanel'
import { mergeableFrameworks, mergeFramework, mergeItem, previewFrameworkMerge, previewItemMerge } from '../components/frameworks/merge-api'
import { MergeSection } from '../components/frameworks/MergeSection'
import { DeleteWithImpact } from '../components/impact/DeleteWithImpact'
import { UsedBySection } from '../components/impact/UsedBySection'
import { focusPanelHeading, PANEL_HEADING_ID, RequirementPanel } from '../components/requirements/RequirementPanel'
import { indexTree, requirementNotes } from '../components/requirements/requirement-model'
import { basicSkillSource, loadRequirements, saveRequirements } from '../components/requirements/requirements-api'
import { loadLevels } from '../lib/levels'
import { Title } from '../components/Title'
import { TreeBrowser } from '../components/TreeBrowser'
import { problemText } from '../lib/form'
import { can, mayEdit as mayEditRow } from '../lib/session'
import '../styles/requirements.css'
import '../styles/frameworks.css'

// The tree without one item (and so without what hangs from it).
const pruned = (nodes: readonly CompetencyNode[], id: number): CompetencyNode[] =>
  nodes.filter((n) => n.id !== id).map((n) => ({ ...n, children: pruned(n.children, id) }))

export default function FrameworkPage() {
  const params = useParams<{ id: string }>()
  const [search, setSearch] = useSearchParams<{ competency?: string }>()
  const navigate = useNavigate()
  const [tree, { mutate: setTree, refetch: reloadTree }] = createResource(
    () => params.id,
    (id) => data(client.frameworks[':id'].tree.$get({ param: { id } })),
  )
  const [requirements, { refetch }] = createResource(() => params.id, loadRequirements)
  const [levels] = createResource(loadLevels)
  const skills = basicSkillSource()

  const selected = () => {
    const id = Number(search.competency)
    return Number.isInteger(id) && id > 0 ? id : null
  }
  // A resource that failed throws when read, so each is read only when it did not (Loadable shows the failure).
  const index = createMemo(() => indexTree((tree.error ? [] : (tree.latest?.competencies ?? [])) as CompetencyNode[]))
  const selectedNode = createMemo(() => index().get(selected() ?? 0))
  const requirementRows = () => (requirements.error ? [] : (requirements.latest?.items ?? []))
  const notes = createMemo(() => requirementNotes(requirementRows(), Number(params.id)))
  const mayEdit = () => can('basic_skill:write') || can('framework:write')

  // A person who selects an item is taken to its panel; one who arrives by a link to an item finds it in the tree,
  // its branch opened, scrolled into view and focused (so the keyboard goes on from there).
  let heading: HTMLHeadingElement | undefined
  let focusPanel = false
  let arriving = true
  createEffect(on(() => params.id, () => (arriving = true), { defer: true }))
  createEffect(
    on(selectedNode, (node) => {
      if (!node || !heading) return
      if (focusPanel) focusPanelHeading(heading)
      else if (arriving) {
        requestAnimationFrame(() => {
          const item = document.querySelector<HTMLElement>('.tree-selected [aria-pressed]')
          item?.scrollIntoView({ block: 'center' })
          ;(item ?? heading)?.focus({ preventScroll: true })
        })
      }
      focusPanel = arriving = false
    }),
  )
  const choose = (id: number | null) => setSearch({ competency: id === null ? undefined : String(id) }, { replace: true, scroll: false })
  const select = (id: number) => {
    focusPanel = selected() !== id
    arriving = false
    choose(focusPanel ? id : null)
  }
  const close = () => {
    const trigger = document.querySelector<HTMLElement>('.tree-selected [aria-pressed]')
    choose(null)
    trigger?.focus()
  }
  // A deleted competency leaves the tree in place (no reload, so the open branches stay open) and the panel closes.
  const [notice, setNotice] = createSignal('')
  const deleted = (node: CompetencyNode) => {
    choose(null)
    setTree((t) => t && { framework: { ...t.framework, competencyCount: t.framework.competencyCount - 1 }, competencies: pruned(t.competencies as CompetencyNode[], node.id) })
    setNotice(`Deleted ${node.code}.`)
    document.getElementById('tree-search')?.focus()
    void refetch()
  }
  // After a merge the tree is read again: items moved in, or one went.
  const merged = (summary: MergeSummary, into: string) => {
    choose(null)
    setNotice(`Merged “${summary.source.title}” into ${into}.`)
    void reloadTree()
    void refetch()
    document.getElementById('tree-search')?.focus()
  }
  // Every other item of the framework, for "Merge into…".
  const otherItems = (id: number) => [...index().values()].filter((n) => n.id !== id).map((n) => ({ id: n.id, label: `${n.code} ${n.statement}` }))
  // Whether the signed-in person may write this framework and its items (by its kind and organisation).
  const mayManage = () => {
    const framework = tree.error ? undefined : tree.latest?.framework
    return framework !== undefined && frameworkPermissions(framework.kind).some((p) => mayEditRow(p, framework.organisationId))
  }
  // After a change of the items the tree is read again, the open branches and the selection staying; focus stays on
  // the control used (a move button, say) when it is still there, else goes to the item's heading.
  const changed = async (said: string) => {
    setNotice(said)
    const used = document.activeElement?.id
    await reloadTree()
    requestAnimationFrame(() => {
      const again = used ? document.getElementById(used) : null
      if (again && !(again as HTMLButtonElement).disabled) again.focus()
      else document.getElementById(PANEL_HEADING_ID)?.focus()
    })
  }
  const dropped = async (draggedId: number, ontoId: number) => {
    const target = dropTarget((tree.latest?.competencies ?? []) as CompetencyNode[], draggedId, ontoId)
    if (!target) return
    try {
      const moved = await moveItem(draggedId, target)
      await changed(`Moved ${moved.code}.`)
    } catch (error) {
      setNotice(problemText(error))
    }
  }
  const edit = async (input: RequirementsBulkInput) => {
    const result = await saveRequirements(input)
    await refetch()
    return result
  }

  return (
    <>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/frameworks">Frameworks</A>
          </li>
        </ol>
      </nav>
      <Loadable resource={tree} what="this framework">
        {({ framework, competencies }) => (
          <>
            <Title>{framework.title}</Title>
            <h1>{framework.title}</h1>
            <p class="badges">
              <span class="badge badge-kind">{FRAMEWORK_KIND_LABELS[framework.kind]}</span>{' '}
              <span class="badge">{FRAMEWORK_STATUS_LABELS[(tree.latest?.framework ?? framework).status]}</span>
            </p>
            <Show when={framework.description}>{(text) => <p class="lede">{text()}</p>}</Show>
            <dl class="facts">
              <dt>Publisher</dt>
              <dd>{framework.publisher ?? 'Not recorded'}</dd>
              <Show when={framework.version}>
                <dt>Version</dt>
                <dd>{framework.version}</dd>
              </Show>
              <Show when={framework.license}>
                <dt>Licence</dt>
                <dd>{framework.license}</dd>
              </Show>
              <Show when={framework.source}>
                {(source) => (
                  <>
                    <dt>Source</dt>
                    <dd>
                      <Show when={/^https?:\/\//.test(source())} fallback={source()}>
                        <a href={source()}>{source()}</a>
                      </Show>
                    </dd>
                  </>
                )}
              </Show>
              <dt>Competencies</dt>
              <dd>{tree.latest?.framework.competencyCount ?? framework.competencyCount}</dd>
            </dl>
            <p class="framework-downloads">
              <a class="button" href={`/api/exports/frameworks/${framework.id}/case?version=1.0`} download="">
                Download CASE 1.0 package (JSON)
              </a>
              <a class="button" href={`/api/exports/frameworks/${framework.id}/case?version=1.1`} download="">
                Download CASE 1.1 package (JSON)
              </a>
              <a class="button" href={`/api/frameworks/${framework.id}/ctdl`} download="">
                Download CTDL framework (JSON-LD)
              </a>
              <a class="button" href={`/api/exports/frameworks/${framework.id}/xlsx`} download="">
                Download workbook (XLSX)
              </a>
            </p>
            <Show when={mayEditRow('framework:write', framework.organisationId)}>
              <MergeSection
                what="framework"
                idPrefix="merge-framework"
                label="Merge another framework into this one…"
                fieldLabel="Framework to merge into this one"
                hint={`It is removed once merged: its items join “${framework.title}” (those with the same code and statement become one) and what refers to it moves here.`}
                choices={() => mergeableFrameworks(framework.id)}
                preview={(sourceId) => previewFrameworkMerge(framework.id, sourceId)}
                merge={(sourceId) => mergeFramework(framework.id, sourceId)}
                onMerged={(summary) => merged(summary, 'this framework')}
              />
            </Show>
            <Show when={mayManage()}>
              <details class="framework-manage">
                <summary>Edit framework details</summary>
                <FrameworkEditForm framework={framework} onSaved={(saved) => setTree((t) => t && { ...t, framework: { ...t.framework, ...saved } })} />
                <DeleteFramework framework={framework} onDeleted={() => navigate('/frameworks', { replace: true })} />
              </details>
            </Show>
            <h2>Competencies</h2>
            <p class="hint">
              {framework.kind === 'basic_skills'
                ? 'Select a standard to see which competencies need it, and at what level.'
                : 'Select a competency to see the basic skills it needs; Details on an area shows all its competencies together.'}
            </p>
            <Show when={requirements.error}>
              {(error) => (
                <p class="error" role="alert">
                  Could not load the basic-skill requirements. {problemText(error())}
                </p>
              )}
            </Show>
            <p class="saved" role="status">
              {notice()}
            </p>
            <div class="framework-browser">
              <TreeBrowser
                roots={(tree.latest?.competencies ?? competencies) as CompetencyNode[]}
                label={framework.title}
                selected={selected()}
                onSelect={select}
                notes={notes()}
                onDrop={mayManage() ? (from, onto) => void dropped(from, onto) : undefined}
              />
              <Show
                when={selectedNode()}
                keyed
                fallback={
                  <p class="requirement-placeholder">
                    Nothing selected. The basic skills a competency needs, and the competencies that need a basic skill,
                    show here.
                  </p>
                }
              >
                {(node) => (
                  <RequirementPanel
                    node={node}
                    framework={framework}
                    requirements={requirementRows()}
                    levels={levels.error ? [] : (levels.latest?.skillLevels ?? [])}
                    mayEdit={mayEdit()}
                    source={skills}
                    onEdit={edit}
                    onClose={close}
                    headingRef={(element) => (heading = element)}
                  >
                    <Show when={mayManage()}>
                      <ItemManager node={node} roots={(tree.latest?.competencies ?? []) as CompetencyNode[]} onChanged={(said) => void changed(said)} />
                      <AddItemForm frameworkId={framework.id} parent={node} onAdded={(item) => void changed(`Added ${item.code} under ${node.code}.`)} />
                    </Show>
                    <UsedBySection kind="competency" id={node.id} code={node.code} level={4} />
                    <Show when={mayEditRow('framework:write', framework.organisationId)}>
                      <p class="competency-delete">
                        <DeleteWithImpact
                          label="Delete competency"
                          what={node.code}
                          change={{ kind: 'remove_competency', competencyId: node.id }}
                          remove={() => data(client.competencies[':id'].$delete({ param: { id: String(node.id) } }))}
                          onDeleted={() => deleted(node)}
                        />
                      </p>
                    </Show>
                    <Show when={mayEditRow('framework:write', framework.organisationId)}>
                      <MergeSection
                        what="item"
                        idPrefix="merge-item"
                        label={`Merge ${node.code} into…`}
                        fieldLabel={`Item to merge ${node.code} into`}
                        hint={`${node.code} is removed once merged: its children, alignments, links, ratings and comments move to the item you choose.`}
                        choices={async () => otherItems(node.id)}
                        preview={(targetId) => previewItemMerge(targetId, node.id)}
                        merge={(targetId) => mergeItem(targetId, node.id)}
                        onMerged={(summary) => merged(summary, summary.target.title)}
                      />
                    </Show>
                    <CommentsPanel target={{ kind: 'competency', id: node.id }} heading={`Comments on ${node.code}`} level={4} />
                  </RequirementPanel>
                )}
              </Show>
            </div>
            <Show when={mayManage()}>
              <AddItemForm frameworkId={framework.id} parent={null} onAdded={(item) => void changed(`Added ${item.code}.`)} />
            </Show>
          </>
        )}
      </Loadable>
    </>
  )
}
