// SQL for the partners of a road map: the organisations that own the pathway and the modules it shows.
import type { Db } from '../connect'

// The organisations owning the pathway or any of these modules, by name.
export function partnersOf(db: Db, pathwayOrganisationId: number | null, moduleIds: readonly number[]) {
  return db
    .selectFrom('organisations')
    .select(['organisations.id', 'organisations.name', 'organisations.kind'])
    .where((eb) => {
      const owners = [eb('organisations.id', '=', pathwayOrganisationId ?? -1)]
      if (moduleIds.length) owners.push(eb('organisations.id', 'in', eb.selectFrom('modules').select('modules.organisationId').where('modules.id', 'in', moduleIds)))
      return eb.or(owners)
    })
    .orderBy('organisations.name')
    .execute()
}
