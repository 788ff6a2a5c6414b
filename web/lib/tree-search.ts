// Client-side search over a loaded competency tree: which items match, and which ancestors keep them in view.

type Searchable = { id: number; code: string; statement: string; children: readonly Searchable[] }

// The lower-cased words of a query; an item matches when each word appears in its code or statement.
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean)
}

export type TreeSearch = {
  // Ids of the items that match every word.
  matches: Set<number>
  // Ids of the items to show: the matches and all their ancestors.
  visible: Set<number>
}

// Finds the matching items of a forest and the ancestors that lead to them.
export function searchTree(roots: readonly Searchable[], words: readonly string[]): TreeSearch {
  const matches = new Set<number>()
  const visible = new Set<number>()
  const walk = (node: Searchable): boolean => {
    const haystack = `${node.code} ${node.statement}`.toLowerCase()
    const isMatch = words.every((word) => haystack.includes(word))
    if (isMatch) matches.add(node.id)
    let keep = isMatch
    for (const child of node.children) keep = walk(child) || keep
    if (keep) visible.add(node.id)
    return keep
  }
  if (words.length) roots.forEach(walk)
  return { matches, visible }
}

// The ids of every item that has children: what "expand all" opens.
export function parentIds(roots: readonly Searchable[]): number[] {
  const out: number[] = []
  const walk = (node: Searchable) => {
    if (node.children.length) out.push(node.id)
    node.children.forEach(walk)
  }
  roots.forEach(walk)
  return out
}

export type Segment = { text: string; match: boolean }

// Splits text into runs that do and do not match any of the words, for highlighting.
export function highlightSegments(text: string, words: readonly string[]): Segment[] {
  const lower = text.toLowerCase()
  // Lower-casing a few characters changes the length; such text is shown without highlights.
  if (!words.length || lower.length !== text.length) return [{ text, match: false }]
  const marked = new Array<boolean>(text.length).fill(false)
  for (const word of words) {
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      marked.fill(true, at, at + word.length)
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) last.text += text[i]
    else segments.push({ text: text[i] ?? '', match: marked[i] ?? false })
  }
  return segments
}
