// A visible error, announced at once by screen readers, carrying the server's own message when there is one.
import { ApiError } from '../api'
import { Title } from './Title'

export function ErrorMessage(props: { error: unknown; what: string }) {
  const message = () => {
    if (props.error instanceof ApiError) return props.error.message
    if (props.error instanceof TypeError) return 'The server could not be reached. Check your connection and reload the page.'
    return props.error instanceof Error ? props.error.message : String(props.error)
  }
  return (
    <div class="error" role="alert">
      <Title>{`Could not load ${props.what}`}</Title>
      <strong>Could not load {props.what}.</strong>
      {message()}
    </div>
  )
}
