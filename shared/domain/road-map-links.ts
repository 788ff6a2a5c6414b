// The addresses of a pathway's public road map: the page itself, and the short link that leads there. The short
// link names the pathway by id, which never changes (a slug may be renamed), so a printed copy keeps leading to
// the live page; the server answers it with a redirect (server/routes/short-links.ts).

// The public road map ("Student view") of the pathway with this slug.
export const publicRoadMapPath = (slug: string) => `/pathways/${slug}?view=student`

// The short link to the pathway with this id.
export const shortLinkPath = (id: number) => `/r/${id}`
