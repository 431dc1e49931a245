import { TRANSITIONS, type CaseEvent } from '../../casework/domain/transitions.ts';
import { formatDateTime } from '../format.ts';

const OTHER_TITLES: Record<string, string> = { logged: 'Logged', imported: 'Imported' };

/** A record's history as the timeline shows it: what happened, by whom, when. */
export function historyItems(
  events: readonly { type: string; summary: string; actor_name: string; at: Date }[],
) {
  return events.map((event) => {
    const at = new Date(event.at);
    return {
      title: TRANSITIONS[event.type as CaseEvent]?.label ?? OTHER_TITLES[event.type] ?? event.type,
      summary: event.summary,
      actor: event.actor_name,
      iso: at.toISOString(),
      at: formatDateTime(at),
    };
  });
}
