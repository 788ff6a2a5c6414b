// Exact linear algebra for the suppression tests: rank over the rationals by fraction-free elimination on
// BigInts, independent of the floating-point elimination the product uses.
export function rank(matrix: bigint[][]): number {
  const m = matrix.map((r) => [...r])
  let rank = 0
  const width = m[0]?.length ?? 0
  for (let c = 0; c < width && rank < m.length; c++) {
    const pivot = m.findIndex((r, i) => i >= rank && r[c] !== 0n)
    if (pivot < 0) continue
    ;[m[rank], m[pivot]] = [m[pivot]!, m[rank]!]
    for (let i = 0; i < m.length; i++) {
      if (i === rank || m[i]![c] === 0n) continue
      const a = m[rank]![c]!
      const b = m[i]![c]!
      m[i] = m[i]!.map((v, j) => v * a - m[rank]![j]! * b)
    }
    rank++
  }
  return rank
}

// The columns a system of equations fixes: those whose unit vector adds no rank to it.
export function fixedColumns(system: bigint[][], width: number): number[] {
  const base = rank(system)
  const fixed: number[] = []
  for (let i = 0; i < width; i++) if (rank([...system, Array.from({ length: width }, (_, j) => (j === i ? 1n : 0n))]) === base) fixed.push(i)
  return fixed
}
