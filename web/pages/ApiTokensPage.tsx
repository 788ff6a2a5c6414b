// /account/tokens: the signed-in person's API tokens for scripts and integrations: the list, a form to create
// one (its secret is shown once) and revocation.
import { A, useLocation } from '@solidjs/router'
import { createResource, createSignal, Show } from 'solid-js'
import type { ApiTokenInput } from '../../shared/schemas/api-tokens'
import { client, data, type ApiToken, type NewApiToken } from '../api'
import { Loadable } from '../components/Loadable'
import { SessionGate } from '../components/SessionGate'
import { Title } from '../components/Title'
import { NewTokenForm } from '../components/tokens/NewTokenForm'
import { NewTokenSecret } from '../components/tokens/NewTokenSecret'
import { TokenTable } from '../components/tokens/TokenTable'
import { problemText } from '../lib/form'
import { signInHref } from '../lib/next-path'
import '../styles/tokens.css'

export default function ApiTokensPage() {
  const location = useLocation()
  return (
    <>
      <Title>API tokens</Title>
      <h1>API tokens</h1>
      <p class="lede">
        Tokens let your scripts and other systems use the Rungs API as you, with no password: they send{' '}
        <code>Authorization: Bearer</code> and the token. A token can do at most what your role allows, and stops
        working on its last day, when you revoke it, or when your account is disabled. The{' '}
        <a href="/api/docs">API reference</a> lists every operation.
      </p>
      <SessionGate
        allowed={() => true}
        signedOut={
          <p class="notice">
            <A href={signInHref(location.pathname, location.search)}>Sign in</A> to manage your API tokens.
          </p>
        }
        refused={<></>}
      >
        <Tokens />
      </SessionGate>
    </>
  )
}

function Tokens() {
  const [tokens, { mutate, refetch }] = createResource(async () => (await data(client.my.tokens.$get())).items)
  const [created, setCreated] = createSignal<NewApiToken | null>(null)
  const [message, setMessage] = createSignal('')
  let listHeading!: HTMLHeadingElement
  const create = async (input: ApiTokenInput) => {
    const token = await data(client.my.tokens.$post({ json: input }))
    setMessage('')
    setCreated(token)
    await refetch()
  }
  const revoke = async (token: ApiToken) => {
    try {
      await data(client.my.tokens[':id'].$delete({ param: { id: String(token.id) } }))
      mutate((list) => list?.filter((t) => t.id !== token.id))
      setMessage(`Revoked “${token.name}”. Scripts using it are refused from now on.`)
    } catch (error) {
      setMessage(`Could not revoke “${token.name}”: ${problemText(error)}`)
    }
    listHeading.focus()
  }
  const done = () => {
    setCreated(null)
    listHeading.focus()
  }
  return (
    <>
      <Show when={created()}>{(token) => <NewTokenSecret token={token()} onDone={done} />}</Show>
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading" tabindex="-1" ref={listHeading}>
          Your tokens
        </h2>
        <p role="status" class="saved">
          {message()}
        </p>
        <Loadable resource={tokens} what="your tokens">
          {/* Read from the resource itself, which a revocation changes in place. */}
          {() => (
            <Show when={tokens()?.length} fallback={<p class="empty">You have no API tokens.</p>}>
              <TokenTable tokens={tokens() ?? []} onRevoke={revoke} />
            </Show>
          )}
        </Loadable>
      </section>
      <NewTokenForm onCreate={create} />
    </>
  )
}
