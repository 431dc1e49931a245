import type { Circumstance } from '../import/codes.ts';
import type { LearningCategory } from '../learning/codes.ts';

// The words of the demo data, after the published annual reports in ../shared/reference. Every
// person's name is made up from the two short lists below; no real case is described.

export const FIRST_NAMES = [
  'Ada',
  'Bryn',
  'Cerys',
  'Dara',
  'Elin',
  'Fenna',
  'Gideon',
  'Hollis',
  'Ines',
  'Jory',
  'Kesia',
  'Lorcan',
  'Mabli',
  'Nye',
  'Orla',
  'Perrin',
  'Rhoswen',
  'Sorrel',
  'Tamsin',
  'Wren',
] as const;

export const LAST_NAMES = [
  'Ambleforth',
  'Brindlecombe',
  'Corriwick',
  'Dunhallow',
  'Eskerby',
  'Fenmarch',
  'Glasswell',
  'Hollinbrook',
  'Ivesworth',
  'Kettlebury',
  'Larchmoor',
  'Mossgrave',
  'Northwold',
  'Oakhanger',
  'Penrillow',
  'Quarrendon',
  'Rookwell',
  'Saltinghay',
  'Thornaby',
  'Wickenden',
] as const;

export interface DemoTeam {
  name: string;
  serviceArea: string;
  /** The children's circumstances a team's complaints are usually about. */
  circumstances: readonly Circumstance[];
  /** How many of the organisation's complaints are about this team, relatively. */
  weight: number;
}

export const TEAMS: readonly DemoTeam[] = [
  {
    name: 'Assessment Team',
    serviceArea: 'Assessment',
    circumstances: ['child_in_need', 'child_protection'],
    weight: 14,
  },
  {
    name: 'MASH and Front Door',
    serviceArea: 'Assessment',
    circumstances: ['child_protection', 'child_in_need'],
    weight: 5,
  },
  {
    name: 'Family Safeguarding (East)',
    serviceArea: 'Children in Need and Protection',
    circumstances: ['child_protection', 'child_in_need'],
    weight: 10,
  },
  {
    name: 'Family Safeguarding (West)',
    serviceArea: 'Children in Need and Protection',
    circumstances: ['child_protection', 'child_in_need'],
    weight: 9,
  },
  {
    name: 'Children in Care (North)',
    serviceArea: 'Children in Care',
    circumstances: ['child_in_care', 'permanency'],
    weight: 10,
  },
  {
    name: 'Children in Care (South)',
    serviceArea: 'Children in Care',
    circumstances: ['child_in_care', 'permanency'],
    weight: 9,
  },
  {
    name: 'Leaving Care',
    serviceArea: 'Children in Care',
    circumstances: ['care_leaver'],
    weight: 6,
  },
  {
    name: 'Fostering',
    serviceArea: 'Fostering and Adoption',
    circumstances: ['fostering', 'child_in_care'],
    weight: 4,
  },
  {
    name: 'Adoption Support',
    serviceArea: 'Fostering and Adoption',
    circumstances: ['adoption', 'permanency'],
    weight: 2,
  },
  {
    name: 'Special Guardianship Support',
    serviceArea: 'Fostering and Adoption',
    circumstances: ['permanency'],
    weight: 2,
  },
  {
    name: '0-25 Disability Service',
    serviceArea: 'Disabled Children',
    circumstances: ['disabled_children', 'send'],
    weight: 5,
  },
  { name: 'SEN Team', serviceArea: 'Education', circumstances: ['send'], weight: 8 },
  { name: 'Attendance', serviceArea: 'Education', circumstances: ['other'], weight: 2 },
  {
    name: 'School Transport',
    serviceArea: 'Education',
    circumstances: ['send', 'other'],
    weight: 2,
  },
  { name: 'Early Help Hub', serviceArea: 'Early Help', circumstances: ['early_help'], weight: 4 },
];

