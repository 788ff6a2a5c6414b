// A word or abbreviation of the glossary where it appears on a page: the expansion as a tooltip (<abbr>), and a
// link to its entry, so keyboard and screen reader users reach the explanation too (a tooltip alone is mouse-only).
import { A } from '@solidjs/router'
import { Show, type JSX } from 'solid-js'
import { glossaryEntry } from '../../lib/glossary'

export function Term(props: { id: string; children?: JSX.Element }) {
  const entry = () => glossaryEntry(props.id)
  return (
    <A href={`/glossary#${props.id}`} class="term" title={`What is this? ${entry()?.expansion ?? entry()?.term ?? ''}`.trim()}>
      <Show when={entry()?.expansion} fallback={props.children ?? entry()?.term}>
        {(expansion) => <abbr title={expansion()}>{props.children ?? entry()?.term}</abbr>}
      </Show>
    </A>
  )
}

// "What is this?" after a field's label or a heading: a small link to the glossary entry.
export function WhatIsThis(props: { id: string; about: string }) {
  return (
    <A href={`/glossary#${props.id}`} class="what-is-this">
      What is this?<span class="visually-hidden"> ({props.about})</span>
    </A>
  )
}
