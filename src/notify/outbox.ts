import type { Db, DbOrTrx } from '../db/connect.ts';
import type { Actor } from '../casework/access.ts';
import { isComplaintsTeam, visibleTo } from '../casework/access.ts';
import { readNotifyConfig, templateId, templateVariable } from './config.ts';
import type { MessageChannel, NotifyConfig } from './config.ts';
import { describeNotifyError, sendThroughNotify } from './notify-client.ts';

export const OUTBOX_STATUSES = ['pending', 'sent', 'not_sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface NewMessage {
  organisationId: string;
  recordId: string | null;
  channel: MessageChannel;
  /** The email address, phone number, or for a letter the address on one line. */
  recipient: string;
  /** The template's name in Heard, such as 'acknowledgement'; its Notify ID comes from the environment. */
  template: string;
  /** For a letter this includes address_line_1 to address_line_7, as Notify requires. */
  personalisation: Record<string, string>;
}

/**
 * Keeps a message to send, inside the caller's transaction: the message exists exactly when
 * what it is about does, and it is sent after that commits (`deliverMessage`).
 */
export async function queueMessage(db: DbOrTrx, message: NewMessage): Promise<string> {
  const row = await db
    .insertInto('outbox')
    .values({
      organisation_id: message.organisationId,
      record_id: message.recordId,
      channel: message.channel,
      recipient: message.recipient,
      template: message.template,
      personalisation: JSON.stringify(message.personalisation),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function settle(
  db: Db,
  id: string,
  change: { status: OutboxStatus; error?: string | null; notifyId?: string | null },
): Promise<OutboxStatus> {
  await db
    .updateTable('outbox')
    .set({
      status: change.status,
      error: change.error ?? null,
      notify_id: change.notifyId ?? null,
      sent_at: change.status === 'sent' ? new Date() : null,
    })
    .where('id', '=', id)
    .execute();
  return change.status;
}

/**
 * Sends a pending message through GOV.UK Notify and records what happened. It never throws:
 * a refusal or an unreachable Notify leaves the message 'failed' with the reason, for staff to see.
 */
export async function deliverMessage(
  db: Db,
  id: string,
  config: NotifyConfig = readNotifyConfig(),
): Promise<OutboxStatus> {
  const message = await db
    .selectFrom('outbox')
    .select(['channel', 'recipient', 'template', 'personalisation', 'status', 'record_id'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!message || message.status !== 'pending') return message?.status as OutboxStatus;
  const channel = message.channel as MessageChannel;
  const apiKey = config.apiKey;
  if (!apiKey) {
    return settle(db, id, {
      status: 'not_sent',
      error: 'GOV.UK Notify is not set up: NOTIFY_API_KEY is empty',
    });
  }
  const template = templateId(config, message.template, channel);
  if (!template) {
    return settle(db, id, {
      status: 'not_sent',
      error: `No GOV.UK Notify template: ${templateVariable(message.template, channel)} is empty`,
    });
  }
  const reference = message.record_id
    ? ((
        await db
          .selectFrom('records')
          .select('reference')
          .where('id', '=', message.record_id)
          .executeTakeFirst()
      )?.reference ?? null)
    : null;
  try {
    const notifyId = await sendThroughNotify(
      { ...config, apiKey },
      {
        channel,
        templateId: template,
        recipient: message.recipient,
        personalisation: message.personalisation,
        reference,
      },
    );
    return await settle(db, id, { status: 'sent', notifyId });
  } catch (error) {
    return settle(db, id, { status: 'failed', error: describeNotifyError(error) });
  }
}

/**
 * Puts a message that was not sent or failed back in the queue and tries again, for when Notify
 * has been set up or was down. Returns the new status, or null when the message cannot be resent.
 */
export async function resendMessage(
  db: Db,
  actor: Actor,
  id: string,
  config: NotifyConfig = readNotifyConfig(),
): Promise<OutboxStatus | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const visible = await outboxQuery(db, actor).where('outbox.id', '=', id).executeTakeFirst();
  if (!visible) return null;
  const queued = await db
    .updateTable('outbox')
    .set({ status: 'pending', error: null })
    .where('id', '=', id)
    .where('status', 'in', ['failed', 'not_sent'])
    .executeTakeFirst();
  if (queued.numUpdatedRows === 0n) return null;
  return deliverMessage(db, id, config);
}

/** Messages about records the actor may see; messages about no record are the complaints team's. */
function outboxQuery(db: Db, actor: Actor) {
  return db
    .selectFrom('outbox')
    .leftJoin('records', 'records.id', 'outbox.record_id')
    .select([
      'outbox.id',
      'outbox.record_id',
      'outbox.channel',
      'outbox.recipient',
      'outbox.template',
      'outbox.status',
      'outbox.error',
      'outbox.notify_id',
      'outbox.created_at',
      'outbox.sent_at',
      'records.reference',
    ])
    .where('outbox.organisation_id', '=', actor.organisationId)
    .where((eb) => {
      const aboutVisibleRecord = eb.and([
        eb('outbox.record_id', 'is not', null),
        visibleTo(actor)(eb),
      ]);
      return isComplaintsTeam(actor.role)
        ? eb.or([eb('outbox.record_id', 'is', null), aboutVisibleRecord])
        : aboutVisibleRecord;
    });
}

export function listOutbox(db: Db, actor: Actor, limit = 200) {
  return outboxQuery(db, actor)
    .orderBy('outbox.created_at', 'desc')
    .orderBy('outbox.id')
    .limit(limit)
    .execute();
}
