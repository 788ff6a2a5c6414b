// Whether two package entries say the same: keys in one order, and what an export leaves out (null, false, an
// empty list) the same as absent, so a package written by hand matches its row's export.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.keys(value).sort().flatMap((k) => {
    const v = (value as Record<string, unknown>)[k]
    return v === undefined || v === null || v === false || (Array.isArray(v) && !v.length) ? [] : [[k, canonical(v)]]
  }))
}

export const sameEntry = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
