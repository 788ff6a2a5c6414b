// Finding the @ being typed in a plain text field, and putting a chosen name in its place.

// The @ word that ends at the caret: where its @ is and what follows it, or null when the caret is not in one.
// An @ counts at the start or after a space or a line break, so e-mail addresses do not open the picker.
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret)
  const at = before.lastIndexOf('@')
  if (at < 0 || (at > 0 && !/\s/.test(before[at - 1]!))) return null
  const query = before.slice(at + 1)
  if (query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null
  return { start: at, query }
}

// The text with the @ word replaced by "@Name ", and where the caret goes.
export function insertMention(text: string, mention: { start: number; query: string }, name: string): { text: string; caret: number } {
  const inserted = `@${name} `
  const end = mention.start + 1 + mention.query.length
  return { text: text.slice(0, mention.start) + inserted + text.slice(end), caret: mention.start + inserted.length }
}

// The chosen people still named in the text as @Name: a mention deleted from the text is dropped.
export function mentionsIn(text: string, chosen: ReadonlyMap<number, string>): number[] {
  return [...chosen].filter(([, name]) => text.includes(`@${name}`)).map(([id]) => id)
}
