// The words of career pathways that newcomers meet on Rungs' pages, explained once: the glossary page lists
// them, and <Term> links an abbreviation or a word on any page to its entry here.

export type GlossaryEntry = {
  // The anchor of the entry on the glossary page (/glossary#id).
  id: string
  term: string
  // What an abbreviation stands for, shown as the tooltip of <abbr>.
  expansion?: string
  definition: string
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'articulation',
    term: 'Articulation',
    definition:
      'An agreement that a course or credential earned at one level (a high school class, an adult education course) counts toward a later program, so the student is not taught the same thing twice. It names what is granted: credit, advanced standing or a waived requirement.',
  },
  {
    id: 'bridge',
    term: 'Bridge',
    definition:
      'A course for adults whose reading or math is not yet at the level a training program expects. It teaches those basic skills in the context of the job (measuring with a rule, reading a work order) so the adult is ready for the program’s first module.',
  },
  {
    id: 'case',
    term: 'CASE',
    expansion: 'Competencies and Academic Standards Exchange',
    definition:
      'The 1EdTech standard for publishing frameworks of competencies as data, so that tools can exchange them. Rungs imports and exports frameworks as CASE packages.',
  },
  {
    id: 'ccrs',
    term: 'CCRS levels',
    expansion: 'College and Career Readiness Standards for Adult Education',
    definition:
      'The basic-skills standards of adult education in reading, writing and math, grouped in levels A (beginning) to E (highest, near college entry). A bridge aims its basic skills at these levels.',
  },
  {
    id: 'competency',
    term: 'Competency',
    definition:
      'One thing a worker must know or be able to do, as an industry skill standard states it (for example “Measure parts with a micrometer to 0.001 inch”). Standards group competencies in a framework, often as a tree.',
  },
  {
    id: 'depth',
    term: 'I / R / M',
    expansion: 'Introduced, Reinforced, Mastered',
    definition:
      'How deeply a module teaches a competency: Introduced (first met), Reinforced (practised again), Mastered (the learner can do it to the standard, usually assessed). A pathway should take each required competency to Mastered somewhere, and should not teach it again at a later level as if new.',
  },
  {
    id: 'framework',
    term: 'Framework',
    definition:
      'A published list of competencies: an industry skill standard (from employers or a certifying body) or a basic-skills standard such as the CCRS.',
  },
  {
    id: 'iet',
    term: 'IET',
    expansion: 'Integrated Education and Training',
    definition:
      'A program that teaches adult basic skills and workforce training at the same time, for the same occupation, with one set of outcomes (defined in the Workforce Innovation and Opportunity Act). Students start the job training without first finishing basic education.',
  },
  {
    id: 'module',
    term: 'Module',
    definition:
      'A short, self-contained piece of a curriculum, with its own outcomes, that leads to a recognised credential or counts toward one.',
  },
  {
    id: 'nrs-efl',
    term: 'NRS EFL',
    expansion: 'National Reporting System Educational Functioning Level',
    definition:
      'The level at which adult education places and reports a learner: Adult Basic Education levels 1 to 6 and English as a Second Language levels 1 to 6. A module’s entry level says where an adult must be to start it.',
  },
  {
    id: 'pathway',
    term: 'Career pathway',
    definition:
      'The connected ladder of education and training that takes a person from where they start (adult education, high school, a first job) to successively better jobs in one industry, in stages with entry and exit points.',
  },
  {
    id: 'soc',
    term: 'SOC',
    expansion: 'Standard Occupational Classification',
    definition:
      'The federal list of occupations (2018 edition) with six-digit codes such as 51-4041 Machinists. Rungs uses it to name the jobs each exit leads to and to show their wages.',
  },
  {
    id: 'stackable',
    term: 'Stackable credential',
    definition:
      'A credential that counts toward a bigger one: a certificate earned in a few months that is part of a longer certificate, which in turn is part of a degree. Each can be earned, and used for a job, on its own.',
  },
  {
    id: 'family-wage',
    term: 'Family-sustaining wage',
    definition:
      'The wage a household needs to meet its basic costs without public assistance in a given region and year. The road map marks the jobs that pay at least that much.',
  },
]

export const glossaryEntry = (id: string): GlossaryEntry | undefined => GLOSSARY.find((entry) => entry.id === id)
