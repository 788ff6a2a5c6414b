// The target occupations of a pathway as rows of SOC code and title, added and removed by buttons.
import { Index, Show } from 'solid-js'
import type { Occupation } from '../../../shared/schemas/pathway'

type Props = {
  occupations: readonly Occupation[]
  // Messages by row and field, e.g. { '0.socCode': 'A SOC code looks like 51-4041' }.
  errors: Record<string, string>
  onChange: (occupations: Occupation[]) => void
}

// The occupation rows.
export function OccupationRows(props: Props) {
  let list!: HTMLUListElement
  const set = (index: number, change: Partial<Occupation>) => props.onChange(props.occupations.map((o, i) => (i === index ? { ...o, ...change } : o)))
  const add = () => {
    props.onChange([...props.occupations, { socCode: '', title: '' }])
    queueMicrotask(() => list.querySelector<HTMLInputElement>('li:last-child input')?.focus())
  }
  const field = (index: number, name: keyof Occupation) => `occupation-${index}-${name}`

  return (
    <div>
      <ul class="plain-list occupation-rows" ref={list}>
        <Index each={props.occupations}>
          {(o, i) => (
            <li>
              <div class="field" classList={{ 'field-invalid': Boolean(props.errors[`${i}.socCode`]) }}>
                <label for={field(i, 'socCode')}>SOC code</label>
                <input
                  id={field(i, 'socCode')}
                  value={o().socCode}
                  size={10}
                  aria-invalid={props.errors[`${i}.socCode`] ? 'true' : undefined}
                  aria-describedby={props.errors[`${i}.socCode`] ? `${field(i, 'socCode')}-error` : undefined}
                  onInput={(e) => set(i, { socCode: e.currentTarget.value })}
                />
                <Show when={props.errors[`${i}.socCode`]}>
                  {(message) => (
                    <p class="field-error" id={`${field(i, 'socCode')}-error`}>
                      {message()}
                    </p>
                  )}
                </Show>
              </div>
              <div class="field" classList={{ 'field-invalid': Boolean(props.errors[`${i}.title`]) }}>
                <label for={field(i, 'title')}>Occupation</label>
                <input
                  id={field(i, 'title')}
                  value={o().title}
                  size={32}
                  aria-invalid={props.errors[`${i}.title`] ? 'true' : undefined}
                  onInput={(e) => set(i, { title: e.currentTarget.value })}
                />
              </div>
              <button type="button" class="button button-quiet button-danger" onClick={() => props.onChange(props.occupations.filter((_, n) => n !== i))}>
                Remove<span class="visually-hidden"> occupation {o().socCode || i + 1}</span>
              </button>
            </li>
          )}
        </Index>
      </ul>
      <button type="button" class="button" onClick={add}>
        Add an occupation
      </button>
    </div>
  )
}
