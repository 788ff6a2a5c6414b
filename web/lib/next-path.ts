// Where to go after signing in: only a path of this site, so a crafted link cannot send a person elsewhere.

// The `next` path when it stays on `origin` (and is not the sign-in page itself), otherwise "/".
export function safeNextPath(next: string | undefined, origin: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/'
  try {
    const url = new URL(next, origin)
    if (url.origin !== origin || url.pathname === '/sign-in') return '/'
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return '/'
  }
}

// The sign-in address that comes back to the page at `pathname` and `search` afterwards (the sign-in page
// keeps its own `next`).
export function signInHref(pathname: string, search: string): string {
  if (pathname === '/sign-in') return `/sign-in${search}`
  return pathname === '/' && !search ? '/sign-in' : `/sign-in?next=${encodeURIComponent(pathname + search)}`
}
