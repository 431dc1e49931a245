import { addDays, toDayNumber, weekday } from '../calendar/dates.ts';
import type { Calendar, IsoDate } from '../calendar/types.ts';
import { REFERENCE_PREFIXES } from '../casework/references.ts';
import { buildImportRow, type RowValues } from '../import/build-row.ts';
import type {
  Channel,
  ComplimentFrom,
  Kind,
  NotAcceptedReason,
  OmbudsmanOutcome,
  Outcome,
  Procedure,
  Role,
} from '../import/codes.ts';
import type { ImportRow } from '../import/row-schema.ts';
import type { LearningCategory, LearningStatus } from '../learning/codes.ts';
import { financialYearOf } from '../import/export-records.ts';
import { Random } from './random.ts';
import {
  ADVOCATES,
  COMMENTS,
  COMPLIMENTS,
  ENQUIRIES,
  FIRST_NAMES,
  LAST_NAMES,
  LEARNING,
  MP_ENQUIRIES,
  NOT_ACCEPTED_SUMMARIES,
  OTHER,
  TEAMS,
  THEMES,
  type DemoTeam,
} from './vocabulary.ts';

export interface DemoOptions {
  seed: number;
  /** Financial years, ending with the one that holds `today`. */
  years: number;
  /** Records received in a whole year; the current year runs only to today. */
  perYear: number;
  today: IsoDate;
  /** The organisation's working days, so that timeliness follows real bank holidays. */
  calendar: Calendar;
}

/** A "you said, we did" action agreed after a complaint. */
export interface DemoLearning {
  reference: string;
  team: string;
  category: LearningCategory;
  learning: string;
  action: string;
  owner: string;
  agreedOn: IsoDate;
  dueOn: IsoDate;
  status: LearningStatus;
  completedOn: IsoDate | null;
}

export interface DemoRecord {
  row: ImportRow;
  learning: DemoLearning | null;
}

/**
 * The invented name of a demo complainant, from their key (P00042): the same person always has
 * the same name, and naming them draws nothing from the generator's random sequence.
 */
export function demoPersonName(key: string): string {
  // FNV-1a: a well-spread hash of a short string, with no dependencies.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  hash >>>= 0;
  const first = FIRST_NAMES[hash % FIRST_NAMES.length]!;
  const last = LAST_NAMES[Math.floor(hash / FIRST_NAMES.length) % LAST_NAMES.length]!;
  return `${first} ${last}`;
}

/**
 * How a year's contacts divide between kinds, after the reference reports (report A: 242
 * compliments, 188 statutory and 179 corporate stage 1 complaints, about 100 not accepted, 52
 * enquiries, 37 MP and 8 councillor enquiries, 16 Ombudsman cases; report D: representations, that
 * is concerns, outnumber formal complaints).
 */
const KIND_SHARES: readonly (readonly [
  Kind | 'statutory' | 'corporate' | 'not_accepted',
  number,
])[] = [
  ['compliment', 0.25],
  ['statutory', 0.17],
  ['corporate', 0.19],
  ['not_accepted', 0.075],
  ['concern', 0.15],
  ['enquiry', 0.06],
  ['mp_enquiry', 0.05],
  ['councillor_enquiry', 0.013],
  ['comment', 0.01],
  ['other', 0.012],
  ['ombudsman', 0.015],
];

/** Relative volume by month from April: quieter in August and December, busy in the autumn. */
const MONTH_WEIGHTS = [1.0, 1.05, 1.0, 0.95, 0.72, 1.05, 1.15, 1.1, 0.8, 1.12, 1.05, 1.0];

const STAGE_1_OUTCOMES: Record<Procedure, readonly (readonly [Outcome | 'withdrawn', number])[]> = {
  // Report A, 2020/21: 10 upheld, 82 partially, 37 not upheld, 4 not determined, 13 withdrawn,
  // 11 advice given, 41 outside remit.
  statutory: [
    ['upheld', 8],
    ['partially_upheld', 40],
    ['not_upheld', 22],
    ['not_determined', 2],
    ['withdrawn', 6],
    ['advice_given', 6],
    ['outside_remit', 16],
  ],
  corporate: [
    ['upheld', 17],
    ['partially_upheld', 31],
    ['not_upheld', 29],
    ['not_determined', 1],
    ['withdrawn', 7],
    ['advice_given', 3],
    ['outside_remit', 12],
  ],
};

