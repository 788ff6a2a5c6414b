// Finds where JSON text first goes wrong, for a message naming the line and column (the engine's own error
// does not always say where).

// The offset of the first syntax error of `text`, or the length of the text when it ends too early.
export function jsonErrorOffset(text: string): number {
  let at = 0
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++
  }
  const fail = (): never => {
    throw at
  }
  const literal = (word: string) => (text.startsWith(word, at) ? (at += word.length) : fail())
  const string = () => {
    at++
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1
    if (at >= text.length) fail()
    at++
  }
  const value = (): void => {
    space()
    const ch = text[at]
    if (ch === '{') return container('}', () => {
      space()
      if (text[at] !== '"') fail()
      string()
      space()
      if (text[at] !== ':') fail()
      at++
      value()
    })
    if (ch === '[') return container(']', value)
    if (ch === '"') return string()
    if (ch === 't') return void literal('true')
    if (ch === 'f') return void literal('false')
    if (ch === 'n') return void literal('null')
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 64))
    if (!number) fail()
    at += number![0].length
  }
  const container = (close: string, member: () => void) => {
    at++
    space()
    if (text[at] === close) return void at++
    for (;;) {
      member()
      space()
      if (text[at] === ',') at++
      else if (text[at] === close) return void at++
      else fail()
    }
  }
  try {
    value()
    space()
    return at < text.length ? at : text.length
  } catch (offset) {
    return offset as number
  }
}
