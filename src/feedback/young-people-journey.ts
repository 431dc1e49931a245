import type { Journey, Section } from './journey.ts';
import type { Answers, FeedbackKind } from './answers.ts';
import { addressStep, radiosStep, textStep, type JourneyContext } from './steps.ts';

// Words for a reading age of about 9: short sentences and everyday words. The readability test
// (young-people-journey.test.ts) measures every text here, so keep it passing when you edit.

const byKind =
  (words: Record<FeedbackKind, string>) =>
  (a: Answers): string =>
    words[a.kind ?? 'complaint'];

function workingDays(count: number | null): string {
  if (count === null) return 'soon';
  const weeks = Math.ceil(count / 5);
  return `within ${count} working days. That is about ${weeks === 1 ? 'one week' : `${weeks} weeks`}`;
}

function whatHappensNext(kind: FeedbackKind, context: JourneyContext): Section {
  const { acknowledge, complaint, comment } = context.timescales;
  const paragraphs =
    kind === 'compliment'
      ? ['We will read what you sent.', 'We will tell the people you want to thank.']
      : [
          'We will read what you sent.',
          `We will get in touch ${workingDays(acknowledge)}.`,
          kind === 'complaint'
            ? `We will try to put things right. We will write back ${workingDays(complaint)}.`
            : `We will write back ${workingDays(comment)}.`,
        ];
  return { heading: 'What happens next', paragraphs };
}

function advocacy(context: JourneyContext): string[] {
  const { advocacyProvider, advocacyContact } = context.settings;
  return [
    'You can have an advocate to help you. An advocate is someone who is on your side. They help you say what you want. They do not work for us.',
    `${advocacyProvider} can be your advocate. It is free.`,
    ...(advocacyContact ? [`To talk to ${advocacyProvider}, use: ${advocacyContact}.`] : []),
  ];
}

