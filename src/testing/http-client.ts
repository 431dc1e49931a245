export interface Page {
  status: number;
  location: string | null;
  contentType: string | null;
  html: string;
}

/**
 * A browser-like client for route tests: keeps cookies, reads the CSRF token from the last page
 * and posts forms the way a browser without JavaScript would.
 */
export class HttpClient {
  private cookies = new Map<string, string>();
  lastBody = '';

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<Page> {
    return this.request('GET', path);
  }

  /** Posts a form; the CSRF token comes from the last page fetched unless `_csrf` is given. */
  async post(path: string, form: Record<string, string | string[]>): Promise<Page> {
    const body = new URLSearchParams();
    if (!('_csrf' in form)) body.append('_csrf', this.csrfToken());
    for (const [key, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    return this.request('POST', path, body);
  }

  csrfToken(): string {
    return /name="_csrf" value="([^"]+)"/.exec(this.lastBody)?.[1] ?? '';
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.get('/sign-in');
    const response = await this.post('/sign-in', { email, password });
    if (response.status !== 302) throw new Error(`Sign-in failed with ${response.status}`);
  }

  private async request(method: string, path: string, body?: URLSearchParams): Promise<Page> {
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      body,
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const html = await response.text();
    if (method === 'GET' || response.status >= 400) this.lastBody = html;
    return {
      status: response.status,
      location: response.headers.get('location'),
      contentType: response.headers.get('content-type'),
      html,
    };
  }
}
