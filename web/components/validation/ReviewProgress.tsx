// "42 of 180 rated": the reviewer's progress as a progress bar and as text that screen readers announce politely.
export function ReviewProgress(props: { rated: number; total: number }) {
  return (
    <div class="review-progress">
      <p id="review-progress-label" role="status">
        {props.rated} of {props.total} rated
      </p>
      <progress aria-labelledby="review-progress-label" max={props.total} value={props.rated} />
    </div>
  )
}
