// Building a query with Kysely and compiling it costs several times what SQLite spends answering it. The hot reads
// build each query shape once per database, with placeholders where the values go, keep Kysely's compiled SQL, and
// run it again with each call's values: the same SQL, written by the same builder code.
import { createQueryId, type CompiledQuery, type Compilable, type DialectAdapter } from 'kysely'
import type { Actor } from '../../shared/domain/permissions'
import type { Db } from './connect'

// Stands where a value goes; named by the key of the values object it is read from.
class Placeholder {
  constructor(readonly name: string) {}
}

// Placeholders by name, typed as the values they stand for.
const placeholders = new Proxy({} as Record<string, Placeholder>, {
  get: (cache, name: string) => (cache[name] ??= new Placeholder(name)),
})

// A query shape, built by `build` from placeholders; `shape` names a variant when the builder branches (e.g. on
// the reader's role), so each variant is compiled on its own. Every value must come from the placeholders: a value
// captured from the first call would otherwise be reused for every later one, so that is refused.
export function prepared<V extends object, R>(build: (db: Db, values: V, shape: string) => Compilable<R>) {
  // Per dialect adapter (one per Kysely instance, shared by its transactions), per shape.
  const compiled = new WeakMap<DialectAdapter, Map<string, CompiledQuery<R>>>()
  const compile = (db: Db, shape: string) => {
    const query = build(db, placeholders as V, shape).compile()
    const stray = query.parameters.find((value) => !(value instanceof Placeholder))
    if (stray !== undefined) throw new Error(`A prepared query holds a value that is not a placeholder: ${String(stray)}`)
    return query
  }
  return async (db: Db, values: V, shape = ''): Promise<R[]> => {
    const adapter = db.getExecutor().adapter
    let shapes = compiled.get(adapter)
    if (!shapes) compiled.set(adapter, (shapes = new Map()))
    let query = shapes.get(shape)
    if (!query) shapes.set(shape, (query = compile(db, shape)))
    const parameters = query.parameters.map((value) => values[(value as Placeholder).name as keyof V])
    const result = await db.executeQuery<R>({ ...query, parameters, queryId: createQueryId() })
    return result.rows
  }
}

// A query shape that checks visibility (visibleTo) for a reader: one variant for what visibleTo branches on
// (admin, belonging to an organisation, neither), the organisation's id a value like any other.
export function preparedForReader<V extends object, R>(build: (db: Db, values: V, reader: Actor) => Compilable<R>) {
  type WithOrganisation = V & { organisationId: number }
  const run = prepared<WithOrganisation, R>((db, values, shape) => build(db, values, placeholderReader(shape, values.organisationId)))
  return (db: Db, values: V, reader: Actor | null) => {
    if (reader?.role === 'admin') return run(db, values as WithOrganisation, 'admin')
    const organisationId = reader?.organisationId
    return organisationId != null ? run(db, { ...values, organisationId }, 'member') : run(db, values as WithOrganisation, 'anyone')
  }
}

// The reader visibleTo sees while a shape is built: its organisation's id is a placeholder.
function placeholderReader(shape: string, organisationId: number): Actor {
  if (shape === 'admin') return { id: 0, role: 'admin', organisationId: null }
  return { id: 0, role: 'viewer', organisationId: shape === 'member' ? organisationId : null }
}
