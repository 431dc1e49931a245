import type { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { complimentRoutes } from '../records/routes/compliments.ts';
import { enquiryRoutes } from '../records/routes/enquiries.ts';
import { remedyRoutes } from '../remedies/routes.ts';
import { learningRoutes } from '../learning/routes.ts';
import { trackerRoutes } from '../tracker/routes.ts';
import { calendarRoutes } from '../calendar/routes/calendar-routes.ts';
import { feedbackRoutes } from '../feedback/routes.ts';
import { attachmentRoutes } from '../feedback/attachment-routes.ts';
import { outboxRoutes } from '../notify/routes.ts';
import { settingsRoutes } from '../settings/routes.ts';
import { caseworkRoutes } from '../casework/routes/index.ts';
import { importRoutes } from '../import/routes/import-routes.ts';
import { reportRoutes } from '../report/web/routes.ts';

/**
 * Each feature's routes, mounted after sign-in is checked (public pages mount their own before it
 * via `publicRouters`). A feature adds one line here.
 */
export function featureRouters(db: Db): Router[] {
  return [
    calendarRoutes(db),
    complimentRoutes(db),
    enquiryRoutes(db),
    remedyRoutes(db),
    learningRoutes(db),
    trackerRoutes(db),
    outboxRoutes(db),
    attachmentRoutes(db),
    settingsRoutes(db),
    caseworkRoutes(db),
    importRoutes(db),
    reportRoutes(db),
  ];
}

/** Routes that need no sign-in, such as the public feedback forms. */
export function publicRouters(db: Db): Router[] {
  return [feedbackRoutes(db)];
}
