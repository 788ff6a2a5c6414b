// Finds where JSON text first goes wrong, for a message naming the line and column (the engine's own error
// does not always say where). An explicit stack of open containers keeps it safe on text nested any depth.

// The offset of the first syntax error of `text`, or the length of the text when it ends too early.
export function jsonErrorOffset(text: string): number {
  let at = 0
  // The closing bracket of each container open around the current position, innermost last.
  const open: string[] = []
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++
  }
  const fail = (): never => {
    throw at
  }
  const expect = (ch: string) => (text[at] === ch ? at++ : fail())
  const literal = (word: string) => (text.startsWith(word, at) ? (at += word.length) : fail())
  const string = () => {
    at++
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1
    if (at >= text.length) fail()
    at++
  }
  const key = () => {
    space()
    if (text[at] !== '"') fail()
    string()
    space()
    expect(':')
  }
  const scalar = () => {
    const ch = text[at]
    if (ch === '"') return string()
    if (ch === 't') return void literal('true')
    if (ch === 'f') return void literal('false')
    if (ch === 'n') return void literal('null')
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 64))
    if (!number) fail()
    at += number![0].length
  }
  try {
    for (;;) {
      // A value: a container opens (and the loop reads its first member next), or a scalar is read whole.
      space()
      const ch = text[at]
      if (ch === '{' || ch === '[') {
        const close = ch === '{' ? '}' : ']'
        at++
        space()
        if (text[at] !== close) {
          open.push(close)
          if (close === '}') key()
          continue
        }
        at++
      } else scalar()
      // After a value: close what ends here, then either a next member follows or the text is done.
      for (;;) {
        space()
        const close = open[open.length - 1]
        if (close === undefined) return at < text.length ? at : text.length
        if (text[at] === close) {
          at++
          open.pop()
          continue
        }
        expect(',')
        if (close === '}') key()
        break
      }
    }
  } catch (offset) {
    return offset as number
  }
}
