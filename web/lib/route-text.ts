// A route to a credential in words (its weeks, its cost, the schedules its modules are offered in), shared by the
// screen's time-and-cost cards and the printed handout.
import { DELIVERY_FORMAT_LABELS, DELIVERY_FORMATS, type DeliveryFormat } from '../../shared/domain/vocabulary'
import type { RoadMap } from '../api'
import { formatDollars, plural } from './format'

export type Route = RoadMap['credentials'][number]['routes'][number]
export type RouteModule = { id: number; code: string; title: string; delivery: readonly DeliveryFormat[] }

// "134 weeks", or why the total is unknown.
export const weeksText = (route: Route) =>
  route.weeks === null ? `weeks unknown (not recorded for ${route.unknownWeeks.join(', ')})` : plural(route.weeks, 'week')

// "$6,210", or why the total is unknown.
export const costText = (route: Route) =>
  route.cost === null ? `cost unknown (not recorded for ${route.unknownCost.join(', ')})` : formatDollars(route.cost)

// The schedules every module of the route is offered in, and those only some of them are (lower case, comma-joined).
export function routeSchedules(route: Pick<Route, 'moduleIds'>, modules: ReadonlyMap<number, RouteModule>) {
  const on = route.moduleIds.map((id) => modules.get(id)?.delivery ?? [])
  const everywhere = DELIVERY_FORMATS.filter((f) => on.length > 0 && on.every((list) => list.includes(f)))
  const somewhere = DELIVERY_FORMATS.filter((f) => !everywhere.includes(f) && on.some((list) => list.includes(f)))
  const words = (formats: readonly DeliveryFormat[]) => formats.map((f) => DELIVERY_FORMAT_LABELS[f].toLowerCase()).join(', ')
  return { everywhere: words(everywhere), somewhere: words(somewhere) }
}
