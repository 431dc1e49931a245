import type { Journey } from './journey.ts';
import type { Answers, FeedbackKind } from './answers.ts';
import {
  addressStep,
  attachmentsStep,
  radiosStep,
  teamStep,
  textStep,
  type JourneyContext,
} from './steps.ts';

const isComplaint = (a: Answers) => a.kind === 'complaint';
const forAChild = (a: Answers) => a.who !== undefined && a.who !== 'young_person';

const byKind =
  (words: Record<FeedbackKind, string>) =>
  (a: Answers): string =>
    words[a.kind ?? 'complaint'];

function days(count: number | null): string {
  return count === 1 ? '1 working day' : `${count} working days`;
}

function nextSteps(kind: FeedbackKind, context: JourneyContext): string[] {
  const { acknowledge, complaint, complaintMaximum, comment } = context.timescales;
  if (kind === 'complaint')
    return [
      `We will contact you within ${days(acknowledge)} to say we have your complaint and to explain what happens next.`,
      `We aim to reply within ${days(complaint)}. If your complaint needs more time to look into, we will tell you, and reply within ${days(complaintMaximum)}.`,
    ];
  if (kind === 'comment') return [`We will read your comment and reply within ${days(comment)}.`];
  return ['We will pass your compliment on to the people it is about, and to their manager.'];
}

