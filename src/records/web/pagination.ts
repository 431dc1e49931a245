import type { Request } from 'express';

export const PAGE_SIZE = 50;

/** Which page of a list was asked for, as a limit and offset. */
export function pageRequested(req: Request): { page: number; limit: number; offset: number } {
  const page = Math.max(
    1,
    Math.min(10_000, Number.parseInt(String(req.query.page ?? '1'), 10) || 1),
  );
  return { page, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

/** The GOV.UK pagination component's parameters, keeping the list's filters in each link. */
export function paginationFor(req: Request, page: number, total: number) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const href = (n: number) => {
    const query = filtersOf(req);
    query.set('page', String(n));
    return `${req.path}?${query.toString()}`;
  };
  return {
    previous: page > 1 ? { href: href(page - 1) } : undefined,
    next: page < pages ? { href: href(page + 1) } : undefined,
    items: Array.from({ length: pages }, (_, i) => i + 1)
      .filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2)
      .flatMap((n, i, shown) => [
        ...(i > 0 && n - shown[i - 1]! > 1 ? [{ ellipsis: true }] : []),
        { number: n, href: href(n), current: n === page },
      ]),
  };
}

function filtersOf(req: Request): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query))
    if (key !== 'page' && typeof value === 'string' && value) query.set(key, value);
  return query;
}

/** The query string of a list's filters, for its CSV download link. */
export function filterQuery(req: Request): string {
  const text = filtersOf(req).toString();
  return text ? `?${text}` : '';
}
