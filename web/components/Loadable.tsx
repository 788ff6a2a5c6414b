// Shows a resource's loading state, its error (announced), or its value once loaded.
import { Match, Switch, type JSX, type Resource } from 'solid-js'
import { ErrorMessage } from './ErrorMessage'

export function Loadable<T>(props: { resource: Resource<T>; what: string; children: (value: T) => JSX.Element }) {
  return (
    <Switch>
      <Match when={props.resource.error}>
        {(error) => <ErrorMessage error={error()} what={props.what} />}
      </Match>
      <Match when={props.resource.loading}>
        <p class="status" role="status">
          Loading {props.what}…
        </p>
      </Match>
      <Match when={props.resource()}>{(value) => props.children(value())}</Match>
    </Switch>
  )
}
