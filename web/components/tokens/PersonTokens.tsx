// For admins on the users page: one person's API tokens, chosen from the people listed, each revocable (a leaked
// or forgotten token can be stopped without its person). The server audits each revocation.
import { createResource, createSignal, Show } from 'solid-js'
import { client, data, type ApiToken, type Person } from '../../api'
import { SelectField } from '../Fields'
import { Loadable } from '../Loadable'
import { problemText } from '../../lib/form'
import { TokenTable } from './TokenTable'
import '../../styles/tokens.css'

export function PersonTokens(props: { people: readonly Person[] }) {
  const [chosen, setChosen] = createSignal('')
  const [message, setMessage] = createSignal('')
  const person = () => props.people.find((p) => String(p.id) === chosen())
  const [tokens, { mutate }] = createResource(chosen, async (id) => (await data(client.users[':id'].tokens.$get({ param: { id } }))).items)
  let heading!: HTMLHeadingElement
  const choose = (id: string) => {
    setMessage('')
    setChosen(id)
  }
  const revoke = async (token: ApiToken) => {
    const owner = person()
    try {
      await data(client.users[':id'].tokens[':tokenId'].$delete({ param: { id: chosen(), tokenId: String(token.id) } }))
      mutate((list) => list?.filter((t) => t.id !== token.id))
      setMessage(`Revoked “${token.name}” of ${owner?.name ?? 'this person'}. Scripts using it are refused from now on.`)
    } catch (error) {
      setMessage(`Could not revoke “${token.name}”: ${problemText(error)}`)
    }
    heading.focus()
  }
  const choices = () => [{ value: '', label: 'Choose a person' }, ...props.people.map((p) => ({ value: String(p.id), label: `${p.name} (${p.email})` }))]
  return (
    <section aria-labelledby="person-tokens-heading" class="person-tokens">
      <h2 id="person-tokens-heading" tabindex="-1" ref={heading}>
        API tokens
      </h2>
      <p class="muted">See the API tokens a person holds and revoke any of them; each revocation is recorded in the audit log.</p>
      <SelectField id="person-tokens-person" label="Person" choices={choices()} value={chosen()} onChange={choose} />
      <p role="status" class="saved">
        {message()}
      </p>
      <Show when={person()}>
        {(owner) => (
          <Loadable resource={tokens} what={`the tokens of ${owner().name}`}>
            {() => (
              <Show when={tokens()?.length} fallback={<p class="empty">{owner().name} holds no API tokens.</p>}>
                <TokenTable tokens={tokens() ?? []} caption={`API tokens of ${owner().name}`} onRevoke={revoke} />
              </Show>
            )}
          </Loadable>
        )}
      </Show>
    </section>
  )
}
