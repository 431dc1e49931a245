import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { requirePermission } from '../../auth/guards.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { visibleTo } from '../../casework/access.ts';
import { singleError, type FormErrors } from '../../web/forms.ts';
import { reportYear } from '../../report/metrics/year.ts';
import { exportCsv, financialYearOf } from '../export-records.ts';
import { importFile } from '../import-file.ts';
import { importSummaryView, problemLines } from '../import-summary.ts';
import { chunksOf, MAX_IMPORT_BYTES, readUpload } from '../upload.ts';

const exportQuery = z.object({
  // A financial year by the year it starts, or blank for every year.
  year: z
    .string()
    .regex(/^(\d{4})?$/)
    .optional()
    .transform((year) => (year ? Number(year) : undefined)),
});

/**
 * The administrators' page to import a council's history from a CSV file (DESIGN §5) and to
 * download a year's records in the same format.
 */
export function importRoutes(db: Db): Router {
  const router = Router();
  router.use(['/admin/import', '/admin/export.csv'], requirePermission(db, 'admin:manage'));

  async function renderForm(
    req: Request,
    res: Response,
    view: { errors?: FormErrors; status?: number },
  ) {
    const range = await db
      .selectFrom('records')
      .select((eb) => [eb.fn.min('received_on').as('first'), eb.fn.max('received_on').as('last')])
      .where(visibleTo(req.user!))
      .executeTakeFirst();
    res.status(view.status ?? 200).render('import/views/import.njk', {
      title: 'Import and export records',
      maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024,
      yearItems: yearItems(range?.first ?? null, range?.last ?? null),
      ...(view.errors ? { errors: view.errors } : {}),
    });
  }

  router.get('/admin/import', (req, res) => renderForm(req, res, {}));

  router.post('/admin/import', async (req, res) => {
    const form = await readUpload(req);
    const file = form.files.find((f) => f.field === 'file');
    if (!file) {
      return renderForm(req, res, {
        errors: singleError('file', 'Select a CSV file to import'),
        status: 400,
      });
    }
    if (file.truncated) {
      return renderForm(req, res, {
        errors: singleError(
          'file',
          `The file must be smaller than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: import a larger file with the heard import command`,
        ),
        status: 400,
      });
    }
    const user = req.user!;
    const outcome = await importFile(db, {
      organisationId: user.organisationId,
      actor: { id: user.id, name: user.name },
      restrictedAccess: [user.id],
      source: 'import',
      from: file.fileName,
      today: todayInLondon(),
      dryRun: form.fields.dryRun === 'yes',
      chunks: chunksOf(file.content),
    });
    if (!outcome.ok) {
      // Every problem is listed, not only the first for the field, as the command line does.
      const errors: FormErrors = {
        list: problemLines(outcome).map((text) => ({ text, href: '#file' })),
        fields: { file: { text: 'The file was not imported: correct the problems listed' } },
      };
      return renderForm(req, res, { errors, status: 400 });
    }
    res.render('import/views/import-summary.njk', {
      title: outcome.dryRun ? 'File checked: nothing was imported' : 'Records imported',
      fileName: file.fileName,
      ...importSummaryView(outcome),
    });
  });

  router.get('/admin/export.csv', async (req, res) => {
    const query = exportQuery.safeParse(req.query);
    if (!query.success) {
      return res.status(400).render('web/views/message.njk', {
        title: 'Choose a year from the list',
        paragraphs: ['The year to export must be a financial year such as 2023 for 2023/24.'],
        link: { href: '/admin/import', text: 'Go back to import and export' },
      });
    }
    const year = query.data.year;
    const name = year === undefined ? 'all-years' : reportYear(year).label.replace('/', '-');
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="heard-records-${name}.csv"`);
    const lines = exportCsv(db, req.user!.organisationId, { year, actor: req.user! });
    await pipeline(Readable.from(lines), res);
  });

  return router;
}

/** The financial years the organisation has records in, newest first, and all years. */
function yearItems(first: string | null, last: string | null) {
  const items = [{ value: '', text: 'All years' }];
  if (!first || !last) return items;
  for (let year = financialYearOf(last); year >= financialYearOf(first); year--) {
    items.push({ value: String(year), text: reportYear(year).label });
  }
  return items;
}
