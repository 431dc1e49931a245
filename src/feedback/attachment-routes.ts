import { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { requirePermission } from '../auth/guards.ts';
import { readAttachment } from './attachments.ts';

/** Files sent with online forms, for staff who may see the record; never served publicly. */
export function attachmentRoutes(db: Db): Router {
  const router = Router();
  router.get('/attachments/:id', requirePermission(db, 'cases:view'), async (req, res) => {
    const file = await readAttachment(db, req.user!, String(req.params.id));
    if (!file)
      return res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });
    res.set('Cache-Control', 'no-store');
    res.attachment(file.fileName);
    res.type(file.contentType);
    res.send(file.content);
  });
  return router;
}
