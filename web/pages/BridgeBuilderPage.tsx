// /bridges/new: the bridge builder. The target (?target=<module id>, or ?pathway=<slug>&stage=<n>) and the entry
// level (&level=ABE 3) live in the address, so a list can be shared. The page lists every basic skill the target
// needs above that level and, for people who may author bridges, creates a bridge or integrated module from it.
// A finding's action names the basic-skill level the bridge must reach (&reach=E) instead: the entry level is
// then the highest one below it.
import { A, useLocation, useNavigate, useSearchParams } from '@solidjs/router'
import { createEffect, createMemo, createResource, createSignal, Show } from 'solid-js'
import { ApiError } from '../api'
import { BridgeForm } from '../components/bridges/BridgeForm'
import { entryLevelBelow, loadLevels } from '../lib/levels'
import { createBridge, loadModule, loadPathway, loadPlan, searchTargetModules, type BridgeTargetChoice } from '../components/bridges/bridges-api'
import { EntryLevelSelect } from '../components/bridges/EntryLevelSelect'
import { PlanList } from '../components/bridges/PlanList'
import { StageSelect } from '../components/bridges/StageSelect'
import { TargetModuleSearch } from '../components/bridges/TargetModuleSearch'
import { Loadable } from '../components/Loadable'
import { Title } from '../components/Title'
import { signInHref } from '../lib/next-path'
import { can, user } from '../lib/session'
import '../styles/bridges.css'

type Params = { target?: string; pathway?: string; stage?: string; level?: string; reach?: string }

export default function BridgeBuilderPage() {
  const [params, setParams] = useSearchParams<Params>()
  const location = useLocation()
  const navigate = useNavigate()
  const [scales] = createResource(loadLevels)
  createEffect(() => {
    const level = !params.level && params.reach && scales.state === 'ready' ? entryLevelBelow(scales(), params.reach) : undefined
    if (level) setParams({ level, reach: undefined }, { replace: true })
  })
  const [module] = createResource(() => params.target, loadModule)
  const [pathway] = createResource(() => (params.target ? undefined : params.pathway), loadPathway)
  const target = createMemo((): BridgeTargetChoice | undefined => {
    if (params.target) return { moduleId: Number(params.target) }
    const road = pathway.state === 'ready' ? pathway() : undefined
    return road && params.stage ? { pathwayId: road.id, stage: Number(params.stage) } : undefined
  })
  const [plan] = createResource(
    () => {
      const chosenTarget = target()
      return chosenTarget && params.level ? { chosenTarget, level: params.level } : undefined
    },
    ({ chosenTarget, level }) => loadPlan(chosenTarget, level),
  )
  // Every listed skill is chosen until the person unticks it.
  const [unticked, setUnticked] = createSignal<number[]>([])
  const offered = () => (plan.state === 'ready' ? plan().groups.flatMap((g) => g.needs.map((n) => n.skill.id)) : [])
  const chosen = () => offered().filter((id) => !unticked().includes(id))
  const choose = (ids: number[]) => setUnticked(offered().filter((id) => !ids.includes(id)))
  // A refusal of the plan about the entry level or the stage is shown at that field too.
  const planError = (field: string) => {
    const error = plan.error
    return error instanceof ApiError && (error.details as { field?: string } | undefined)?.field === field ? error.message : undefined
  }

  return (
    <>
      <Title>Bridge builder</Title>
      <nav class="breadcrumbs" aria-label="Breadcrumb">
        <ol>
          <li>
            <A href="/">Pathways</A>
          </li>
          <Show when={params.pathway}>
            <li>
              <A href={`/pathways/${params.pathway}`}>{pathway.state === 'ready' ? pathway().title : params.pathway}</A>
            </li>
          </Show>
          <Show when={module.state === 'ready' && module()}>
            {(m) => (
              <li>
                <A href={`/modules/${m().id}`}>
                  {m().code} {m().title}
                </A>
              </li>
            )}
          </Show>
        </ol>
      </nav>
      <h1>Build a bridge</h1>
      <p class="lede">
        Choose the module adults are heading for and the level they start at. Rungs lists every basic skill its
        competencies need above that level, to teach in the context of the occupation.
      </p>

      <section class="card builder-choices" aria-labelledby="choices-heading">
        <h2 id="choices-heading">Target and entry level</h2>
        <div class="form-grid">
          <Show when={params.target || !params.pathway}>
            <div class="builder-target">
              <p class="builder-target-label">Target module</p>
              <Show when={params.target} fallback={<p class="empty">None chosen yet.</p>}>
                <Loadable resource={module} what="the target module">
                  {(m) => (
                    <p>
                      <A href={`/modules/${m.id}`}>
                        <span class="code">{m.code}</span> {m.title}
                      </A>
                    </p>
                  )}
                </Loadable>
              </Show>
              <TargetModuleSearch
                label={params.target ? 'Choose another target module…' : 'Choose a target module…'}
                search={searchTargetModules}
                onChoose={(hit) => setParams({ target: String(hit.id), pathway: undefined, stage: undefined })}
              />
            </div>
          </Show>
          <Show when={!params.target && params.pathway}>
            <Loadable resource={pathway} what="the pathway">
              {(road) => <StageSelect pathway={road} value={params.stage ?? ''} error={planError('stage')} onChange={(stage) => setParams({ stage })} />}
            </Loadable>
          </Show>
          <Loadable resource={scales} what="the entry levels">
            {(levels) => (
              <EntryLevelSelect id="entry-level" scales={levels} value={params.level ?? ''} error={planError('entryLevel')} onChange={(level) => setParams({ level })} />
            )}
          </Loadable>
        </div>
      </section>

      <section aria-labelledby="plan-heading">
        <h2 id="plan-heading">Basic skills to teach</h2>
        <Show when={target() && params.level} fallback={<p class="empty">Choose a target and an entry level to see the basic skills it needs.</p>}>
          <Loadable resource={plan} what="the basic skills the target needs">
            {(list) => <PlanList plan={list} chosen={chosen()} onChange={can('bridge:write') ? choose : undefined} />}
          </Loadable>
        </Show>
      </section>

      <Show when={plan.state === 'ready' && offered().length ? plan() : undefined}>
        {(list) => (
          <Show
            when={can('bridge:write')}
            fallback={
              <p class="builder-note">
                <Show
                  when={user()}
                  fallback={
                    <>
                      <A href={signInHref(location.pathname, location.search)}>Sign in</A> as an ABE instructor, faculty member or
                      administrator to create a bridge from this list.
                    </>
                  }
                >
                  Your account may read this list but not create modules from it; ABE instructors, faculty and administrators do.
                </Show>
              </p>
            }
          >
            <BridgeForm
              context={{ targetIds: list().targets.map((t) => t.id), entryLevel: list().entryLevel.code, skillIds: chosen() }}
              offered={offered().length}
              onCreate={async (input) => {
                const created = await createBridge(input)
                navigate(`/modules/${created.id}/edit`)
              }}
            />
          </Show>
        )}
      </Show>
    </>
  )
}
