// A full garbage collection on demand, for the moments after a big analysis when its garbage (hundreds of MB
// of a statewide pathway's rows and findings) would otherwise stay: V8 collects when it next needs room, and a
// quiet server may not need any for hours, holding the memory all that while. The function is V8's own `gc`,
// exposed at run time as Jest does for --logHeapUsage; a collection stops only the thread that runs it.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

let gc: (() => void) | undefined

export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
}