const LATER_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['upheld', 25],
  ['partially_upheld', 40],
  ['not_upheld', 25],
  ['not_determined', 3],
  ['non_responsive', 3],
  ['outside_remit', 4],
];

const OMBUDSMAN_OUTCOMES: readonly (readonly [OmbudsmanOutcome, number])[] = [
  ['premature', 24],
  ['closed_local_remedy', 8],
  ['closed_no_injustice', 8],
  ['closed_court_proceedings', 4],
  ['closed_outside_jurisdiction', 4],
  ['closed_other', 5],
  ['incomplete_invalid', 5],
  ['not_upheld', 10],
  ['partially_upheld', 6],
  ['upheld_no_injustice', 6],
  ['upheld_injustice', 16],
  ['withdrawn', 4],
];

const NOT_ACCEPTED: readonly (readonly [NotAcceptedReason, number])[] = [
  ['court', 19],
  ['insufficient_interest', 9],
  ['alternative_process', 15],
  ['general_enquiry', 29],
  ['out_of_time', 6],
  ['out_of_jurisdiction', 6],
  ['no_consent', 1],
  ['child_protection', 5],
  ['safeguarding_referral', 11],
  ['not_engaging', 8],
  ['school', 3],
];

const ROLES: Record<Procedure, readonly (readonly [Role, number])[]> = {
  // Report A: 77% parents, 11% young people, 9% other family, 3% others.
  statutory: [
    ['parent', 74],
    ['child', 3],
    ['looked_after_child', 7],
    ['care_leaver', 3],
    ['relative', 6],
    ['special_guardian', 2],
    ['foster_carer', 2],
    ['adoptive_parent', 1],
    ['friend', 1],
    ['other', 1],
  ],
  corporate: [
    ['parent', 67],
    ['child', 3],
    ['relative', 15],
    ['professional', 7],
    ['foster_carer', 3],
    ['other', 5],
  ],
};

const CHANNELS: readonly (readonly [Channel, number])[] = [
  ['email', 45],
  ['online', 22],
  ['phone', 12],
  ['letter', 8],
  ['in_person', 3],
  ['social_media', 2],
  ['other', 3],
];

const COMPLIMENT_FROM: readonly (readonly [ComplimentFrom, number])[] = [
  ['family', 40],
  ['professional', 28],
  ['colleague', 12],
  ['young_person', 8],
  ['foster_carer', 7],
  ['other', 5],
];

const EDUCATION = new Set(['Education', 'Early Help']);

type Draft = { kind: Kind; procedure?: Procedure; notAccepted?: boolean; receivedOn: IsoDate };

/**
 * Realistic synthetic records, as import rows: every kind in the proportions of the published
 * reports, more in the autumn than in August, complaints escalating, responses that slip when a
 * bank holiday falls inside the timescale, remedies and learning. The same seed and today give the
 * same records.
 */
export function* generateDemoRecords(options: DemoOptions): Generator<DemoRecord> {
  const generator = new DemoGenerator(options);
  const currentYear = financialYearOf(options.today);
  for (let year = currentYear - options.years + 1; year <= currentYear; year++) {
    yield* generator.year(year);
  }
}

class DemoGenerator {
  private readonly random: Random;
  private readonly counters = new Map<string, number>();
  private people = 0;
  /** Recent complainants, some of whom complain again. */
  private readonly recentPeople: { id: string; role: Role }[] = [];
  /** Complaints answered, which MP enquiries and Ombudsman cases can be about. */
  private readonly answered: { reference: string; on: IsoDate; team: DemoTeam }[] = [];

  constructor(private readonly options: DemoOptions) {
    this.random = new Random(options.seed);
  }

