// "Publish to Credential Engine": the pathway's CTDL graphs sent to the organisation's Registry Assistant, the
// registry's answer to each listed. Where this server has no API key (or no Assistant or organisation CTID) it
// says so and offers the download only.
import { createResource, createSignal, For, Show } from 'solid-js'
import { client, data } from '../../api'

type Report = { published: boolean; sent: number; total: number; results: { resource: string; name: string; ctid: string; ok: boolean; status: number | null; messages: string[] }[] }

const RESOURCE_WORDS: Record<string, string> = {
  competencyframework: 'Framework',
  progressionmodel: 'Stages',
  course: 'Course',
  credential: 'Credential',
  pathway: 'Pathway',
}

async function publish(slug: string): Promise<Report> {
  const call = client.pathways[':slug'].ctdl.publish.$post({ param: { slug } })
  const response = await call
  // 502: the registry refused a graph; the report says which and why.
  if (response.status === 502) return (await response.json()) as Report
  return data(Promise.resolve(response)) as Promise<Report>
}

export function CtdlPublish(props: { slug: string }) {
  const [status] = createResource(() => data(client.ctdl.publishing.$get()))
  const [report, setReport] = createSignal<Report | null>(null)
  const [error, setError] = createSignal<string | null>(null)
  const [sending, setSending] = createSignal(false)
  const send = async () => {
    setSending(true)
    setError(null)
    setReport(null)
    try {
      setReport(await publish(props.slug))
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setSending(false)
    }
  }
  return (
    <section aria-labelledby="ctdl-heading" class="ctdl-publish">
      <h2 id="ctdl-heading">Publish to Credential Engine</h2>
      <p class="muted">
        Publishing sends the pathway, its stages, courses, credentials and frameworks as CTDL, as the public sees them (approved modules only), to
        Credential Engine's registry in your organisation's name. Publishing again updates them: each keeps its CTID.
      </p>
      <Show when={status()}>
        {(loaded) => (
          <Show
            when={loaded().canPublish}
            fallback={
              <div class="card" id="ctdl-not-set-up">
                <p>
                  <strong>Publishing is not set up on this server</strong>, so only the download is offered: {loaded().gaps.join('; ')}.
                </p>
                <p class="muted">
                  An administrator sets these in the server's environment (see the README). Meanwhile, download the CTDL and publish it through Credential
                  Engine's own tools.
                </p>
                <a href={`/api/pathways/${props.slug}/ctdl`} class="button" download="">
                  Download CTDL (Credential Engine)
                </a>
              </div>
            }
          >
            <p>
              <button type="button" class="button button-primary" disabled={sending()} onClick={() => void send()}>
                {sending() ? 'Publishing…' : 'Publish to Credential Engine'}
              </button>{' '}
              <span class="muted">Registry: {loaded().registryUrl}</span>
            </p>
          </Show>
        )}
      </Show>
      <Show when={error()}>{(message) => <div class="error" role="alert"><strong>Not published.</strong> {message()}</div>}</Show>
      <Show when={report()}>
        {(done) => (
          <div class="ctdl-report">
            <p role="status" class={done().published ? 'success' : 'error'}>
              {done().published
                ? `Published: the registry accepted all ${done().total} graphs.`
                : `Not published: the registry refused a graph after accepting ${done().sent - 1} of ${done().total}; nothing after it was sent.`}
            </p>
            <ul class="ctdl-results">
              <For each={done().results}>
                {(r) => (
                  <li>
                    <strong>{r.ok ? 'Accepted' : 'Refused'}</strong> {RESOURCE_WORDS[r.resource] ?? r.resource}: {r.name}{' '}
                    <span class="muted">({r.ctid})</span>
                    <Show when={r.messages.length}>
                      <ul>
                        <For each={r.messages}>{(message) => <li>{message}</li>}</For>
                      </ul>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </div>
        )}
      </Show>
    </section>
  )
}
