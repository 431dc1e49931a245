// The "you said, we did" vocabularies of DESIGN §2. The categories are the headings annual reports
// group their learning under; the codes match the annual report's input types.

export const LEARNING_CATEGORIES = [
  'communication',
  'assessments_reports_plans',
  'worker_behaviour',
  'policy',
  'training',
  'other',
] as const;
export type LearningCategory = (typeof LEARNING_CATEGORIES)[number];
export const LEARNING_CATEGORY_LABELS: Record<LearningCategory, string> = {
  communication: 'Communication',
  assessments_reports_plans: 'Assessments, reports and plans',
  worker_behaviour: 'Worker behaviour',
  policy: 'Policy',
  training: 'Training',
  other: 'Other',
};

export const LEARNING_STATUSES = ['open', 'in_progress', 'completed'] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];
export const LEARNING_STATUS_LABELS: Record<LearningStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  completed: 'Done',
};
