import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from './connect.ts';
import { copyRows } from './copy.ts';
import { createTestDatabase } from './test-db.ts';

describe('copyRows', () => {
  let connection: Connection;
  let organisationId: string;

  beforeAll(async () => {
    connection = await createTestDatabase();
    ({ id: organisationId } = await connection.db
      .insertInto('organisations')
      .values({ name: 'Copyshire' })
      .returning('id')
      .executeTakeFirstOrThrow());
  });
  afterAll(() => connection.close());

  const tricky = 'Line one\nline two\twith a tab, a \\ and "quotes" £ ü';

  it('loads rows inside a transaction, values exactly as given', async () => {
    await connection.db.transaction().execute(async (trx) => {
      await copyRows(trx, 'themes', [
        { organisation_id: organisationId, name: tricky, active: true },
        { organisation_id: organisationId, name: 'Delay', active: false },
      ]);
    });
    const rows = await connection.db
      .selectFrom('themes')
      .select(['name', 'active'])
      .where('organisation_id', '=', organisationId)
      .orderBy('name')
      .execute();
    expect(rows).toEqual([
      { name: 'Delay', active: false },
      { name: tricky, active: true },
    ]);
  });

  it('is rolled back with the transaction, and fails it when a row is refused', async () => {
    const count = async () =>
      (await connection.db.selectFrom('themes').select('id').execute()).length;
    const before = await count();
    await expect(
      connection.db.transaction().execute(async (trx) => {
        await copyRows(trx, 'themes', [{ organisation_id: organisationId, name: 'Kept?' }]);
        // The same name again breaks the unique constraint, so the COPY fails.
        await copyRows(trx, 'themes', [{ organisation_id: organisationId, name: 'Delay' }]);
      }),
    ).rejects.toThrow();
    expect(await count()).toBe(before);
    // The connection is still good for the next statement.
    expect(await count()).toBe(before);
  });
});