export const generalJourney: Journey = {
  id: 'general',
  base: '/feedback',
  serviceName: 'Complaints, compliments and comments',
  continueText: 'Continue',
  start: (context) => ({
    title: `Make a complaint, compliment or comment about children’s services`,
    paragraphs: [
      `Use this service to tell ${context.organisationName} about its services for children, young people and families.`,
      'You can make a complaint, thank a person or team, or suggest how we could do things better. It takes about 10 minutes.',
    ],
    sections: [
      {
        heading: 'Who can use this service',
        paragraphs: [
          'Children and young people, parents and carers, foster carers, relatives and professionals can all use it, for themselves or for a child.',
          'If you are a child or young person, you can use our simpler form for young people.',
        ],
      },
      { heading: 'What happens next', paragraphs: nextSteps('complaint', context) },
    ],
    warning: 'If a child is in danger now, call 999.',
    button: 'Start now',
  }),
  check: {
    title: 'Check your answers before sending',
    button: 'Accept and send',
  },
  confirmation: (kind, reference, context) => ({
    title: `${{ complaint: 'Complaint', compliment: 'Compliment', comment: 'Comment' }[kind]} sent`,
    referenceText: `Your reference number is`,
    sections: [
      {
        heading: 'What happens next',
        paragraphs: [
          `Keep your reference number ${reference}. Use it if you contact us about this.`,
          ...nextSteps(kind, context),
        ],
      },
    ],
  }),
  steps: [
    radiosStep({
      slug: 'kind',
      field: 'kind',
      title: 'What would you like to do?',
      summaryKey: 'What you are sending',
      options: [
        {
          value: 'complaint',
          text: 'Make a complaint',
          hint: 'Tell us when something has gone wrong',
        },
        {
          value: 'compliment',
          text: 'Give a compliment',
          hint: 'Tell us when someone has done something well',
        },
        {
          value: 'comment',
          text: 'Make a comment or suggestion',
          hint: 'Tell us how we could do things better',
        },
      ],
      error: 'Select what you would like to do',
    }),
    radiosStep({
      slug: 'who',
      field: 'who',
      title: 'Who are you?',
      summaryKey: 'Who you are',
      options: [
        { value: 'young_person', text: 'I am the child or young person it is about' },
        { value: 'parent', text: 'A parent or carer' },
        { value: 'foster_carer', text: 'A foster carer' },
        {
          value: 'professional',
          text: 'A professional',
          hint: 'For example, a teacher, doctor, nurse or social worker',
        },
        {
          value: 'relative',
          text: 'A relative',
          hint: 'For example, a grandparent, aunt or uncle',
        },
        { value: 'other', text: 'Someone else, on a child’s behalf' },
      ],
      error: 'Select who you are',
    }),
    textStep({
      slug: 'child',
      field: 'childName',
      applies: forAChild,
      title: (a) =>
        isComplaint(a)
          ? 'What is the name of the child or young person?'
          : 'What is the name of the child or young person? (optional)',
      hint: 'We use this to find their records. If it is about more than one child, give all their names.',
      summaryKey: 'Child or young person',
      multiline: false,
      required: isComplaint,
      error: 'Enter the name of the child or young person',
      max: 200,
      tooLong: 'The name must be 200 characters or fewer',
      autocomplete: 'off',
      spellcheck: false,
    }),
    radiosStep({
      slug: 'consent',
      field: 'consent',
      applies: (a) => isComplaint(a) && (a.who === 'relative' || a.who === 'other'),
      title: 'Does the child or young person agree to you complaining for them?',
      hint: 'We usually need their agreement before we look into a complaint made for them. If they do not agree, we will talk to you about what we can do.',
      summaryKey: 'The child agrees',
      options: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No, or I have not asked them' },
        { value: 'unable', text: 'They are too young, or not able to say' },
      ],
      error: 'Select whether the child or young person agrees',
    }),
    teamStep({
      slug: 'team',
      title: 'Which team or service is it about?',
      hint: 'If you are not sure, choose ‘I do not know’.',
      summaryKey: 'Team or service',
      unknownText: 'I do not know',
      error: 'Select a team, or ‘I do not know’',
    }),
    textStep({
      slug: 'what-happened',
      field: 'whatHappened',
      title: byKind({
        complaint: 'What happened?',
        compliment: 'What would you like to tell us?',
        comment: 'What is your comment or suggestion?',
      }),
      hint: byKind({
        complaint:
          'Tell us what went wrong, when it happened and who was involved. Do not include bank details or passwords.',
        compliment: 'Tell us who did something well and what they did.',
        comment: 'Tell us what we could do better, or what you would like us to know.',
      }),
      summaryKey: byKind({
        complaint: 'What happened',
        compliment: 'Your compliment',
        comment: 'Your comment',
      }),
      multiline: true,
      required: true,
      error: byKind({
        complaint: 'Enter what happened',
        compliment: 'Enter your compliment',
        comment: 'Enter your comment or suggestion',
      }),
      tooLong: 'This must be 5,000 characters or fewer',
    }),
    textStep({
      slug: 'outcome',
      field: 'desiredOutcome',
      applies: isComplaint,
      title: 'What would you like to happen?',
      hint: 'For example, an apology, an explanation, or a decision looked at again.',
      summaryKey: 'What you would like to happen',
      multiline: true,
      required: true,
      error: 'Enter what you would like to happen',
      tooLong: 'This must be 5,000 characters or fewer',
    }),
    radiosStep({
      slug: 'advocate',
      field: 'advocate',
      applies: (a) => a.who === 'young_person' && a.kind !== 'compliment',
      title: 'Would you like an advocate to help you?',
      paragraphs: (_answers, context) => [
        'An advocate is someone who is on your side. They can help you say what you want, and come to meetings with you. They do not work for us.',
        `${context.settings.advocacyProvider} can be your advocate. It is free.`,
      ],
      summaryKey: 'Advocate',
      options: [
        { value: 'yes', text: 'Yes, I would like an advocate' },
        { value: 'no', text: 'No, thank you' },
      ],
      error: 'Select yes if you would like an advocate',
    }),
    textStep({
      slug: 'name',
      field: 'name',
      title: 'What is your name?',
      summaryKey: 'Your name',
      multiline: false,
      required: true,
      error: 'Enter your full name',
      max: 200,
      tooLong: 'Your name must be 200 characters or fewer',
      autocomplete: 'name',
      spellcheck: false,
    }),
    radiosStep({
      slug: 'contact',
      field: 'contactBy',
      title: 'How would you like us to contact you?',
      hint: 'We will reply this way, and send you a confirmation now.',
      summaryKey: 'How to contact you',
      options: [
        { value: 'email', text: 'Email' },
        {
          value: 'phone',
          text: 'Phone',
          hint: 'We will send a text message to say we have your form',
        },
        { value: 'letter', text: 'Letter' },
      ],
      error: 'Select how you would like us to contact you',
    }),
    textStep({
      slug: 'email',
      field: 'email',
      applies: (a) => a.contactBy === 'email',
      title: 'What is your email address?',
      summaryKey: 'Email address',
      format: 'email',
      required: true,
      error: 'Enter your email address',
      tooLong: 'Email address must be 254 characters or fewer',
      autocomplete: 'email',
      spellcheck: false,
    }),
    textStep({
      slug: 'phone',
      field: 'phone',
      applies: (a) => a.contactBy === 'phone',
      title: 'What is your phone number?',
      hint: 'Give a mobile number if you can, so we can text you.',
      summaryKey: 'Phone number',
      format: 'phone',
      required: true,
      error: 'Enter your phone number',
      tooLong: 'Enter a phone number',
      autocomplete: 'tel',
    }),
    addressStep({
      slug: 'address',
      applies: (a) => a.contactBy === 'letter',
      title: 'What is your address?',
      summaryKey: 'Address',
      labels: {
        line1: 'Address line 1',
        line2: 'Address line 2 (optional)',
        town: 'Town or city',
        postcode: 'Postcode',
      },
      errors: {
        line1: 'Enter address line 1, typically the building and street',
        town: 'Enter town or city',
        postcode: 'Enter postcode',
      },
    }),
    radiosStep({
      slug: 'adjustments',
      field: 'adjustments',
      title: 'Do you need us to do anything differently to help you?',
      hint: 'For example, large print, an interpreter, British Sign Language, or calling you at a certain time.',
      summaryKey: 'Help you need',
      options: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
      error: 'Select yes if you need us to do anything differently',
    }),
    textStep({
      slug: 'adjustments-needed',
      field: 'adjustmentsDetail',
      applies: (a) => a.adjustments === 'yes',
      title: 'What do you need us to do differently?',
      summaryKey: 'What you need',
      multiline: true,
      required: true,
      error: 'Enter what you need us to do differently',
      tooLong: 'This must be 5,000 characters or fewer',
    }),
    attachmentsStep({
      slug: 'attachments',
      title: 'Do you want to send any documents or photos?',
      hint: 'This is optional. You can send up to 3 files. Each must be a PDF, JPEG, PNG or Word document (DOCX), and smaller than 5MB.',
      summaryKey: 'Documents and photos',
    }),
  ],
};