export const youngPeopleJourney: Journey = {
  id: 'young_people',
  base: '/feedback/young-people',
  serviceName: 'Tell us what you think',
  continueText: 'Next',
  start: (context) => ({
    title: 'Tell us what you think',
    paragraphs: [
      'You can tell us if something is wrong. You can say thank you. You can give us an idea.',
      'We want to hear from you. You will not get into trouble for telling us.',
    ],
    sections: [
      whatHappensNext('complaint', context),
      { heading: 'Help from an advocate', paragraphs: advocacy(context) },
    ],
    warning:
      'If you are not safe now, call 999. You can also call Childline on 0800 1111. It is free.',
    button: 'Start',
  }),
  check: {
    title: 'Check what you told us',
    button: 'Send',
  },
  confirmation: (kind, _reference, context) => ({
    title: 'Message sent',
    referenceText: 'Your number is',
    sections: [
      {
        heading: 'Keep your number',
        paragraphs: ['Keep this number safe. It helps us find your message if you talk to us.'],
      },
      whatHappensNext(kind, context),
    ],
  }),
  steps: [
    radiosStep({
      slug: 'kind',
      field: 'kind',
      title: 'What do you want to do?',
      summaryKey: 'What you want to do',
      options: [
        {
          value: 'complaint',
          text: 'Tell you about a problem',
          hint: 'Something is wrong or not fair.',
        },
        { value: 'compliment', text: 'Say thank you', hint: 'Someone did something good.' },
        { value: 'comment', text: 'Give you an idea', hint: 'Something could be better.' },
      ],
      error: 'Choose what you want to do',
    }),
    textStep({
      slug: 'what-happened',
      field: 'whatHappened',
      title: byKind({
        complaint: 'Tell us what happened',
        compliment: 'Who do you want to thank?',
        comment: 'What is your idea?',
      }),
      hint: byKind({
        complaint: 'Say what went wrong. Say when it was and who was there.',
        compliment: 'Tell us what they did.',
        comment: 'Tell us what could be better.',
      }),
      summaryKey: byKind({
        complaint: 'What happened',
        compliment: 'Your thank you',
        comment: 'Your idea',
      }),
      multiline: true,
      required: true,
      error: byKind({
        complaint: 'Tell us what happened',
        compliment: 'Tell us who you want to thank',
        comment: 'Tell us your idea',
      }),
      tooLong: 'This is too long. Make it shorter.',
    }),
    textStep({
      slug: 'better',
      field: 'desiredOutcome',
      applies: (a) => a.kind === 'complaint',
      title: 'What would make it better?',
      hint: 'Tell us what you would like us to do.',
      summaryKey: 'What would make it better',
      multiline: true,
      required: true,
      error: 'Tell us what would make it better',
      tooLong: 'This is too long. Make it shorter.',
    }),
    radiosStep({
      slug: 'advocate',
      field: 'advocate',
      applies: (a) => a.kind !== 'compliment',
      title: 'Would you like an advocate?',
      paragraphs: (_answers, context) => advocacy(context),
      summaryKey: 'Advocate',
      options: [
        { value: 'yes', text: 'Yes, I would like an advocate' },
        { value: 'no', text: 'No, thank you' },
      ],
      error: 'Choose yes if you would like an advocate',
    }),
    textStep({
      slug: 'name',
      field: 'name',
      title: 'What is your name?',
      summaryKey: 'Your name',
      multiline: false,
      required: true,
      error: 'Tell us your name',
      max: 200,
      tooLong: 'This is too long. Make it shorter.',
      autocomplete: 'name',
      spellcheck: false,
    }),
    radiosStep({
      slug: 'contact',
      field: 'contactBy',
      title: 'How can we get in touch with you?',
      summaryKey: 'How we get in touch',
      options: [
        { value: 'email', text: 'Email' },
        { value: 'phone', text: 'Phone or text' },
        { value: 'letter', text: 'Letter' },
      ],
      error: 'Choose how we can get in touch',
    }),
    textStep({
      slug: 'email',
      field: 'email',
      applies: (a) => a.contactBy === 'email',
      title: 'What is your email address?',
      summaryKey: 'Your email address',
      format: 'email',
      required: true,
      error: 'Tell us your email address',
      tooLong: 'This is too long. Make it shorter.',
      autocomplete: 'email',
      spellcheck: false,
    }),
    textStep({
      slug: 'phone',
      field: 'phone',
      applies: (a) => a.contactBy === 'phone',
      title: 'What is your phone number?',
      hint: 'We will send you a text to say we got your message.',
      summaryKey: 'Your phone number',
      format: 'phone',
      required: true,
      error: 'Tell us your phone number',
      tooLong: 'This is too long. Make it shorter.',
      autocomplete: 'tel',
    }),
    addressStep({
      slug: 'address',
      applies: (a) => a.contactBy === 'letter',
      title: 'What is your address?',
      summaryKey: 'Your address',
      labels: {
        line1: 'House number and street',
        line2: 'Next line (you can leave this empty)',
        town: 'Town or city',
        postcode: 'Postcode',
      },
      errors: {
        line1: 'Tell us your house number and street',
        town: 'Tell us your town or city',
        postcode: 'Tell us your postcode',
      },
    }),
    radiosStep({
      slug: 'help',
      field: 'adjustments',
      title: 'Do you need help to talk to us?',
      hint: 'For example, someone to read to you, or to talk in your own language.',
      summaryKey: 'Help you need',
      options: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
      error: 'Choose yes if you need help to talk to us',
    }),
    textStep({
      slug: 'help-needed',
      field: 'adjustmentsDetail',
      applies: (a) => a.adjustments === 'yes',
      title: 'What help do you need?',
      summaryKey: 'What help you need',
      multiline: true,
      required: true,
      error: 'Tell us what help you need',
      tooLong: 'This is too long. Make it shorter.',
    }),
  ],
};
