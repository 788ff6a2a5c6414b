// Runs a list query as one page plus the total count of matching rows.
import type { SelectQueryBuilder } from 'kysely'
import type { Page, Paginated } from '../../../shared/schemas/common'

// Executes `query` for one page and counts all rows it matches (ignoring its order and selection).
export async function paginate<DB, TB extends keyof DB, Row>(
  query: SelectQueryBuilder<DB, TB, Row>,
  page: Page,
): Promise<Paginated<Row>> {
  const [items, counted] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow(),
  ])
  return { items, total: Number((counted as { total: number | string }).total), limit: page.limit, offset: page.offset }
}
