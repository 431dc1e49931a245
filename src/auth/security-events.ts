import type { DbOrTrx } from '../db/connect.ts';

export type SecurityEvent =
  'sign_in' | 'sign_in_failed' | 'locked_out' | 'sign_out' | 'access_refused';

export async function recordSecurityEvent(
  db: DbOrTrx,
  event: SecurityEvent,
  who: { organisationId?: string | null; userId?: string | null; ip?: string | null },
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('security_events')
    .values({
      event,
      organisation_id: who.organisationId ?? null,
      user_id: who.userId ?? null,
      ip: who.ip ?? null,
      detail: JSON.stringify(detail) as unknown as Record<string, unknown>,
    })
    .execute();
}
