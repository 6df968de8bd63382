import type { DocumentKind } from '../../../shared/documents.ts';

/**
 * Rules for guessing what a document is, as data. Each rule is a case-insensitive regex source
 * with a weight; a kind's score is the sum of the weights of its rules found in the first part of
 * the text (each rule counts once) and in the file name. The highest score wins if it reaches
 * MIN_KIND_SCORE, else the document is 'other'. The user can always correct the kind.
 *
 * Sources: DOMAIN.md §1 (the plan's sections A–K, SEND Regs reg 12, CoP 9.62), §2 (how reports
 * present recommendations; profession words), §3 (the decision letter's right of appeal, the
 * mediation adviser and certificate, SEND Regs 33–34; the First-tier Tribunal).
 */
export interface KindRule {
  pattern: string;
  weight: number;
  /** Why the rule points to this kind (read by people extending the rules). */
  why: string;
}

export const MIN_KIND_SCORE = 3;

/** How much of the text (characters) the kind rules read: enough for a letter or a report's opening. */
export const KIND_TEXT_CHARS = 12_000;

export const KIND_TEXT_RULES: Record<Exclude<DocumentKind, 'other'>, KindRule[]> = {
  plan: [
    { pattern: 'education,? health (?:and|&) care plan', weight: 3, why: 'the statutory name of the plan' },
    {
      pattern: '\\b(?:draft|final|amended|proposed) (?:ehc ?p?|education,? health (?:and|&) care) plan\\b',
      weight: 1,
      why: 'plan stages',
    },
    {
      pattern: 'special educational provision (?:required|reasonably required)',
      weight: 2,
      why: 'the Section F heading (reg 12(1)(f))',
    },
    { pattern: 'outcomes sought', weight: 1, why: 'the Section E heading' },
    { pattern: 'views,? interests and aspirations', weight: 2, why: 'the Section A heading' },
    { pattern: 'personal budget', weight: 1, why: 'Section J' },
  ],
  'decision-letter': [
    {
      pattern: 'right (?:of|to) appeal',
      weight: 4,
      why: 'a decision letter must give the right of appeal (SEND Regs 10, 13)',
    },
    {
      pattern: '\\byou (?:can|may|are able to) (?:appeal|make an appeal|register an appeal)\\b',
      weight: 3,
      why: 'the right of appeal in plain words',
    },
    {
      pattern: 'first-tier tribunal|send tribunal|tribunal \\(special educational needs',
      weight: 2,
      why: 'where appeals go',
    },
    { pattern: 'mediation advis[eo]r', weight: 2, why: 'the letter names the mediation adviser (Regs 32)' },
    { pattern: 'mediation certificate', weight: 3, why: 'the certificate that lets a parent appeal (Regs 33–34)' },
    {
      pattern:
        '\\b(?:has|have) decided (?:not )?to (?:issue|carry out|conduct|undertake|assess|amend|cease|maintain|reassess|refuse|name|make|agree)\\b|\\bdecision (?:not )?to (?:issue|assess|carry out|amend|cease|maintain|reassess)\\b',
      weight: 3,
      why: 'the LA states its decision (a parent "deciding to appeal" is not one)',
    },
    {
      pattern:
        '\\bwe (?:will|are) not (?:issue|carry out|amend|assess)\\b|\\brefus(?:e|ed|al) to (?:assess|issue|amend)\\b',
      weight: 3,
      why: 'refusal decisions',
    },
    { pattern: 'within (?:two|2) months', weight: 1, why: 'the appeal time limit (HESC r20)' },
    { pattern: '\\bcease to maintain\\b', weight: 2, why: 'a decision to cease the plan' },
  ],
  'mediation-certificate': [
    {
      pattern:
        '^\\s*(?:mediation certificate|certificate of (?:mediation|attendance at mediation)|certificate (?:issued )?under (?:section 55|regulation 3[3-9]))\\b',
      weight: 6,
      why: 'the certificate names itself at the top (CFA s55; SEND Regs 33–39)',
    },
    { pattern: '\\bthis certificate\\b', weight: 3, why: 'a certificate speaks of itself' },
    {
      pattern: '\\bsection 55\\b|\\bregulations? 3[3-9]\\b',
      weight: 2,
      why: 'the provisions a certificate is issued under',
    },
    {
      pattern:
        '\\b(?:decided|chosen|declined|decides|does not wish|did not wish) (?:not )?to (?:pursue|take part in|go to|attend) mediation\\b|\\bmediation (?:took place|has taken place|was not arranged|could not be arranged|has concluded|ended)\\b',
      weight: 3,
      why: 'what the certificate certifies (Regs 34, 38–39)',
    },
  ],
  tribunal: [
    {
      pattern: '\\bsend ?35a?\\b|\\bsend ?7\\b|\\bnotice of appeal\\b|\\bappeal form\\b',
      weight: 4,
      why: 'the appeal form and request form (SEND35, SEND7)',
    },
    {
      pattern:
        '\\b(?:has|have) (?:now )?(?:been )?registered (?:your|the|this) appeal\\b|\\bappeal (?:has|was) (?:now )?been registered\\b|\\bregistration of (?:your|the) appeal\\b',
      weight: 5,
      why: 'the registration letter',
    },
    { pattern: '\\bEH\\d{3}/\\d{2}/\\d{5}\\b', weight: 4, why: "the SEND Tribunal's case reference (EHnnn/yy/nnnnn)" },
    {
      pattern:
        '\\b(?:it is (?:hereby )?ordered|the tribunal (?:directs|orders|has directed|has ordered))\\b|^\\s*(?:directions?|(?:case management )?orders?|(?:case management )?directions)\\s*$',
      weight: 4,
      why: 'directions and orders',
    },
    {
      pattern: '\\btribunal judge\\b|\\bjudge [A-Z]|\\bdistrict judge\\b',
      weight: 2,
      why: 'a judge signs directions and orders',
    },
    { pattern: 'health,? education and social care chamber', weight: 3, why: "the tribunal's chamber" },
    { pattern: '\\bappellant\\b|\\brespondent\\b', weight: 2, why: 'the parties as the tribunal names them' },
    {
      pattern:
        "\\bresponse to (?:the|this) appeal\\b|\\b(?:local authority|respondent)['’]?s? response\\b|\\bresponse (?:form|of the local authority)\\b",
      weight: 3,
      why: "the LA's response to the appeal (HESC r21)",
    },
    {
      pattern: '\\bfinal hearing\\b|\\bhearing (?:date|will (?:take place|be held))\\b',
      weight: 1,
      why: 'the hearing the papers lead to',
    },
  ],
  'working-document': [
    { pattern: '\\bworking document\\b', weight: 8, why: 'the working document names itself (DOMAIN §4)' },
    {
      pattern:
        '\\b(?:bold|italic|underline[d]?|strike ?through)(?: text| type)?\\s*(?:=|-|–|:|is|shows|indicates)\\s*(?:the )?(?:parent|appellant|local authority|la|respondent|agreed)',
      weight: 4,
      why: "the working document's formatting key (IPSEA/SENDIASS)",
    },
  ],
  'witness-statement': [
    { pattern: '\\bwitness statement\\b', weight: 6, why: 'a witness statement names itself (PD 1/2025: 10 pages)' },
    {
      pattern:
        '\\bstatement of truth\\b|\\bbelieve (?:that )?the facts (?:stated )?in this (?:witness )?statement are true\\b',
      weight: 5,
      why: 'the statement of truth',
    },
    {
      pattern:
        '^\\s*(?:\\d+\\.\\s*)?I,? [A-Z][\\p{L}\\-]+(?: [A-Z][\\p{L}\\-]+){1,3},? (?:of|make this|will say|am the)\\b',
      weight: 3,
      why: "a statement opens with the witness's name",
    },
  ],
  report: [
    { pattern: '\\breport\\b', weight: 1, why: 'reports call themselves reports' },
    {
      pattern: '^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:summary of )?recommendations?\\b',
      weight: 2,
      why: 'a recommendations heading (DOMAIN §2)',
    },
    {
      pattern:
        '\\b(?:assessment|observation) (?:results|findings)\\b|^\\s*(?:\\d+\\.?\\s*)?(?:assessment|findings)\\s*$',
      weight: 2,
      why: 'assessment findings',
    },
    { pattern: 'date of (?:assessment|report|visit|observation)', weight: 2, why: 'report front-sheet fields' },
    {
      pattern: '\\b(?:advice|report) for (?:an? )?(?:education,? health (?:and|&) care|ehc)',
      weight: 2,
      why: 'statutory advice (Regs 6)',
    },
    {
      pattern: '\\bhcpc\\b|\\bcentile\\b|\\bpercentile\\b|\\bstandard(?:ised)? scores?\\b',
      weight: 2,
      why: 'registration and test scores appear in professional reports',
    },
    {
      pattern: '\\bI (?:recommend|assessed|observed|saw)\\b|it is recommended',
      weight: 1,
      why: 'first-person professional opinion',
    },
    { pattern: '\\b(?:diagnosis|referral|sources of information|background)\\b', weight: 1, why: 'report sections' },
    {
      pattern:
        '^\\s*(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:summary of (?:assessment|needs|findings)|identified needs|needs identified|recommended (?:services|provision|support|outcomes)|conclusions?|formulation)\\b',
      weight: 2,
      why: 'report headings',
    },
  ],
  correspondence: [
    { pattern: '^\\s*dear\\b', weight: 2, why: 'a letter or email greeting' },
    {
      pattern: '\\byours (?:sincerely|faithfully|truly)\\b|\\b(?:kind|best|warm) regards\\b|\\bmany thanks\\b',
      weight: 2,
      why: 'a sign-off',
    },
    { pattern: '^\\s*(?:our|your) ref(?:erence)?\\b', weight: 1, why: 'letter references' },
    { pattern: '^\\s*(?:re|subject)\\s*:', weight: 1, why: 'a subject line' },
  ],
  evidence: [
    { pattern: '\\battendance (?:record|report|certificate|summary)\\b', weight: 3, why: 'school records' },
    {
      pattern: '\\b(?:school|end of year|annual|progress) report\\b(?! by)',
      weight: 1,
      why: 'a school report is evidence, not professional advice',
    },
    {
      pattern:
        '\\b(?:sen support|individual education|learning support|pupil passport|one[- ]page profile|provision map)\\b(?: plan)?',
      weight: 2,
      why: 'school-level plans and records',
    },
    {
      pattern: '\\b(?:incident|behaviour|exclusion) (?:log|record|report|notice|letter)\\b',
      weight: 3,
      why: 'incident and exclusion records',
    },
    { pattern: '\\bannual review (?:report|record|paperwork)\\b', weight: 2, why: 'review paperwork' },
    { pattern: '\\b(?:diary|log) of\\b', weight: 2, why: "a family's own evidence" },
  ],
};

