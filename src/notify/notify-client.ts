import { NotifyClient } from 'notifications-node-client';
import type { MessageChannel, NotifyConfig } from './config.ts';

export interface NotifyRequest {
  channel: MessageChannel;
  templateId: string;
  recipient: string;
  personalisation: Record<string, string>;
  reference: string | null;
}

/** Sends one message through GOV.UK Notify and returns Notify's ID for it. */
export async function sendThroughNotify(
  config: NotifyConfig & { apiKey: string },
  request: NotifyRequest,
): Promise<string> {
  const client = config.baseUrl
    ? new NotifyClient(config.baseUrl, config.apiKey)
    : new NotifyClient(config.apiKey);
  const options = {
    personalisation: request.personalisation,
    ...(request.reference ? { reference: request.reference } : {}),
  };
  const response =
    request.channel === 'email'
      ? await client.sendEmail(request.templateId, request.recipient, options)
      : request.channel === 'sms'
        ? await client.sendSms(request.templateId, request.recipient, options)
        : await client.sendLetter(request.templateId, options);
  return response.data.id;
}

/** Notify's own words for a refusal ("400 BadRequestError: …"), or the network error. */
export function describeNotifyError(error: unknown): string {
  const response = (error as { response?: { status?: number; data?: unknown } }).response;
  const errors = (response?.data as { errors?: { error?: string; message?: string }[] } | undefined)
    ?.errors;
  const first = errors?.[0];
  if (response?.status && first)
    return `${response.status} ${first.error ?? 'Error'}: ${first.message ?? ''}`.trim();
  if (response?.status) return `GOV.UK Notify answered ${response.status}`;
  return error instanceof Error ? error.message : String(error);
}
