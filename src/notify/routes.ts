import { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { can } from '../auth/roles.ts';
import { flash } from '../auth/session-middleware.ts';
import { recordAttachments } from '../feedback/attachments.ts';
import type { MessageChannel } from './config.ts';
import { listOutbox, resendMessage, type OutboxStatus } from './outbox.ts';

const CHANNEL_LABELS: Record<MessageChannel, string> = {
  email: 'Email',
  sms: 'Text message',
  letter: 'Letter',
};

const STATUS_TAGS: Record<OutboxStatus, { text: string; classes: string }> = {
  pending: { text: 'Sending', classes: 'govuk-tag--blue' },
  sent: { text: 'Sent', classes: 'govuk-tag--green' },
  not_sent: { text: 'Not sent', classes: 'govuk-tag--grey' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
};

const TEMPLATE_LABELS: Record<string, string> = { acknowledgement: 'Acknowledgement' };

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** The outbox: every message Heard has sent or tried to send to the public. */
export function outboxRoutes(db: Db): Router {
  const router = Router();

  router.get('/outbox', requirePermission(db, 'cases:view'), async (req, res) => {
    const actor = req.user!;
    const messages = await listOutbox(db, actor);
    const recordIds = [...new Set(messages.flatMap((m) => (m.record_id ? [m.record_id] : [])))];
    const files = await recordAttachments(db, recordIds);
    res.render('notify/views/outbox.njk', {
      title: 'Outbox',
      canResend: can(actor.role, 'cases:manage'),
      messages: messages.map((m) => ({
        ...m,
        when: when.format(m.created_at),
        channel: CHANNEL_LABELS[m.channel as MessageChannel] ?? m.channel,
        template: TEMPLATE_LABELS[m.template] ?? m.template,
        tag: STATUS_TAGS[m.status as OutboxStatus],
        resendable: m.status === 'failed' || m.status === 'not_sent',
        files: files.filter((f) => f.record_id === m.record_id),
      })),
    });
  });

  router.post('/outbox/:id/send', requirePermission(db, 'cases:manage'), async (req, res) => {
    const status = await resendMessage(db, req.user!, String(req.params.id));
    await flash(
      db,
      req,
      status === 'sent'
        ? 'The message was sent'
        : 'The message was not sent. The reason is shown beside it.',
    );
    res.redirect('/outbox');
  });

  return router;
}