  *year(year: number): Generator<DemoRecord> {
    const from = `${year}-04-01`;
    const to = minDate(`${year + 1}-03-31`, this.options.today);
    const days = dayWeights(this.options.calendar, from, to);
    const share = days.fraction;
    const drafts: Draft[] = [];
    for (const [kind, fraction] of KIND_SHARES) {
      const count = Math.round(
        this.options.perYear * fraction * share * (0.92 + this.random.next() * 0.16),
      );
      for (let i = 0; i < count; i++) {
        const receivedOn = days.pick(this.random);
        if (kind === 'statutory' || kind === 'corporate') {
          drafts.push({ kind: 'complaint', procedure: kind, receivedOn });
        } else if (kind === 'not_accepted') {
          drafts.push({ kind: 'complaint', notAccepted: true, receivedOn });
        } else {
          drafts.push({ kind, receivedOn });
        }
      }
    }
    drafts.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : 0));
    for (const draft of drafts) yield this.record(draft);
  }

  private record(draft: Draft): DemoRecord {
    const reference = this.reference(draft.kind, draft.receivedOn);
    const base = { reference, kind: draft.kind, received_on: draft.receivedOn };
    switch (draft.kind) {
      case 'complaint':
        return draft.notAccepted
          ? this.plain(this.notAccepted(base))
          : this.complaint(base, draft.procedure!);
      case 'compliment':
        return this.plain(this.compliment(base));
      case 'ombudsman':
        return this.ombudsman(base);
      case 'other':
        return this.plain({ ...base, ...this.placing(), summary: this.random.pick(OTHER) });
      default:
        return this.plain(this.singleStage(base));
    }
  }

  private plain(values: RowValues): DemoRecord {
    return { row: buildImportRow(values), learning: null };
  }

  private reference(kind: Kind, receivedOn: IsoDate): string {
    const key = `${REFERENCE_PREFIXES[kind]}-${receivedOn.slice(0, 4)}`;
    const number = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, number);
    return `${key}-${String(number).padStart(4, '0')}`;
  }

  private person(role: Role): { complainant_id: string; complainant_role: Role } {
    // Report A: over half of complainants had complained before.
    const again = this.recentPeople.length > 20 && this.random.chance(0.35);
    if (again) {
      const person = this.random.pick(this.recentPeople);
      return { complainant_id: person.id, complainant_role: person.role };
    }
    const id = `P${String(++this.people).padStart(5, '0')}`;
    this.recentPeople.push({ id, role });
    if (this.recentPeople.length > 400) this.recentPeople.shift();
    return { complainant_id: id, complainant_role: role };
  }

  private team(education: number): DemoTeam {
    return this.random.weighted(
      TEAMS.map((team) => [team, team.weight * (EDUCATION.has(team.serviceArea) ? education : 1)]),
    );
  }

  private placing(education = 1) {
    const team = this.team(education);
    return { team: team.name, service_area: team.serviceArea, teamDetail: team };
  }

  private themes(): { themes: string[]; summary: string } {
    const count = this.random.weighted([
      [1, 55],
      [2, 35],
      [3, 10],
    ] as const);
    const chosen: (typeof THEMES)[number][] = [];
    while (chosen.length < count) {
      const theme = this.random.weighted(THEMES.map((t) => [t, t[1]] as const));
      if (!chosen.includes(theme)) chosen.push(theme);
    }
    return { themes: chosen.map(([name]) => name), summary: this.random.pick(chosen[0]![2]) };
  }

  private channel(): Channel {
    return this.random.weighted(CHANNELS);
  }

  private notAccepted(base: RowValues): RowValues {
    const { teamDetail: _, ...placing } = this.placing();
    return {
      ...base,
      ...placing,
      channel: this.channel(),
      ...this.person(this.random.weighted(ROLES.statutory)),
      not_accepted_reason: this.random.weighted(NOT_ACCEPTED),
      summary: this.random.pick(NOT_ACCEPTED_SUMMARIES),
    };
  }

  private compliment(base: RowValues): RowValues {
    const { teamDetail: _, ...placing } = this.placing();
    return {
      ...base,
      ...placing,
      channel: this.random.weighted([
        ['email', 70],
        ['letter', 10],
        ['online', 10],
        ['phone', 10],
      ] as const),
      compliment_from: this.random.weighted(COMPLIMENT_FROM),
      summary: this.random.pick(COMPLIMENTS),
    };
  }

  /** Working days after `from`, or undefined when that is still in the future. */
  private after(from: IsoDate, workingDays: number): IsoDate | undefined {
    const date = this.options.calendar.addWorkingDays(from, workingDays);
    return date <= this.options.today ? date : undefined;
  }

  /**
   * A response `days` working days after the clock started, later still when Christmas or Easter
   * falls inside the timescale: managers are away, and replies slip past the deadline.
   */
  private response(clockStart: IsoDate, days: number): IsoDate | undefined {
    const { calendar, today } = this.options;
    let date = calendar.addWorkingDays(clockStart, days);
    if (holidaySeasonBetween(calendar, clockStart, date) && this.random.chance(0.6)) {
      date = calendar.addWorkingDays(date, this.random.int(3, 8));
    }
    return date <= today ? date : undefined;
  }

  /** Working days to respond against a limit and maximum: mostly on time, some late. */
  private responseDays(limit: number, maximum: number, extended: boolean): number {
    if (extended) {
      return this.random.chance(0.85)
        ? this.random.int(limit + 1, maximum)
        : this.random.int(maximum + 1, maximum + 10);
    }
    return this.random.chance(0.86)
      ? this.random.int(Math.max(1, Math.round(limit * 0.3)), limit)
      : this.random.int(limit + 1, limit + 6);
  }

  private complaint(base: RowValues, procedure: Procedure): DemoRecord {
    const role = this.random.weighted(ROLES[procedure]);
    const young = role === 'child' || role === 'looked_after_child' || role === 'care_leaver';
    const { teamDetail: team, ...placing } = this.placing(procedure === 'corporate' ? 4 : 0.2);
    const advocate =
      (young && this.random.chance(0.6)) || this.random.chance(0.02)
        ? this.random.weighted(ADVOCATES)
        : undefined;
    const themes = this.themes();
    const values: RowValues = {
      ...base,
      ...placing,
      procedure,
      channel: advocate && this.random.chance(0.7) ? 'advocate' : this.channel(),
      ...this.person(role),
      child_circumstance:
        team.circumstances[this.random.chance(0.7) ? 0 : team.circumstances.length - 1],
      ...themes,
      advocate,
      restricted: this.random.chance(0.01) ? true : undefined,
    };
    // Historic complaints from adults formerly in care go straight to stage 2 (report B).
    if (procedure === 'statutory' && this.random.chance(0.006)) {
      values.complainant_role = 'adult_formerly_in_care';
      return this.laterStages(values, team, base.received_on, procedure);
    }
    const receivedOn = base.received_on;
    const acknowledgedOn = this.random.chance(procedure === 'corporate' ? 0.97 : 0.9)
      ? this.after(receivedOn, this.random.int(1, procedure === 'corporate' ? 5 : 3))
      : undefined;
    Object.assign(values, { s1_acknowledged_on: acknowledgedOn });
    const clockStart = procedure === 'corporate' ? acknowledgedOn : receivedOn;
    if (!clockStart) return { row: buildImportRow(values), learning: null };
    const extended = this.random.chance(procedure === 'statutory' ? 0.19 : 0.17);
    const suspended = this.random.chance(0.01) ? this.random.int(3, 10) : undefined;
    const respondedOn = this.response(
      clockStart,
      this.responseDays(10, 20, extended) + (suspended ?? 0),
    );
    Object.assign(values, { s1_extended: extended, s1_suspended_days: suspended });
    if (!respondedOn) return { row: buildImportRow(values), learning: null };
    const outcome = this.random.weighted(STAGE_1_OUTCOMES[procedure]);
    if (outcome === 'withdrawn') {
      values.withdrawn_on = respondedOn;
      return { row: buildImportRow(values), learning: null };
    }
    Object.assign(values, {
      s1_responded_on: respondedOn,
      s1_outcome: outcome,
      s1_manager_contacted: this.random.chance(0.65),
      s1_reopened: this.random.weighted([
        [0, procedure === 'statutory' ? 82 : 66],
        [1, 15],
        [2, 3],
      ] as const),
    });
    this.answered.push({ reference: base.reference, on: respondedOn, team });
    if (this.answered.length > 300) this.answered.shift();
    const found = outcome === 'upheld' || outcome === 'partially_upheld';
    if (found && this.random.chance(procedure === 'statutory' ? 0.04 : 0.02)) {
      Object.assign(values, { remedy_amount: this.pounds(50, 400, 25), remedy_stage: '1' });
    }
    // Escalation: around one in twenty stage 1 responses goes to stage 2 (reports A and B).
    const escalates = (found || outcome === 'not_upheld') && this.random.chance(0.07);
    const requestedOn = escalates ? this.after(respondedOn, this.random.int(3, 20)) : undefined;
    if (requestedOn) return this.laterStages(values, team, requestedOn, procedure);
    const learning =
      found && this.random.chance(0.2) ? this.learning(base.reference, team, respondedOn) : null;
    return { row: buildImportRow(values), learning };
  }

  /** Stage 2, and for the statutory procedure sometimes a stage 3 review panel. */
  private laterStages(
    values: RowValues,
    team: DemoTeam,
    requestedOn: IsoDate,
    procedure: Procedure,
  ): DemoRecord {
    const extended = this.random.chance(0.5);
    const suspended = this.random.chance(0.1) ? this.random.int(5, 20) : undefined;
    const [limit, maximum] = procedure === 'statutory' ? [25, 65] : [20, 40];
    const respondedOn = this.response(
      requestedOn,
      this.responseDays(limit, maximum, extended) + (suspended ?? 0),
    );
    Object.assign(values, {
      s2_requested_on: requestedOn,
      s2_extended: extended,
      s2_suspended_days: suspended,
    });
    if (!respondedOn) return { row: buildImportRow(values), learning: null };
    if (this.random.chance(0.03)) {
      values.withdrawn_on = respondedOn;
      return { row: buildImportRow(values), learning: null };
    }
    const outcome = this.random.weighted(LATER_OUTCOMES);
    Object.assign(values, { s2_responded_on: respondedOn, s2_outcome: outcome });
    const found = outcome === 'upheld' || outcome === 'partially_upheld';
    if (found && this.random.chance(0.35)) {
      Object.assign(values, { remedy_amount: this.pounds(250, 5000, 50), remedy_stage: '2' });
    }
    let finalOn = respondedOn;
    const panel =
      procedure === 'statutory' && !found && this.random.chance(0.3)
        ? this.after(respondedOn, this.random.int(5, 20))
        : undefined;
    if (panel) {
      finalOn = this.reviewPanel(values, panel) ?? finalOn;
    }
    const learning =
      found && this.random.chance(0.7) ? this.learning(values.reference, team, finalOn) : null;
    return { row: buildImportRow(values), learning };
  }

  private reviewPanel(values: RowValues, requestedOn: IsoDate): IsoDate | undefined {
    values.s3_requested_on = requestedOn;
    const panelOn = this.response(
      requestedOn,
      this.random.chance(0.8) ? this.random.int(15, 30) : this.random.int(31, 40),
    );
    if (!panelOn) return undefined;
    values.s3_panel_on = panelOn;
    const reportOn = this.after(panelOn, this.random.int(3, 6));
    if (!reportOn) return undefined;
    values.s3_panel_report_on = reportOn;
    const respondedOn = this.response(reportOn, this.random.int(8, 16));
    if (!respondedOn) return undefined;
    const outcome = this.random.weighted(LATER_OUTCOMES);
    Object.assign(values, { s3_responded_on: respondedOn, s3_outcome: outcome });
    if (outcome === 'upheld' && this.random.chance(0.5)) {
      Object.assign(values, { remedy_amount: this.pounds(500, 2000, 50), remedy_stage: '3' });
    }
    return respondedOn;
  }

  /** Concerns, enquiries, MP and councillor enquiries and comments: one response stage. */
  private singleStage(base: RowValues): RowValues {
    const kind = base.kind;
    const { teamDetail: team, ...placing } = this.placing();
    const texts = {
      enquiry: ENQUIRIES,
      mp_enquiry: MP_ENQUIRIES,
      councillor_enquiry: MP_ENQUIRIES,
      comment: COMMENTS,
    };
    const themes =
      kind === 'concern'
        ? this.themes()
        : { summary: this.random.pick(texts[kind as keyof typeof texts]) };
    const values: RowValues = { ...base, ...placing, channel: this.channel(), ...themes };
    if (kind === 'concern') {
      Object.assign(values, this.person(this.random.weighted(ROLES.statutory)), {
        child_circumstance: team.circumstances[0],
      });
    }
    const [limit, maximum] = kind === 'concern' ? [5, 5] : [10, 20];
    const extended = kind !== 'concern' && this.random.chance(0.1);
    const respondedOn = this.response(
      base.received_on,
      this.responseDays(limit, maximum, extended),
    );
    if (kind !== 'concern') values.s1_extended = extended;
    if (kind === 'mp_enquiry' && this.answered.length > 0 && this.random.chance(0.3)) {
      values.related_reference = this.random.pick(this.answered).reference;
    }
    if (!respondedOn) return values;
    const outcome: Outcome =
      kind === 'concern'
        ? this.random.weighted([
            ['advice_given', 40],
            ['upheld', 20],
            ['partially_upheld', 20],
            ['not_upheld', 15],
            ['outside_remit', 5],
          ] as const)
        : 'advice_given';
    return { ...values, s1_responded_on: respondedOn, s1_outcome: outcome };
  }

  private ombudsman(base: RowValues): DemoRecord {
    const complaint = this.answered.length > 0 ? this.random.pick(this.answered) : undefined;
    const team = complaint?.team ?? this.team(1);
    const year = base.received_on.slice(2, 4);
    const values: RowValues = {
      ...base,
      team: team.name,
      service_area: team.serviceArea,
      channel: 'email',
      related_reference: complaint?.reference,
      ombudsman_reference: `${year} ${this.random.int(0, 19).toString().padStart(3, '0')} ${this.random.int(0, 999).toString().padStart(3, '0')}`,
    };
    const decidedOn = nextWorkingDay(
      this.options.calendar,
      addDays(base.received_on, this.random.int(30, 150)),
    );
    if (decidedOn > this.options.today) return { row: buildImportRow(values), learning: null };
    const outcome = this.random.weighted(OMBUDSMAN_OUTCOMES);
    Object.assign(values, { s1_responded_on: decidedOn, s1_outcome: outcome });
    if (outcome === 'upheld_injustice' && this.random.chance(0.6)) {
      Object.assign(values, {
        remedy_amount: this.pounds(100, 1500, 50),
        remedy_stage: 'ombudsman',
      });
    }
    const learning = outcome.startsWith('upheld')
      ? this.learning(base.reference, team, decidedOn)
      : null;
    return { row: buildImportRow(values), learning };
  }

  private learning(reference: string, team: DemoTeam, agreedOn: IsoDate): DemoLearning {
    const [category, learning, action] = this.random.pick(LEARNING);
    const dueOn = addDays(agreedOn, this.random.int(20, 60));
    const overdueFor = toDayNumber(this.options.today) - toDayNumber(dueOn);
    const status =
      overdueFor > 30 && this.random.chance(0.9)
        ? 'completed'
        : overdueFor > 0
          ? 'in_progress'
          : 'open';
    return {
      reference,
      team: team.name,
      category,
      learning,
      action,
      owner: `${this.random.pick(FIRST_NAMES)} ${this.random.pick(LAST_NAMES)}`,
      agreedOn,
      dueOn,
      status,
      completedOn:
        status === 'completed'
          ? minDate(addDays(dueOn, -this.random.int(0, 15)), this.options.today)
          : null,
    };
  }

  private pounds(min: number, max: number, step: number): number {
    return Math.round(this.random.int(min, max) / step) * step;
  }
}

