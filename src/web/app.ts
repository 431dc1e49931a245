import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import nunjucks from 'nunjucks';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { sessionMiddleware } from '../auth/session-middleware.ts';
import { requireSignIn } from '../auth/guards.ts';
import { authRoutes } from '../auth/routes.ts';
import { roleLabels } from '../auth/roles.ts';
import { adminRoutes } from '../admin/routes.ts';
import { csrfProtection } from './csrf.ts';
import { navigationFor } from './navigation.ts';
import { homeLinks } from './home-links.ts';
import { placeholderRoutes } from './placeholders.ts';
import { featureRouters, publicRouters } from './features.ts';
import { uploadForms } from '../feedback/upload-parser.ts';
import './request-context.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const modules = path.join(root, 'node_modules');

export interface AppOptions {
  db: Db;
  secret: string;
  secureCookies: boolean;
}

async function soleOrganisationName(db: Db): Promise<string | undefined> {
  const rows = await db.selectFrom('organisations').select('name').limit(2).execute();
  return rows.length === 1 ? rows[0]!.name : undefined;
}

export function createApp({ db, secret, secureCookies }: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  if (secureCookies) app.set('trust proxy', 1);

  const env = nunjucks.configure(
    [
      path.join(root, 'src'),
      path.join(modules, 'govuk-frontend/dist'),
      path.join(modules, '@ministryofjustice/frontend'),
    ],
    {
      autoescape: true,
      express: app,
      noCache: process.env.NODE_ENV === 'test' ? false : undefined,
    },
  );
  env.addGlobal('govukRebrand', true);
  app.set('view engine', 'njk');

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64');
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: secureCookies ? [] : null,
        },
      },
      strictTransportSecurity: secureCookies,
    }),
  );

  const cacheFor = { maxAge: '1d' };
  app.use(
    '/assets',
    express.static(path.join(modules, 'govuk-frontend/dist/govuk/assets'), cacheFor),
  );
  app.use(
    '/assets',
    express.static(path.join(modules, '@ministryofjustice/frontend/moj/assets'), cacheFor),
  );
  app.use(
    '/stylesheets/govuk-frontend.min.css',
    express.static(path.join(modules, 'govuk-frontend/dist/govuk/govuk-frontend.min.css')),
  );
  app.use(
    '/javascripts/govuk-frontend.min.js',
    express.static(path.join(modules, 'govuk-frontend/dist/govuk/govuk-frontend.min.js')),
  );
  app.use(
    '/stylesheets/moj-frontend.min.css',
    express.static(path.join(modules, '@ministryofjustice/frontend/moj/moj-frontend.min.css')),
  );
  app.use(
    '/javascripts/moj-frontend.min.js',
    express.static(path.join(modules, '@ministryofjustice/frontend/moj/moj-frontend.min.js')),
  );
  app.use('/stylesheets/heard.css', express.static(path.join(root, 'src/web/public/heard.css')));
  app.use('/javascripts/init.js', express.static(path.join(root, 'src/web/public/init.js')));

  app.get('/health', async (_req, res) => {
    try {
      await sql`select 1`.execute(db);
      res.json({ status: 'ok', database: 'ok' });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  app.use(express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 2000 }));
  app.use(uploadForms);
  app.use(sessionMiddleware(db));
  app.use(csrfProtection(secret, secureCookies));
  app.use(async (req, res, next) => {
    res.locals.user = req.user;
    // Before sign-in the header still names the council, when the deployment serves just one.
    res.locals.organisationName = req.user?.organisationName ?? (await soleOrganisationName(db));
    res.locals.navigation = navigationFor(req.user?.role, req.path);
    res.locals.signOutHtml = req.user
      ? `<li class="govuk-service-navigation__item"><form class="heard-sign-out" method="post" action="/sign-out"><input type="hidden" name="_csrf" value="${req.csrfToken}"><button type="submit" class="govuk-button govuk-button--secondary govuk-!-margin-0" data-module="govuk-button">Sign out</button></form></li>`
      : '';
    res.locals.errors = { list: [], fields: {} };
    next();
  });

  app.use(authRoutes(db, secureCookies));
  for (const router of publicRouters(db)) app.use(router);
  app.get('/accessibility', (_req, res) =>
    res.render('web/views/message.njk', {
      title: 'Accessibility statement for Heard',
      paragraphs: [
        'Heard is built to meet the Web Content Accessibility Guidelines version 2.2 at level AA. Every page is checked with automated accessibility tests before each release.',
        'If you find a page you cannot use, tell your complaints team and we will fix it.',
      ],
    }),
  );

  app.use(requireSignIn);
  app.get('/', (req, res) =>
    res.render('web/views/home.njk', {
      title: 'Home',
      roleLabel: roleLabels[req.user!.role],
      groups: homeLinks(req.user!.role),
    }),
  );
  app.use(adminRoutes(db));
  for (const router of featureRouters(db)) app.use(router);
  app.use(placeholderRoutes(db));

  app.use((_req, res) =>
    res.status(404).render('web/views/not-found.njk', { title: 'Page not found' }),
  );
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number; type?: string }).status;
    if (status === 413) {
      return res.status(413).render('web/views/message.njk', {
        title: 'What you sent is too large',
        paragraphs: ['Nothing was saved. Shorten the text or send a smaller file, then try again.'],
      });
    }
    if (status === 400) {
      return res.status(400).render('web/views/message.njk', {
        title: 'Sorry, we could not read what you sent',
        paragraphs: ['Nothing was saved. Go back and try again.'],
      });
    }
    const errorId = randomUUID();
    console.error(`[${errorId}]`, error);
    res.status(500).render('web/views/server-error.njk', {
      title: 'Sorry, there is a problem with the service',
      errorId,
    });
  });
  return app;
}
