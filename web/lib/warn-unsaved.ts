// Asks before leaving a form with unsaved changes, whether by a link inside the app (the router's beforeLeave) or
// by closing or reloading the tab (the browser's own "Leave site?" prompt). Forms that autosave do not need it.
import { useBeforeLeave } from '@solidjs/router'
import { onCleanup } from 'solid-js'

const QUESTION = 'Leave this page? Your changes have not been saved.'

export function warnBeforeLeaving(unsaved: () => boolean): void {
  useBeforeLeave((leave) => {
    if (leave.defaultPrevented || !unsaved()) return
    leave.preventDefault()
    if (window.confirm(QUESTION)) leave.retry(true)
  })
  const onUnload = (event: BeforeUnloadEvent) => {
    if (unsaved()) event.preventDefault()
  }
  window.addEventListener('beforeunload', onUnload)
  onCleanup(() => window.removeEventListener('beforeunload', onUnload))
}
