// How big a crosswalk matrix may be when it is built in memory (for the matrix page, or inside a workbook):
// competencies times modules. A college's pathway (the demo: 93 competencies by 15 modules, 1,395 cells) is
// far below; a regional catalogue's whole matrix is not. RUNGS_MATRIX_MAX_CELLS sets another limit.
export const MATRIX_MAX_CELLS = 250_000
