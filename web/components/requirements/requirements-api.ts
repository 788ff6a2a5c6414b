// The framework page's calls for basic-skill requirements. Only the page uses these; the panel's components get
// their data and a source of basic skills as props, and report edits as events.
import type { RequirementsBulkInput } from '../../../shared/schemas/framework'
import { client, data, type RequirementsEdit } from '../../api'
import { serverCompetencySource, type CompetencySource } from '../../editor/competency-search'

// Every requires-link touching a framework, from its items or to them.
export const loadRequirements = (frameworkId: string) =>
  data(client.frameworks[':id'].requirements.$get({ param: { id: frameworkId } }))

// Adds or removes one basic skill on many competencies at once.
export const saveRequirements = (input: RequirementsBulkInput): Promise<RequirementsEdit> =>
  data(client['competency-links'].requirements.$post({ json: input }))

// Competency search limited to the standards (not the grouping areas) of basic-skills frameworks.
export function basicSkillSource(): CompetencySource {
  const base = serverCompetencySource()
  let frameworkIds: Promise<number[]> | undefined
  const basicFrameworks = () => {
    frameworkIds ??= data(client.frameworks.$get({ query: { kind: 'basic_skills', limit: '100' } })).then((page) => page.items.map((f) => f.id))
    frameworkIds.catch(() => (frameworkIds = undefined))
    return frameworkIds
  }
  return {
    search: async (q) => {
      const ids = await basicFrameworks()
      const pages = await Promise.all(
        ids.map((id) => data(client.competencies.$get({ query: { q, frameworkId: String(id), limit: '20' } }))),
      )
      return pages.flatMap((page) => page.items).filter((hit) => hit.kind !== 'area')
    },
    path: base.path,
  }
}
