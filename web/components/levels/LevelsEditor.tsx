// The levels form for administrators: both scales as editable rows, saved together with one button. It is
// checked with the schema the server uses; every problem, the browser's or the server's, is shown beside the
// row and field it names.
import { formatTimeNow } from '../../lib/format'
import { createSignal, Show } from 'solid-js'
import { LevelScalesInput } from '../../../shared/schemas/levels'
import { ApiError, type SkillLevelScales } from '../../api'
import { focusFirstInvalid, problemText } from '../../lib/form'
import { EntryLevelRows } from './EntryLevelRows'
import { bodyOf, errorsOn, rowsOf, type LevelRows, type RowErrors } from './level-rows'
import { SkillLevelRows } from './SkillLevelRows'
import { SaveMessage, type SaveOutcome } from '../SaveMessage'

type Props = {
  initial: SkillLevelScales
  // Sends the scales; answers the saved scales with their warnings, or throws the server's refusal.
  onSave: (input: LevelScalesInput) => Promise<SkillLevelScales>
}


const serverIssues = (error: unknown) => {
  const issues = error instanceof ApiError ? (error.details as { issues?: unknown } | undefined)?.issues : undefined
  return Array.isArray(issues) ? (issues as { path: string; message: string }[]) : []
}

export function LevelsEditor(props: Props) {
  let form!: HTMLFormElement
  // The scales as last saved, which "Undo changes" goes back to.
  const [base, setBase] = createSignal<SkillLevelScales>(props.initial)
  const [rows, setRows] = createSignal<LevelRows>(rowsOf(props.initial))
  const [saved, setSaved] = createSignal(JSON.stringify(bodyOf(rows())))
  const [errors, setErrors] = createSignal<RowErrors>({})
  const [message, setMessage] = createSignal<SaveOutcome | null>(null)
  const [busy, setBusy] = createSignal(false)
  const changed = () => JSON.stringify(bodyOf(rows())) !== saved()
  const usedBy = (key: string) =>
    rows().entries.flatMap((e, i) => (e.skillKey === key ? [e.code.trim() || `entry level ${i + 1}`] : []))

  const refuse = (found: RowErrors, text: string) => {
    setErrors(found)
    setMessage({ ok: false, text })
    focusFirstInvalid(form)
  }
  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (busy()) return
    setMessage(null)
    const checked = LevelScalesInput.safeParse(bodyOf(rows()))
    if (!checked.success) return refuse(errorsOn(rows(), checked.error.issues), 'Some fields need fixing; see the messages beside them.')
    setErrors({})
    setBusy(true)
    try {
      const answer = await props.onSave(checked.data)
      const next = rowsOf(answer)
      setBase(answer)
      setRows(next)
      setSaved(JSON.stringify(bodyOf(next)))
      const warned = answer.warnings.length ? ` ${answer.warnings.length === 1 ? 'One thing is' : `${answer.warnings.length} things are`} worth checking; see above.` : ''
      setMessage({ ok: true, text: `Saved at ${formatTimeNow()}.${warned}` })
    } catch (error) {
      const issues = serverIssues(error)
      const fields = issues.length === 1 ? 'One field needs' : `${issues.length} fields need`
      if (issues.length) refuse(errorsOn(rows(), issues), `The server refused the levels. ${fields} fixing; see the messages beside them.`)
      else setMessage({ ok: false, text: problemText(error) })
    } finally {
      setBusy(false)
    }
  }
  const undo = () => {
    setRows(rowsOf(base()))
    setErrors({})
    setMessage({ ok: true, text: 'Changes undone.' })
  }

  return (
    <form class="levels-form" novalidate aria-label="Adult education levels" ref={form} onSubmit={save}>
      <Show when={errors()['']}>
        {(text) => (
          <div class="error" role="alert">
            {text()}
          </div>
        )}
      </Show>
      <section aria-labelledby="skill-levels-heading">
        <h2 id="skill-levels-heading">Basic-skill levels</h2>
        <p class="hint">The levels of the basic-skills standards (CCRS A to E by default), lowest first.</p>
        <SkillLevelRows rows={rows().skills} errors={errors()} usedBy={usedBy} onChange={(skills) => setRows({ ...rows(), skills })} />
      </section>
      <section aria-labelledby="entry-levels-heading">
        <h2 id="entry-levels-heading">Educational Functioning Levels</h2>
        <p class="hint">
          The NRS levels an adult is placed at (ABE 1–6, ESL 1–6 by default), lowest first within each scale, with
          the basic-skill level each works at.
        </p>
        <EntryLevelRows rows={rows().entries} skills={rows().skills} errors={errors()} onChange={(entries) => setRows({ ...rows(), entries })} />
      </section>
      <div class="form-actions save-row">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {busy() ? 'Saving…' : 'Save levels'}
        </button>
        <button type="button" class="button" disabled={busy() || !changed()} onClick={undo}>
          Undo changes
        </button>
        <Show when={changed() && !busy()}>
          <p class="muted">Not saved yet.</p>
        </Show>
        <SaveMessage message={message()} />
      </div>
    </form>
  )
}
