import { dateInputItems } from '../../web/date-input.ts';
import type { FormErrors } from '../../web/forms.ts';
import type { Body } from './form-input.ts';

const noErrors = (): FormErrors => ({ list: [], fields: {} });

/**
 * What a form template needs: the values to show (what was typed, or what is saved), the errors,
 * and `dateItems(name)` for a GOV.UK date input, whose value may be typed parts or an ISO date.
 */
export function formView(values: Body, errors: FormErrors = noErrors()) {
  return {
    values,
    errors,
    form: {
      values,
      errors,
      dateItems: (name: string) => {
        const iso = values[name];
        return dateInputItems(
          values,
          name,
          typeof iso === 'string' ? iso : null,
          errors.fields[name] !== undefined,
        );
      },
    },
  };
}
