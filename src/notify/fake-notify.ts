import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

// A stand-in for the GOV.UK Notify API for tests, on 127.0.0.1: it checks what the real service
// checks (a JWT signed with the API key's secret, issued by the key's service, within 30 seconds)
// and answers in Notify's own shapes, so the real notifications-node-client can be used against it.

export interface ReceivedNotification {
  type: 'email' | 'sms' | 'letter';
  body: {
    template_id: string;
    email_address?: string;
    phone_number?: string;
    personalisation?: Record<string, string>;
    reference?: string;
  };
}

export interface FakeNotify {
  url: string;
  /** A key in Notify's format: name, service ID and secret. */
  apiKey: string;
  received: ReceivedNotification[];
  /** The next request is refused with this status and Notify error. */
  refuseNext(status: number, error: string, message: string): void;
  close(): Promise<void>;
}

const PATHS: Record<string, ReceivedNotification['type']> = {
  '/v2/notifications/email': 'email',
  '/v2/notifications/sms': 'sms',
  '/v2/notifications/letter': 'letter',
};

function notifyError(res: ServerResponse, status: number, error: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status_code: status, errors: [{ error, message }] }));
}

function base64url(value: string): Buffer {
  return Buffer.from(value, 'base64url');
}

/** Why the bearer token would be refused by Notify, or null when it is good. */
export function checkNotifyToken(
  header: string | undefined,
  serviceId: string,
  secret: string,
  now = Date.now(),
): string | null {
  const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  if (!token) return 'Unauthorized: authentication token must be provided';
  const [head, payload, signature] = token.split('.');
  if (!head || !payload || !signature) return 'Invalid token: not a JWT';
  const expected = createHmac('sha256', secret).update(`${head}.${payload}`).digest();
  const given = base64url(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return 'Invalid token: signature, api token not found';
  const parsedHead = JSON.parse(base64url(head).toString()) as { alg?: string };
  if (parsedHead.alg !== 'HS256') return 'Invalid token: algorithm used is not HS256';
  const claims = JSON.parse(base64url(payload).toString()) as { iss?: string; iat?: number };
  if (claims.iss !== serviceId) return 'Invalid token: service not found';
  if (typeof claims.iat !== 'number' || Math.abs(now / 1000 - claims.iat) > 30)
    return 'Error: Your system clock must be accurate to within 30 seconds';
  return null;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    req.on('error', reject);
  });
}

function missing(type: ReceivedNotification['type'], body: ReceivedNotification['body']) {
  if (!body.template_id) return 'template_id is a required property';
  if (type === 'email' && !body.email_address) return 'email_address is a required property';
  if (type === 'sms' && !body.phone_number) return 'phone_number is a required property';
  if (type === 'letter') {
    const lines = Object.keys(body.personalisation ?? {}).filter((k) =>
      /^address_line_[1-7]$/.test(k),
    );
    if (lines.length < 3) return 'Address must be at least 3 lines';
  }
  return null;
}

function created(
  url: string,
  type: ReceivedNotification['type'],
  body: ReceivedNotification['body'],
) {
  const id = randomUUID();
  const template = {
    id: body.template_id,
    version: 1,
    uri: `${url}/services/${randomUUID()}/templates/${body.template_id}`,
  };
  const content =
    type === 'email'
      ? {
          subject: 'We have received your message',
          body: 'Thank you.',
          from_email: 'complaints@example.gov.uk',
        }
      : type === 'sms'
        ? { body: 'Thank you.', from_number: 'Council' }
        : { subject: 'We have received your message', body: 'Thank you.' };
  return {
    id,
    reference: body.reference ?? null,
    content,
    uri: `${url}/v2/notifications/${id}`,
    template,
    ...(type === 'letter' ? { scheduled_for: null } : {}),
  };
}

export async function startFakeNotify(): Promise<FakeNotify> {
  const serviceId = randomUUID();
  const secret = randomUUID();
  const received: ReceivedNotification[] = [];
  let refusal: { status: number; error: string; message: string } | null = null;
  let url = '';

  const server = createServer(async (req, res) => {
    const type = req.method === 'POST' ? PATHS[req.url ?? ''] : undefined;
    if (!type) return notifyError(res, 404, 'NotFound', 'Not found');
    const authProblem = checkNotifyToken(req.headers.authorization, serviceId, secret);
    if (authProblem) return notifyError(res, 403, 'AuthError', authProblem);
    let body: ReceivedNotification['body'];
    try {
      body = (await readJson(req)) as ReceivedNotification['body'];
    } catch {
      return notifyError(res, 400, 'BadRequestError', 'Invalid JSON');
    }
    if (refusal) {
      const { status, error, message } = refusal;
      refusal = null;
      return notifyError(res, status, error, message);
    }
    const problem = missing(type, body);
    if (problem) return notifyError(res, 400, 'ValidationError', problem);
    received.push({ type, body });
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify(created(url, type, body)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    apiKey: `heard_test-${serviceId}-${secret}`,
    received,
    refuseNext(status, error, message) {
      refusal = { status, error, message };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
