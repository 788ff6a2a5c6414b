// Stacking chains of credentials: every route from a credential nothing stacks into up to one that stacks no further.

type Stackable = { id: number; stacksInto: readonly number[] }

// Routes are capped so that a densely linked set cannot flood the page.
const MAX_LADDERS = 50

// The chains of credential ids, bottom rung first, in the order the credentials are given.
export function credentialLadders(credentials: readonly Stackable[]): number[][] {
  const known = new Set(credentials.map((c) => c.id))
  const next = new Map(credentials.map((c) => [c.id, c.stacksInto.filter((id) => known.has(id))]))
  const stackedInto = new Set(credentials.flatMap((c) => next.get(c.id) ?? []))
  const ladders: number[][] = []
  const climb = (path: number[]) => {
    if (ladders.length >= MAX_LADDERS) return
    const at = path[path.length - 1] as number
    // A loop cannot be stored, but a ladder still stops rather than climbing forever.
    const onward = (next.get(at) ?? []).filter((id) => !path.includes(id))
    if (!onward.length) ladders.push(path)
    for (const id of onward) climb([...path, id])
  }
  for (const credential of credentials) if (!stackedInto.has(credential.id)) climb([credential.id])
  return ladders
}
