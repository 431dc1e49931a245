import path from 'node:path';

export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  sessionSecret: string | undefined;
  /** Cookies are marked `secure` when Heard is served over HTTPS (behind a proxy that says so). */
  secureCookies: boolean;
  demo: boolean;
  organisationName: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.HEARD_DATA_DIR || './data'),
    port,
    sessionSecret: env.SESSION_SECRET || undefined,
    secureCookies: env.HEARD_SECURE_COOKIES === 'true',
    demo: env.HEARD_DEMO !== 'false',
    organisationName: env.HEARD_ORGANISATION || 'Example Council',
  };
}