/** Days of a range weighted by month and by whether the office is open, to draw dates from. */
function dayWeights(calendar: Calendar, from: IsoDate, to: IsoDate) {
  const dates: IsoDate[] = [];
  const cumulative: number[] = [];
  let total = 0;
  let yearTotal = 0;
  const yearEnd = addDays(from, 364);
  for (let date = from; date <= yearEnd; date = addDays(date, 1)) {
    const month = (Number(date.slice(5, 7)) + 8) % 12;
    // Online forms and emails arrive at weekends too, but far fewer.
    const weight = MONTH_WEIGHTS[month]! * (calendar.isWorkingDay(date) ? 1 : 0.12);
    yearTotal += weight;
    if (date > to) continue;
    total += weight;
    dates.push(date);
    cumulative.push(total);
  }
  return {
    /** How much of a whole year's contacts the range receives. */
    fraction: total / yearTotal,
    pick(random: Random): IsoDate {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (cumulative[middle]! <= target) low = middle + 1;
        else high = middle;
      }
      return dates[low]!;
    },
  };
}

/** Whether Christmas, New Year or the Easter bank holidays fall after `from`, up to `to`. */
function holidaySeasonBetween(calendar: Calendar, from: IsoDate, to: IsoDate): boolean {
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    const monthDay = date.slice(5);
    if (monthDay >= '12-24' || monthDay <= '01-01') return true;
    // In England and Wales the only bank holidays in March and April are Good Friday and Easter Monday.
    const spring = monthDay >= '03-01' && monthDay < '05-01';
    if (spring && weekday(date) < 6 && !calendar.isWorkingDay(date)) return true;
  }
  return false;
}

function nextWorkingDay(calendar: Calendar, date: IsoDate): IsoDate {
  let day = date;
  while (!calendar.isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