/**
 * The plan's section headings at the start of a line: "Section F:", "SECTION F –" (DOMAIN §1).
 * Bare letters ("F.") are not counted: reports use lettered lists too. Plans without the word
 * "Section" still score through the heading phrases above.
 */
export const PLAN_SECTION_HEADING = '^\\s*section\\s+([a-k]|h[12])\\b';
/** Distinct section letters that make a plan, and the score they add. */
export const PLAN_MIN_SECTIONS = 5;
export const PLAN_SECTIONS_WEIGHT = 6;

/** An email's header block at the top of the text (printed or saved emails). */
export const EMAIL_HEADER_NAMES = ['from', 'sent', 'to', 'cc', 'date', 'subject'];
export const EMAIL_HEADER_WEIGHT = 6;

/** File-name words, lowercased and split on anything but letters and digits. */
export const KIND_NAME_RULES: Record<Exclude<DocumentKind, 'other'>, KindRule[]> = {
  plan: [
    { pattern: '\\b(?:ehcp|ehc plan|education health (?:and )?care plan)\\b', weight: 3, why: 'named as the plan' },
  ],
  'decision-letter': [
    { pattern: '\\b(?:decision|refusal|appeal rights?|outcome letter)\\b', weight: 3, why: 'named as a decision' },
  ],
  'mediation-certificate': [
    { pattern: '\\b(?:mediation cert(?:ificate)?|certificate)\\b', weight: 4, why: 'named as the certificate' },
  ],
  tribunal: [
    {
      pattern:
        '\\b(?:send ?35a?|send ?7|appeal form|registration letter|directions?|orders?|tribunal|la response|response to (?:the )?appeal)\\b',
      weight: 3,
      why: "named as the tribunal's paperwork",
    },
  ],
  'working-document': [{ pattern: '\\bworking (?:document|doc)\\b', weight: 6, why: 'named as the working document' }],
  'witness-statement': [{ pattern: '\\b(?:witness statement|statement)\\b', weight: 4, why: 'named as a statement' }],
  report: [
    { pattern: '\\b(?:report|advice|assessment)\\b', weight: 2, why: 'named as a report' },
    {
      pattern: '\\b(?:ep|salt|slt|ot|physio|camhs|paediatric|medical|psychology|psychiatric)\\b',
      weight: 1,
      why: 'a profession in the name',
    },
  ],
  correspondence: [
    {
      pattern: '\\b(?:email|e mail|letter|correspondence|reply|response|complaint|re)\\b',
      weight: 2,
      why: 'named as a letter or email',
    },
  ],
  evidence: [
    {
      pattern: '\\b(?:attendance|school report|photo|img|scan|diary|log|exclusion|incident|iep|sen support)\\b',
      weight: 2,
      why: 'named as a record',
    },
  ],
};

