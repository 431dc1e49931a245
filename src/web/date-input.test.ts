import { describe, expect, it } from 'vitest';
import { dateInputItems, readDateInput } from './date-input.ts';

describe('GOV.UK date input', () => {
  it.each([
    [
      { 'd-day': '3', 'd-month': '4', 'd-year': '2023' },
      { ok: true, value: '2023-04-03' },
    ],
    [{}, { ok: true, value: null }],
    [
      { 'd-day': '29', 'd-month': '2', 'd-year': '2023' },
      { ok: false, message: 'Date received must be a real date' },
    ],
    [
      { 'd-day': '29', 'd-month': '2', 'd-year': '2024' },
      { ok: true, value: '2024-02-29' },
    ],
    [
      { 'd-day': '3', 'd-year': '2023' },
      { ok: false, message: 'Date received must include a month' },
    ],
    [
      { 'd-day': 'x', 'd-month': '4', 'd-year': '2023' },
      { ok: false, message: 'Date received must be a real date' },
    ],
    [
      { 'd-day': '3', 'd-month': '4', 'd-year': '23' },
      { ok: false, message: 'Date received must be a real date' },
    ],
  ])('reads %j', (body, expected) => {
    expect(readDateInput(body, 'd', 'Date received')).toEqual(expected);
  });

  it('asks for a required date', () => {
    expect(readDateInput({}, 'd', 'Date received', { required: true })).toEqual({
      ok: false,
      message: 'Enter date received',
    });
  });

  it('shows what was typed, else the stored date', () => {
    expect(
      dateInputItems({ 'd-day': '31', 'd-month': '2', 'd-year': '2023' }, 'd', '2020-01-05').map(
        (i) => i.value,
      ),
    ).toEqual(['31', '2', '2023']);
    expect(dateInputItems({}, 'd', '2020-01-05').map((i) => i.value)).toEqual(['5', '1', '2020']);
  });
});
