import { Router } from 'express';
import type { Db } from '../../db/connect.ts';
import { CASE_ACTIONS } from './actions/index.ts';
import { actionRoutes } from './action-routes.ts';
import { casePageRoutes } from './case-pages.ts';
import { caseListRoutes } from './case-list-routes.ts';
import { logRoutes } from './log-routes.ts';

/** The staff pages for casework; the lists and forms to log come before `/cases/:id`. */
export function caseworkRoutes(db: Db): Router {
  const router = Router();
  router.use(caseListRoutes(db), logRoutes(db), casePageRoutes(db), actionRoutes(db, CASE_ACTIONS));
  return router;
}