/** Themes as the reports group complaints, each with what a complaint about it might say. */
export const THEMES: readonly (readonly [string, number, readonly string[]])[] = [
  [
    'Communication',
    30,
    [
      'Calls and emails to the social worker not returned',
      'Not told about a change to the plan before the meeting',
      'Letters sent to the wrong address',
      'Not kept informed about the outcome of the assessment',
    ],
  ],
  [
    'Delay',
    18,
    [
      'Delay in completing the assessment',
      'Waited months for a decision on support',
      'Delay in arranging a passport for a young person in care',
      'Staying Put arrangements not put in place in time',
    ],
  ],
  [
    'Attitude of staff',
    16,
    [
      'Worker was dismissive during a home visit',
      'Felt judged and not listened to at the conference',
      'Unhappy with the tone of a phone call from the duty team',
    ],
  ],
  [
    'Placement issues',
    8,
    [
      'Unhappy with a move to a new placement at short notice',
      'Placement too far from school and family',
      'Young person wants to stay with their foster carers',
    ],
  ],
  [
    'Contact arrangements',
    8,
    [
      'Contact session cancelled at short notice after a long journey',
      'Wants more contact with brothers and sisters',
      'Contact centre times do not fit around work',
    ],
  ],
  [
    'Quality of assessment',
    7,
    [
      'Assessment contains factual errors',
      'Disagrees with the findings of the parenting assessment',
      'Views of the family not included in the report',
    ],
  ],
  [
    'Financial support',
    6,
    [
      'Special guardianship allowance reduced without explanation',
      'Staying Put payments late',
      'Care leaver grant not paid',
    ],
  ],
  [
    'Change of social worker',
    6,
    [
      'Fourth change of social worker this year',
      'New worker does not know the history of the case',
    ],
  ],
  [
    'Breach of confidentiality',
    4,
    ['Personal information shared with the other parent', 'Report sent to the wrong family'],
  ],
  [
    'Service provision',
    12,
    [
      'Respite care hours not provided as agreed',
      'Support from the family worker stopped without warning',
      'Transport to school not arranged',
    ],
  ],
];

export const NOT_ACCEPTED_SUMMARIES = [
  'Disagrees with the care plan before the court',
  'Complaint about a school, redirected to the governors',
  'Anonymous request for information',
  'Matter already decided by the court',
  'Complaint made by a neighbour about a family',
  'Concerns passed to the front door as a safeguarding referral',
];

export const COMPLIMENTS = [
  'Thank you for listening and for explaining everything so clearly',
  'The social worker went above and beyond to help our family',
  'Grateful for the support with a planned move to a new home',
  'The team kept me informed at every step, which really helped',
  'Praise from the independent chair for a well written report',
  'A young person thanked their personal adviser for help finding a flat',
  'Foster carer thanked the supervising social worker for support over the summer',
  'School staff praised the quick response of the duty team',
];

export const ENQUIRIES = [
  'Asked how to request a copy of their records',
  'Asked about support available for a disabled child',
  'Request for information about becoming a foster carer',
  'Asked who the allocated social worker is',
];

export const MP_ENQUIRIES = [
  'MP asked on behalf of a constituent about delays in an assessment',
  'MP enquiry about support for a care leaver with housing',
  'MP asked about the outcome of a complaint',
  'Councillor raised a resident’s concern about school transport',
];

export const COMMENTS = [
  'Suggested that letters are sent by email as well as by post',
  'Asked for evening appointments for working parents',
  'Suggested a leaflet for children explaining the conference',
];

export const OTHER = [
  'Resolving professional differences with a partner agency',
  'Social Work England enquiry about a registered worker',
  'Joint complaint with the NHS trust about a discharge plan',
];

export const ADVOCATES = [
  ['NYAS', 8],
  ['Coram Voice', 2],
] as const;

export const LEARNING: readonly (readonly [LearningCategory, string, string])[] = [
  [
    'communication',
    'Calls to the duty line were not returned within two working days',
    'Team reminded of the standard for returning calls; weekly check of the call log added',
  ],
  [
    'communication',
    'Families were not told when their social worker changed',
    'A letter introducing the new worker is now sent within five working days',
  ],
  [
    'assessments_reports_plans',
    'Assessment reports were shared with families on the day of the conference',
    'Reports are now shared at least three working days before a conference',
  ],
  [
    'worker_behaviour',
    'A worker’s tone at a home visit left a parent feeling judged',
    'Reflective supervision held; practice standards revisited at the team meeting',
  ],
  [
    'policy',
    'The special guardianship allowance policy did not explain how payments are worked out',
    'Policy rewritten with a worked example and published on the website',
  ],
  [
    'training',
    'Staff were unsure how to record a young person’s wishes and feelings',
    'Case recording workshop delivered to every children in care team',
  ],
  [
    'other',
    'Contact sessions were cancelled at short notice when the centre was short of staff',
    'Contact centre rota changed so that cover is arranged a week ahead',
  ],
];
