// Addresses of rows that many pages link to.

// A competency in its framework's tree: the page opens its branch, scrolls it into view and focuses it.
export function competencyHref(frameworkId: number, competencyId: number): string {
  return `/frameworks/${frameworkId}?competency=${competencyId}`
}
