// The reference page of the API (/api/docs): every operation of the OpenAPI document with its parameters and
// request body, as plain HTML with no script, so it loads nothing from elsewhere and reads on a phone.
import type { JsonSchema } from './json-schema'
import type { OpenApiDocument } from './document'

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

// A short type for a parameter's schema ("integer ≥ 1", "one of: a, b").
function typeOf(schema: JsonSchema): string {
  if (Array.isArray(schema.enum)) return `one of: ${schema.enum.join(', ')}`
  const type = Array.isArray(schema.type) ? schema.type.join(' or ') : typeof schema.type === 'string' ? schema.type : 'any'
  const bounds = [schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : '', schema.maxLength !== undefined ? `≤ ${String(schema.maxLength)} characters` : '']
  const format = typeof schema.format === 'string' ? ` (${schema.format})` : ''
  return [type + format, ...bounds.filter(Boolean)].join(', ')
}

// The description's `code` spans (Markdown, as OpenAPI allows) as HTML.
const withCode = (text: string) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')

type Operation = OpenApiDocument['paths'][string][string]

function operationHtml(method: string, path: string, operation: Operation): string {
  const parameters = operation.parameters.length
    ? `<div class="scroll"><table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">required</th><th scope="col">type</th></tr></thead><tbody>${operation.parameters
        .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td>${escape(typeOf(p.schema))}</td></tr>`)
        .join('')}</tbody></table></div>`
    : ''
  const body = operation.requestBody
    ? Object.entries(operation.requestBody.content)
        .map(([type, { schema }]) => `<details><summary>Request body (${escape(type)})</summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`)
        .join('')
    : ''
  return `<section class="operation" id="${escape(operation.operationId)}" aria-labelledby="${escape(operation.operationId)}-title"><h3 id="${escape(operation.operationId)}-title"><span class="method">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>${parameters}${body}</section>`
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fff}main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem;overflow-wrap:anywhere}
.method{display:inline-block;min-width:4.5rem;font-family:monospace;color:#0b4f8a}code,pre{font-family:ui-monospace,monospace}
pre{background:#f4f4f4;padding:.5rem;overflow-x:auto;max-width:100%}.scroll{overflow-x:auto}table{border-collapse:collapse}
caption{text-align:left;font-weight:600}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}a{color:#0b4f8a}a:focus-visible,summary:focus-visible{outline:3px solid #0b4f8a;outline-offset:2px}`

// The whole page, grouped by the first segment of the path.
export function docsPage(document: OpenApiDocument): string {
  const groups = new Map<string, string[]>()
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = operation.tags[0]!
      groups.set(tag, [...(groups.get(tag) ?? []), operationHtml(method, path, operation)])
    }
  }
  const tags = [...groups.keys()].sort()
  const count = [...groups.values()].reduce((n, ops) => n + ops.length, 0)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rungs API reference</title><style>${STYLE}</style></head><body><main>
<h1>Rungs API reference</h1>
<p>${withCode(document.info.description)}</p>
<p>${count} operations. The machine-readable description is <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${document.openapi}).</p>
<nav aria-label="Resources"><ul>${tags.map((tag) => `<li><a href="#tag-${escape(tag)}">${escape(tag)}</a></li>`).join('')}</ul></nav>
${tags.map((tag) => `<section aria-labelledby="tag-${escape(tag)}"><h2 id="tag-${escape(tag)}">${escape(tag)}</h2>${groups.get(tag)!.join('\n')}</section>`).join('\n')}
</main></body></html>`
}
