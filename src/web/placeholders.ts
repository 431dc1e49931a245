import { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { sections } from './navigation.ts';

/**
 * Sections whose feature has not landed yet answer with a plain page, so the navigation never
 * leads to a 404. A feature router mounted earlier takes the path over.
 */
export function placeholderRoutes(db: Db): Router {
  const router = Router();
  for (const section of sections) {
    router.get(section.href, requirePermission(db, section.permission), (_req, res) =>
      res.render('web/views/message.njk', {
        title: section.text,
        paragraphs: [`${section.text} is not available yet.`],
        link: { href: '/', text: 'Go to the home page' },
      }),
    );
  }
  return router;
}
