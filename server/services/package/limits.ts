// How large a pathway package may be. A statewide pathway of 20,000 modules with 100,000 outcomes and 500,000
// alignments is 83 MB of JSON (npm run bench:package); RUNGS_PACKAGE_MAX_MB sets another limit.
export const MB = 1024 * 1024
export const PACKAGE_MAX_BYTES = 100 * MB