/**
 * A bundle (many documents in one file, with an index) opens like this. It is filed as 'other'
 * with no author or date: the signatures and dates inside are its documents', not its own.
 */
export const COMPILATION_OPENING =
  '\\b(?:hearing|appeal|tribunal|court|trial|core|evidence) bundle\\b|\\bbundle index\\b|\\bindex to (?:the )?bundle\\b';

/** Ties go to the more specific kind. */
export const KIND_PRIORITY: DocumentKind[] = [
  'working-document',
  'plan',
  'mediation-certificate',
  'tribunal',
  'decision-letter',
  'witness-statement',
  'report',
  'evidence',
  'correspondence',
  'other',
];

/** Kinds that are letters: their "Re:"/"Subject:" line is their heading. */
export const LETTER_KINDS: DocumentKind[] = ['decision-letter', 'tribunal', 'correspondence'];
/** What a formal letter is called before a subject that names another document ("Decision letter: Final EHC plan"). */
export const LETTER_TITLE_PREFIX: Partial<Record<DocumentKind, string>> = {
  'decision-letter': 'Decision letter',
  tribunal: 'Tribunal letter',
};

/**
 * Labels that introduce the document's own date, best first. A label is matched at the start of
 * a line (or after a table cell break), and the date is read from the rest of that line or the
 * next. Dates of birth are never taken (see DATE_EXCLUDED_CONTEXT).
 */
