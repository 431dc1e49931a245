export const CHANNELS = ['email', 'sms', 'letter'] as const;
export type MessageChannel = (typeof CHANNELS)[number];

/** GOV.UK Notify from the environment; without an API key messages are only kept in the outbox. */
export interface NotifyConfig {
  apiKey: string | null;
  /** Another Notify API, such as a local fake in tests; the real service when null. */
  baseUrl: string | null;
  env: NodeJS.ProcessEnv;
}

export function readNotifyConfig(env: NodeJS.ProcessEnv = process.env): NotifyConfig {
  return { apiKey: env.NOTIFY_API_KEY || null, baseUrl: env.NOTIFY_BASE_URL || null, env };
}

/** Each template's ID is its own variable, e.g. NOTIFY_TEMPLATE_ACKNOWLEDGEMENT_EMAIL. */
export function templateVariable(template: string, channel: MessageChannel): string {
  return `NOTIFY_TEMPLATE_${template.toUpperCase()}_${channel.toUpperCase()}`;
}

export function templateId(
  config: NotifyConfig,
  template: string,
  channel: MessageChannel,
): string | null {
  return config.env[templateVariable(template, channel)] || null;
}
