// The module editor's calls for suggested competencies: for an outcome, for the module's description, and
// basic skills for a bridge; and dismissing one (a bridge's dismissals are its module's).
import { client, data } from '../../api'

const LIMIT = '8'

export const loadOutcomeSuggestions = (outcomeId: number) =>
  data(client.outcomes[':id'].suggestions.$get({ param: { id: String(outcomeId) }, query: { limit: LIMIT } }))

export const loadModuleSuggestions = (moduleId: number) =>
  data(client.modules[':id'].suggestions.$get({ param: { id: String(moduleId) }, query: { limit: LIMIT } }))

export const loadBridgeSuggestions = (moduleId: number) =>
  data(client.bridges[':id'].suggestions.$get({ param: { id: String(moduleId) }, query: { limit: LIMIT } }))

export async function dismissForOutcome(outcomeId: number, competencyId: number): Promise<void> {
  await data(client.outcomes[':id'].suggestions.dismiss.$post({ param: { id: String(outcomeId) }, json: { competencyId } }))
}

export async function dismissForModule(moduleId: number, competencyId: number): Promise<void> {
  await data(client.modules[':id'].suggestions.dismiss.$post({ param: { id: String(moduleId) }, json: { competencyId } }))
}
