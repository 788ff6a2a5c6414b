// The rule every set of wage figures keeps, whether typed into a form or imported from a CSV.

type Figures = Partial<Record<'hourlyMedian' | 'annualMedian' | 'hourlyP25' | 'hourlyP75' | 'annualP25' | 'annualP75', number | null>>

// Refuses a 25th percentile above the median or the median above the 75th, per unit, naming the field.
export function wageOrderProblem(w: Figures): { field: string; message: string } | null {
  for (const unit of ['hourly', 'annual'] as const) {
    const [p25, median, p75] = [w[`${unit}P25`], w[`${unit}Median`], w[`${unit}P75`]]
    if (p25 != null && median != null && p25 > median) return { field: `${unit}P25`, message: `the ${unit} 25th percentile is above the median` }
    if (p75 != null && median != null && p75 < median) return { field: `${unit}P75`, message: `the ${unit} 75th percentile is below the median` }
    if (p25 != null && p75 != null && p25 > p75) return { field: `${unit}P25`, message: `the ${unit} 25th percentile is above the 75th` }
  }
  return null
}

