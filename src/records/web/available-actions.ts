import type { Db } from '../../db/connect.ts';
import { can, type Permission } from '../../auth/roles.ts';
import { mayPerform, type Actor } from '../../casework/access.ts';
import { snapshotOf } from '../../casework/command.ts';
import { checkTransition, type CaseEvent } from '../../casework/domain/transitions.ts';
import type { LoadedRecord } from '../queries/record-page.ts';

export interface ActionLink {
  event: CaseEvent;
  permission: Permission;
  href: string;
  text: string;
}

/** The actions this person may take on this record now: the same rules the use cases apply. */
export async function availableActions(
  db: Db,
  actor: Actor,
  loaded: LoadedRecord,
  links: readonly ActionLink[],
): Promise<{ href: string; text: string }[]> {
  const snapshot = await snapshotOf(db, loaded.record, loaded.stage);
  return links
    .filter(
      (link) =>
        can(actor.role, link.permission) &&
        mayPerform(actor.role, link.event) &&
        checkTransition(link.event, snapshot) === null,
    )
    .map(({ href, text }) => ({ href, text }));
}
