import { describe, expect, it } from 'vitest'
import { actionsFor, mayAct, nextState, noteOf, refusal, stateWords, WORKFLOW_ACTIONS, WORKFLOW_STATES, type WorkflowRole } from '../../shared/domain/workflow'

const author: WorkflowRole = { editor: true, reviewer: false, submitter: true }
const reviewer: WorkflowRole = { editor: false, reviewer: true, submitter: false }
const editingReviewer: WorkflowRole = { editor: true, reviewer: true, submitter: false }
const reader: WorkflowRole = { editor: false, reviewer: false, submitter: false }

describe('the approval workflow', () => {
  it('moves between exactly these states', () => {
    const table = Object.fromEntries(WORKFLOW_STATES.map((s) => [s, Object.fromEntries(WORKFLOW_ACTIONS.map((a) => [a, nextState(s, a)]))]))
    expect(table).toEqual({
      draft: { submit: 'review', approve: null, return: null, withdraw: null, archive: 'archived', reopen: null },
      review: { submit: null, approve: 'approved', return: 'draft', withdraw: 'draft', archive: null, reopen: null },
      approved: { submit: null, approve: null, return: null, withdraw: null, archive: 'archived', reopen: null },
      archived: { submit: null, approve: null, return: null, withdraw: null, archive: null, reopen: 'draft' },
    })
  })

  it('lets editors submit, withdraw, archive and reopen, and reviewers decide on what others submitted', () => {
    expect(actionsFor('draft', author)).toEqual(['submit', 'archive'])
    expect(actionsFor('review', author)).toEqual(['withdraw'])
    expect(actionsFor('review', reviewer)).toEqual(['approve', 'return'])
    expect(actionsFor('review', editingReviewer)).toEqual(['approve', 'return', 'withdraw'])
    expect(actionsFor('review', { ...editingReviewer, submitter: true })).toEqual(['withdraw'])
    expect(actionsFor('approved', reviewer)).toEqual([])
    expect(actionsFor('archived', author)).toEqual(['reopen'])
    expect(WORKFLOW_ACTIONS.filter((a) => mayAct(reader, a))).toEqual([])
  })

  it('asks for a summary on submitting and a comment on returning', () => {
    expect(WORKFLOW_ACTIONS.map((a) => [a, noteOf(a)])).toEqual([
      ['submit', 'required'], ['approve', 'optional'], ['return', 'required'], ['withdraw', 'none'], ['archive', 'none'], ['reopen', 'none'],
    ])
  })

  it('names the state and the states an action needs when refusing it', () => {
    expect(refusal('Module MFG 101', 'approved', 'approve')).toBe('Module MFG 101 is approved; "Approve" is only possible when it is in review')
    expect(refusal('Module MFG 101', 'review', 'archive')).toBe('Module MFG 101 is in review; "Archive" is only possible when it is draft or approved')
  })

  it('names each state in words, saying when an approved revision stands behind a newer draft', () => {
    expect(WORKFLOW_STATES.map((state) => stateWords(state, null))).toEqual(['Draft', 'In review', 'Approved', 'Archived'])
    expect(WORKFLOW_STATES.map((state) => stateWords(state, 2))).toEqual(['Approved, with a new draft', 'Approved, with changes in review', 'Approved', 'Archived'])
  })
})