export const DATE_LABELS: { pattern: string; rank: number }[] = [
  {
    pattern:
      'date of (?:this )?(?:report|letter|advice|plan|certificate|decision|notice|issue|document|statement|final plan|amended plan)',
    rank: 1,
  },
  { pattern: '(?:report|letter|plan|certificate|issue|advice) date', rank: 1 },
  {
    pattern: 'date (?:(?:plan |report |letter )?(?:issued|written|signed|completed|finali[sz]ed)|of completion)',
    rank: 1,
  },
  { pattern: 'dated', rank: 4 },
  { pattern: 'date', rank: 2 },
  { pattern: 'sent', rank: 2 },
  { pattern: '(?:final |draft )?(?:plan )?issued(?: on)?', rank: 3 },
  {
    pattern:
      'date(?:s)? of (?:assessment|visit|observation|appointment|clinic|consultation|meeting|review)|date(?:s)? seen|assessment date',
    rank: 5,
  },
];
/** A line that is only a date, near the top or under the signature: a letter's date (rank 3). */
export const LETTER_DATE_LINES = 25;
export const SIGNATURE_DATE_LINES = 8;
/**
 * Words just before a date (on its line, or ending the line above when a table cell wrapped) that
 * make it someone's date of birth, never the document's.
 */
export const DATE_EXCLUDED_CONTEXT = '(?:birth|\\bdob\\b|d\\.o\\.b|\\bborn\\b)[^\\n]{0,25}(?:\\n\\s*)?$';

