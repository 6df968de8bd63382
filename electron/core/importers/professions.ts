/**
 * Professions that write advice and letters in an EHC case, as data for guessing a document's
 * author. Sources: the advice the LA must seek (SEND Regs 2014 reg 6(1): educational, medical,
 * psychological, social care advice; CoP 9.45–9.49), the professions the HCPC registers (speech and
 * language therapists, occupational therapists, physiotherapists, practitioner psychologists),
 * and DOMAIN.md §2's list of profession words. Extend freely: order does not matter, the earliest
 * and then longest match in a line wins.
 *
 * - `names`: how the job is written out (case-insensitive regex sources, whole words).
 * - `abbreviations`: short forms, trusted only in a signature or an author line, never in running
 *   text ("the EP report" does not make the author an EP).
 * - `givesAdvice`: false for jobs whose letters are not professional advice (LA officers).
 * - `disciplines`: the subject as a report's title names it ("Speech and Language Therapy
 *   Report"): used only when a document names its author but not the author's job.
 */
export interface Profession {
  canonical: string;
  /** False for jobs that send letters but do not write professional advice (LA officers). */
  givesAdvice?: false;
  names: string[];
  abbreviations?: string[];
  disciplines?: string[];
}

export const PROFESSIONS: Profession[] = [
  {
    canonical: 'Educational Psychologist',
    names: ['educational psychologist', 'psychologist \\(educational\\)'],
    abbreviations: ['EP'],
    disciplines: ['educational psychology', 'psychological advice'],
  },
  { canonical: 'Clinical Psychologist', names: ['clinical psychologist'], disciplines: ['clinical psychology'] },
  { canonical: 'Psychiatrist', names: ['psychiatrist'], disciplines: ['psychiatric'] },
  {
    canonical: 'CAMHS Clinician',
    names: [
      'camhs (?:clinician|practitioner|worker|nurse|therapist|psychologist|lead)',
      'mental health practitioner',
      'child and adolescent mental health (?:clinician|practitioner|nurse)',
    ],
    disciplines: ['camhs', 'child and adolescent mental health'],
  },
  {
    canonical: 'Speech and Language Therapist',
    names: ['speech (?:and|&) language therapist', 'speech therapist', 'speech (?:and|&) language pathologist'],
    abbreviations: ['SLT', 'SALT', 'SaLT'],
    disciplines: ['speech (?:and|&) language therapy', 'speech therapy'],
  },
  {
    canonical: 'Occupational Therapist',
    names: ['occupational therapist'],
    abbreviations: ['OT'],
    disciplines: ['occupational therapy'],
  },
  {
    canonical: 'Physiotherapist',
    names: ['physiotherapist', 'physical therapist'],
    abbreviations: ['physio'],
    disciplines: ['physiotherapy'],
  },
  {
    canonical: 'Paediatrician',
    names: [
      'paediatrician',
      'pediatrician',
      'consultant in (?:community )?paediatrics',
      'community paediatric consultant',
    ],
    disciplines: ['community paediatrics', 'paediatric medical', 'medical advice'],
  },
  { canonical: 'General Practitioner', names: ['general practitioner'], abbreviations: ['GP'] },
  {
    canonical: 'Nurse',
    names: ['(?:school |specialist |community |learning disability |clinical nurse )?nurse(?: specialist)?'],
  },
  { canonical: 'Audiologist', names: ['audiologist'], disciplines: ['audiology'] },
  { canonical: 'Orthoptist', names: ['orthoptist', 'optometrist'] },
  { canonical: 'Dietitian', names: ['dietitian', 'dietician'] },
  { canonical: 'Music Therapist', names: ['music therapist'] },
  { canonical: 'Art Therapist', names: ['art therapist', 'play therapist', 'drama therapist'] },
  { canonical: 'Counsellor', names: ['counsellor', 'counselor', 'psychotherapist'] },
  {
    canonical: 'Social Worker',
    names: ['social worker'],
    disciplines: ['social care (?:advice|assessment)', "children'?s social care", 'child and family assessment'],
  },
  { canonical: 'Family Support Worker', names: ['family support worker', 'early help (?:practitioner|worker)'] },
  {
    canonical: 'SENCo',
    names: [
      'SENCO',
      'SENDCO',
      'special educational needs (?:and disabilit(?:y|ies) )?co-?ordinator',
      'inclusion (?:lead|manager|co-?ordinator)',
    ],
  },
  {
    canonical: 'Headteacher',
    names: ['head ?teacher', 'head of school', 'deputy head(?:teacher)?', 'assistant head(?:teacher)?'],
  },
  {
    canonical: 'Specialist Teacher',
    names: [
      'specialist teacher',
      'advisory teacher',
      'qualified teacher of (?:the deaf|the visually impaired|children and young people with (?:vision|hearing) impairment)',
      'teacher of the (?:deaf|visually impaired)',
    ],
  },
  { canonical: 'Teacher', names: ['class teacher', 'form tutor', 'teacher'] },
  {
    canonical: 'Teaching Assistant',
    names: ['teaching assistant', 'learning support assistant', 'emotional literacy support assistant'],
    abbreviations: ['TA', 'LSA', 'ELSA'],
  },
  {
    canonical: 'EHC Plan Coordinator',
    givesAdvice: false,
    names: [
      'ehc ?p? (?:plan )?co-?ordinator',
      'education,? health and care (?:plan )?co-?ordinator',
      'ehc plan writer',
      'plan co-?ordinator',
    ],
  },
  {
    canonical: 'SEN Caseworker',
    givesAdvice: false,
    names: [
      'send? case ?worker',
      'send? (?:case )?officer',
      'statutory (?:assessment )?(?:officer|case ?worker)',
      'send? team manager',
      'head of send?',
    ],
  },
  { canonical: 'Mediation Adviser', givesAdvice: false, names: ['mediation advis[eo]r', 'mediator'] },
  {
    canonical: 'Solicitor',
    givesAdvice: false,
    names: ['solicitor', 'barrister', 'send? advocate', 'caseworker \\(legal\\)'],
  },
];

