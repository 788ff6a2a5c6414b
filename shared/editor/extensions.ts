// The one Tiptap extension list: the web editor runs it, the server checks stored documents against it.
import type { AnyExtension, Attributes } from '@tiptap/core'
import { Link } from '@tiptap/extension-link'
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table'
import { StarterKit } from '@tiptap/starter-kit'
import { CompetencyRef } from './competency-ref'

const ALLOWED_HREF = /^(https?:\/\/|mailto:)/i

// True for the only link targets rich text may hold: http(s) and mailto.
export const isAllowedHref = (href: unknown): boolean => typeof href === 'string' && ALLOWED_HREF.test(href.trim())

// Link whose href is part of the schema's rules, so a javascript: or data: link fails the document check.
const SafeLink = Link.extend({
  addAttributes() {
    const parent: Attributes = this.parent?.() ?? {}
    return {
      ...parent,
      href: {
        ...parent.href,
        validate: (href: unknown) => {
          if (!isAllowedHref(href)) throw new RangeError(`Link ${JSON.stringify(href)} is not an http(s) or mailto address`)
        },
      },
    }
  },
}).configure({
  openOnClick: false,
  defaultProtocol: 'https',
  protocols: ['http', 'https', 'mailto'],
  isAllowedUri: (url) => isAllowedHref(url),
})

// Every extension of the editor schema, in order; web and server import this list and nothing else.
export const extensions: AnyExtension[] = [
  StarterKit.configure({ link: false }),
  SafeLink,
  Table.configure({ resizable: false }),
  TableRow,
  TableHeader,
  TableCell,
  CompetencyRef,
]
