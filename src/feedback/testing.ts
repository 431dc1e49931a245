interface PageLike {
  status: number;
  location: string | null;
  html: string;
}

/** HttpClient, or the UploadingVisitor below. */
export interface FormClient {
  get(path: string): Promise<PageLike>;
  post(path: string, form: Record<string, string>): Promise<PageLike>;
}

/** A question's address (after the journey's base) and the answers to post to it. */
export type Answer = [slug: string, form: Record<string, string>];

export const COMPLAINT_BY_PARENT: Answer[] = [
  ['kind', { kind: 'complaint' }],
  ['who', { who: 'parent' }],
  ['child', { childName: 'Alex Smith' }],
  [
    'what-happened',
    { whatHappened: 'Nobody returned my calls for three weeks.\nI called five times.' },
  ],
  ['outcome', { desiredOutcome: 'An apology and a named social worker.' }],
  ['name', { name: 'Sam Smith' }],
  ['contact', { contactBy: 'email' }],
  ['email', { email: 'sam.smith@example.com' }],
  ['adjustments', { adjustments: 'yes' }],
  ['adjustments-needed', { adjustmentsDetail: 'Large print letters, please.' }],
  ['attachments/continue', {}],
];

export const YOUNG_PERSON_COMPLAINT: Answer[] = [
  ['kind', { kind: 'complaint' }],
  ['what-happened', { whatHappened: 'My social worker keeps changing.' }],
  ['better', { desiredOutcome: 'Keep the same social worker.' }],
  ['advocate', { advocate: 'yes' }],
  ['name', { name: 'Jo Bloggs' }],
  ['contact', { contactBy: 'phone' }],
  ['phone', { phone: '07700 900982' }],
  ['help', { adjustments: 'no' }],
];

/** Answers each question the way a browser would: open the page, then send its form. */
export async function answer(client: FormClient, base: string, answers: Answer[]): Promise<void> {
  for (const [slug, form] of answers) {
    await client.get(`${base}/${slug.replace(/\/continue$/, '')}`);
    const page = await client.post(`${base}/${slug}`, form);
    if (page.status !== 302)
      throw new Error(`${base}/${slug} answered ${page.status}: ${page.html.slice(0, 500)}`);
  }
}

/**
 * A visitor that can also post a file, as the upload page's multipart form does; HttpClient
 * posts only URL-encoded forms. It keeps cookies and the last page's CSRF token the same way.
 */
export class UploadingVisitor implements FormClient {
  private cookies = new Map<string, string>();
  private token = '';

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<PageLike> {
    const page = await this.send(path, { method: 'GET' });
    this.token = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1] ?? this.token;
    return page;
  }

  post(path: string, form: Record<string, string>): Promise<PageLike> {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: this.token, ...form }),
    });
  }

  upload(path: string, fileName: string, content: Buffer, type: string, csrf = this.token) {
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    return this.send(path, { method: 'POST', body: form });
  }

  private async send(path: string, init: RequestInit): Promise<PageLike> {
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string> | undefined),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      if (/expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(pair.slice(0, at));
      else this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return {
      status: response.status,
      location: response.headers.get('location'),
      html: await response.text(),
    };
  }
}
