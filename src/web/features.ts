import type { Router } from 'express';
import type { Db } from '../db/connect.ts';

/**
 * Each feature's routes, mounted after sign-in is checked (public pages mount their own before it
 * via `publicRouters`). A feature adds one line here.
 */
export function featureRouters(db: Db): Router[] {
  void db;
  return [];
}

/** Routes that need no sign-in, such as the public feedback forms. */
export function publicRouters(db: Db): Router[] {
  void db;
  return [];
}
