import { describe, expect, it } from 'vitest';
import { shippedBankHolidays } from '../../calendar/bank-holidays.ts';
import { createCalendar } from '../../calendar/calendar.ts';
import { defaultProcedures } from '../../procedures/defaults.ts';
import { currentDeadline } from './current-deadline.ts';

const calendar = createCalendar({ nation: 'england-and-wales', holidays: shippedBankHolidays() });
const { procedures } = defaultProcedures();
const stage3 = procedures.statutory.stages[2];
const stage1 = procedures.statutory.stages[0];

describe('the deadline a stage is working to', () => {
  it('is the stored due date for a stage without steps', () => {
    expect(
      currentDeadline(calendar, stage1, {
        due_on: '2025-03-14',
        panel_on: null,
        panel_report_on: null,
      }),
    ).toEqual({ due: '2025-03-14', what: 'Response' });
  });

  it('moves through the panel, its report and the authority’s response at stage 3', () => {
    const dates = { due_on: '2025-04-11', panel_on: null, panel_report_on: null };
    expect(currentDeadline(calendar, stage3, dates)).toEqual({
      due: '2025-04-11',
      what: 'Review panel',
    });
    // Panel on Thursday 3 April 2025: 5 working days later is Thursday 10 April.
    expect(currentDeadline(calendar, stage3, { ...dates, panel_on: '2025-04-03' })).toEqual({
      due: '2025-04-10',
      what: 'Panel report',
    });
    // Report on 10 April 2025: 15 working days over Easter (18 and 21 April) is 6 May (5 May is a bank holiday).
    expect(
      currentDeadline(calendar, stage3, {
        ...dates,
        panel_on: '2025-04-03',
        panel_report_on: '2025-04-10',
      }),
    ).toEqual({ due: '2025-05-06', what: 'Authority’s response' });
  });

  it('keeps the stored date when the procedure is unknown', () => {
    expect(
      currentDeadline(calendar, undefined, { due_on: null, panel_on: null, panel_report_on: null }),
    ).toEqual({ due: null, what: 'Response' });
  });
});