/** Lines that are never a title: protective markings, page furniture, contact details. */
export const NOT_TITLE_LINES = [
  '^(?:official(?:[- ]sensitive)?|confidential|private (?:and|&) confidential|restricted|protect|draft)\\b[\\s\\w-]{0,20}$',
  '^page \\d+(?: of \\d+)?$',
  '^page \\d+(?: of \\d+)?\\b|\\bpage \\d+(?: of \\d+)?$', // a running header or footer that starts or ends with its page number
  '^(?:tel|telephone|phone|mobile|email|e-mail|fax|web|website|www\\.|https?:)',
  '@',
  '\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b', // a UK postcode: an address line
  '^(?:our|your) ref',
  '^dear\\b',
  '^(?:from|to|cc|sent|date)\\s*:',
];
/** Words that make a line sound like a document's name (preferred as the title). */
export const TITLE_WORDS =
  '\\b(?:report|advice|assessment|plan|certificate|letter|review|statement|summary|minutes|notes|referral|decision|notice|record|profile|request|application|response|appeal|form|evidence|observations?)\\b';
/** Lines naming an organisation, skipped when looking for a title. */
export const ORGANISATION_LINE =
  '\\b(?:council|service|services|trust|ltd|limited|llp|partners|partnership|academy|clinic|hospital|department|directorate|nhs|team|school|college|centre|center|practice|authority)$';

/** Sign-offs after which the next line names the writer. */
export const CLOSINGS =
  '^(?:yours (?:sincerely|faithfully|truly)|(?:kind|best|warm|many) (?:regards|thanks|wishes)|regards|with (?:best|kind) (?:wishes|regards)|thank you|thanks|best)[,.!]?$';

/** Labels whose value is the author ("Author: Dr A Person, Job"). */
export const AUTHOR_LABELS =
  '^(?:report )?author(?:\\(s\\))?|^(?:report )?(?:written|prepared|completed|compiled|produced|assessed) by|^report by|^name of (?:author|professional|assessor|writer)|^signed(?: by)?(?: on behalf of [^:\\n]{1,80}(?=:))?|^signature|^from';

/** Labels that name a role, whose value is the person in it ("Social worker: A Person"). */
export const ROLE_LABELS =
  '^(?:therapist|psychologist|clinician|practitioner|assessor|key ?worker|case ?worker|lead professional|consultant)';

/** Courtesy titles kept as part of a name. */
export const NAME_TITLES = '(?:dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev)\\.?';
/** Lower-case particles inside names (van der Berg, bin Ahmed, de Souza). */
export const NAME_PARTICLES = '(?:van|von|der|den|de|del|della|da|di|du|le|la|bin|binti|ibn|al|el|ap)';
/** Words that make a "name" an organisation or a heading instead of a person. */
export const NOT_NAME_WORDS =
  '\\b(?:council|service|services|team|trust|school|nhs|ltd|department|county|borough|city|authority|centre|clinic|the|and|of|for|report|plan|section|date|page|summary|assessment|child|name|parents?)\\b';

/** File-name words kept in capitals when the file name becomes the title. */
export const FILE_NAME_ACRONYMS = [
  'EHCP',
  'EHC',
  'EP',
  'SALT',
  'SLT',
  'OT',
  'SEN',
  'SEND',
  'SENCO',
  'LA',
  'CAMHS',
  'GP',
  'NHS',
  'ADHD',
  'ASD',
  'IEP',
];
