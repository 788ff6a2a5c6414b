// The glossary: the words and abbreviations of career pathways that pages use, each with an anchor that
// <Term> and "What is this?" links point at. Public, like the road map it explains.
import { useLocation } from '@solidjs/router'
import { For, onMount, Show } from 'solid-js'
import { Title } from '../components/Title'
import { GLOSSARY } from '../lib/glossary'

const byTerm = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))

export default function GlossaryPage() {
  const location = useLocation()
  // Arriving from a link to one entry: bring it into view and give it focus, so reading starts there.
  onMount(() => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))
    if (target) {
      target.scrollIntoView({ block: 'start' })
      target.focus()
    }
  })
  return (
    <section class="glossary">
      <Title>Glossary</Title>
      <h1>Glossary</h1>
      <p class="lede">The words of career pathways that Rungs uses, in plain language.</p>
      <dl>
        <For each={byTerm}>
          {(entry) => (
            <div class="glossary-entry" id={entry.id} tabindex="-1">
              <dt>
                {entry.term}
                <Show when={entry.expansion}>{(expansion) => <span class="glossary-expansion"> ({expansion()})</span>}</Show>
              </dt>
              <dd>{entry.definition}</dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  )
}