/**
 * Words that grade a job rather than name a person ("Highly Specialist Speech and Language
 * Therapist"): trimmed from the end of a name found just before a profession.
 */
export const JOB_QUALIFIERS = [
  'highly specialist',
  'specialist',
  'senior',
  'principal',
  'advanced',
  'lead',
  'consultant',
  'clinical',
  'trainee',
  'assistant',
  'locum',
  'independent',
  'registered',
  'hcpc registered',
  'hcpc-registered',
  'chartered',
  'qualified',
  'paediatric',
  'pediatric',
  'community',
  "children'?s",
  'child',
  'specialist community',
  'interim',
  'acting',
  'deputy',
];

/**
 * Letters after a name (degrees, chartered status, registration), trimmed from a name's end:
 * "Dr Jane Okafor BSc MSc DEdPsy CPsychol". Listed rather than guessed so that surnames such as
 * McDonald are never trimmed.
 */
export const POSTNOMINALS = [
  'BA',
  'BSc',
  'BEd',
  'MA',
  'MSc',
  'MEd',
  'MPhil',
  'MRes',
  'PhD',
  'DPhil',
  'EdD',
  'DEdPsy',
  'DAppEdPsy',
  'DEdChPsy',
  'DClinPsy',
  'CPsychol',
  'AFBPsS',
  'FBPsS',
  'PGCE',
  'PGDip',
  'QTS',
  'NPQSENCO',
  'NASENCO',
  'MBBS',
  'MBChB',
  'BMBS',
  'MRCPCH',
  'FRCPCH',
  'MRCP',
  'FRCP',
  'MRCPsych',
  'FRCPsych',
  'MRCSLT',
  'RCSLT',
  'MRCOT',
  'MCSP',
  'HCPC',
  'RGN',
  'RN',
  'RSCN',
  'RNLD',
  'Hons',
  '\\(Hons\\)',
  'Cert',
  'Dip',
];
