import type { Db } from '../../../db/connect.ts';
import type { ParseResult } from '../../../web/forms.ts';
import type { Actor } from '../../access.ts';
import type { CaseEvent } from '../../domain/transitions.ts';
import type { CaseState } from '../../queries/case-state.ts';
import type { Body } from '../form-input.ts';

export type Version = number;
type Run = (db: Db, actor: Actor, recordId: string, version: Version) => Promise<unknown>;

/** One action on a case: its own page with one form, calling one use case. */
export interface CaseActionSpec<V, D extends object> {
  /** The last part of the page's address: /cases/:id/<slug>. */
  slug: string;
  event: CaseEvent;
  title: string;
  /** The form's fields: a template under casework/views/actions/. */
  fields: string;
  button?: string;
  /** Date inputs on the form, so errors link to their first box. */
  dateFields?: readonly string[];
  /** Hides the action where the rules allow it but it cannot apply (an Ombudsman stage cannot be extended). */
  offered?: (c: CaseState) => boolean;
  /** Lists and saved values the form shows, loaded for the page and again on an error. */
  load?: (db: Db, c: CaseState) => Promise<D>;
  /** What the form shows when first opened. */
  initial?: (c: CaseState, data: D) => Body;
  read: (body: Body, c: CaseState, data: D) => ParseResult<V> | Promise<ParseResult<V>>;
  run: (db: Db, actor: Actor, recordId: string, version: Version, value: V) => Promise<unknown>;
  /** The success message shown on the case after the change. */
  done: string;
}

export interface CaseAction {
  slug: string;
  event: CaseEvent;
  title: string;
  fields: string;
  button: string;
  dateFields: readonly string[];
  offered: (c: CaseState) => boolean;
  load: (db: Db, c: CaseState) => Promise<object>;
  initial: (c: CaseState, data: object) => Body;
  submit: (body: Body, c: CaseState, data: object) => Promise<ParseResult<Run>>;
  done: string;
}

/** Hides the types of an action's input and data behind one interface, so actions share routes. */
export function defineAction<V, D extends object = object>(spec: CaseActionSpec<V, D>): CaseAction {
  const load = spec.load ?? (async () => ({}) as D);
  return {
    slug: spec.slug,
    event: spec.event,
    title: spec.title,
    fields: `casework/views/actions/${spec.fields}`,
    button: spec.button ?? 'Save',
    dateFields: spec.dateFields ?? [],
    offered: spec.offered ?? (() => true),
    load,
    initial: (c, data) => spec.initial?.(c, data as D) ?? {},
    async submit(body, c, data) {
      const parsed = await spec.read(body, c, data as D);
      if (!parsed.ok) return parsed;
      return {
        ok: true,
        value: (db, actor, recordId, version) =>
          spec.run(db, actor, recordId, version, parsed.value),
      };
    },
    done: spec.done,
  };
}
