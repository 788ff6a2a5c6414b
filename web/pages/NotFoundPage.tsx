// Any address the router does not know: says so and offers the way back.
import { A } from '@solidjs/router'
import { Title } from '../components/Title'

export default function NotFoundPage() {
  return (
    <section>
      <Title>Page not found</Title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <A href="/">See all pathways</A>.
      </p>
    </section>
  )
}
