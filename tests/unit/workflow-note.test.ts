// The words a workflow form shows next to its summary or comment: before sending (the server's own schema) and
// when the server refuses the note with 422; other refusals are left to the form's message.
import { describe, expect, it } from 'vitest'
import { NOTE_LIMIT } from '../../shared/domain/workflow'
import { ApiError } from '../../web/api'
import { noteProblem, refusedNote } from '../../web/components/workflow/workflow-note'

describe('workflow notes', () => {
  it('asks for a summary or a comment where one is required, and none for approving', () => {
    expect(noteProblem('submit', '   ', 3)).toBe('Write a short summary of what changed, so the reviewers know what to look at.')
    expect(noteProblem('return', '', 3)).toBe('Write what should change, so the authors know what to fix before approval.')
    expect(noteProblem('approve', '', 3)).toBeNull()
    expect(noteProblem('submit', 'Outcomes checked', 3)).toBeNull()
    expect(noteProblem('withdraw', '', 3)).toBeNull()
  })

  it('says how long a note may be and how long it is', () => {
    const long = 'x'.repeat(NOTE_LIMIT + 345)
    for (const action of ['submit', 'approve', 'return'] as const) {
      expect(noteProblem(action, long, 3)).toBe('Keep it to 2,000 characters; it has 2,345.')
    }
    expect(noteProblem('submit', 'x'.repeat(NOTE_LIMIT), 3)).toBeNull()
  })

  it("reads the server's 422 about the note, and leaves other refusals to the form", () => {
    const refused = new ApiError(422, 'validation_failed', 'Invalid json: comment: must not be empty', { issues: [{ path: 'comment', message: 'must not be empty' }] })
    expect(refusedNote('return', '', refused)).toBe('Write what should change, so the authors know what to fix before approval.')
    const conflict = new ApiError(409, 'workflow_state', 'Module X is draft; "Approve" is only possible when it is in review', { state: 'draft' })
    expect(refusedNote('approve', '', conflict)).toBeNull()
    const otherField = new ApiError(422, 'validation_failed', 'Invalid json: version', { issues: [{ path: 'version', message: 'Required' }] })
    expect(refusedNote('submit', 'Fine', otherField)).toBeNull()
  })
})
