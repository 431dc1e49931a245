import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Db } from '../../db/connect.ts';
import { requirePermission } from '../../auth/guards.ts';
import { can } from '../../auth/roles.ts';
import { flash } from '../../auth/session-middleware.ts';
import { todayInLondon } from '../../casework/clock.ts';
import { formErrors, parseForm, singleError, type FormErrors } from '../../web/forms.ts';
import { buildReportDocument } from '../document/build.ts';
import { exportReport, isReportFormat } from '../exports/export-report.ts';
import { complimentCandidates, improvementCandidates } from '../featured.ts';
import { reportYear } from '../metrics/year.ts';
import { gatherReportData } from '../report-data.ts';
import {
  loadReportYear,
  partOf,
  ReportYearConflictError,
  saveReportYearPart,
  versionOf,
  type ReportYearPart,
} from '../report-years.ts';
import { parseYearStart, yearsWithRecords } from '../report-years-list.ts';
import type { ReportContext } from '../schema.ts';
import { isSectionKey, sectionTitle, type SectionKey } from '../sections.ts';
import { reportView, sectionView } from '../view-model.ts';
import { contextForm, CONTEXT_FIELDS, idsOf } from './forms.ts';
import { complimentItems, improvementItems, type ChoiceItem } from './choices.ts';

const stylesheet = path.join(path.dirname(fileURLToPath(import.meta.url)), '../public/report.css');

const notFound = (res: Response) =>
  res.status(404).render('web/views/not-found.njk', { title: 'Page not found' });

const CONFLICT =
  'Someone else saved this while you were editing it. Their version is shown; check it, then save again.';

const commentaryForm = z.object({
  commentary: z.string().trim().max(10_000, 'Commentary must be 10,000 characters or fewer'),
  version: z.string(),
});

export function reportRoutes(db: Db): Router {
  const router = Router();
  router.use('/reports', requirePermission(db, 'reports:view'));
  const editor = requirePermission(db, 'reports:edit');
  router.get('/reports/assets/report.css', (_req, res) => res.sendFile(stylesheet));

  /** The year in the path, or a 404 page when it is not a year with a report. */
  function yearOf(req: Request, res: Response): number | undefined {
    const parsed = parseYearStart(String(req.params.year), todayInLondon());
    if (!parsed.ok) {
      notFound(res);
      return undefined;
    }
    return parsed.yearStart;
  }

  async function save(
    req: Request,
    yearStart: number,
    part: ReportYearPart,
    version: string,
    value: unknown,
    retry: (errors: FormErrors, current: unknown) => Promise<void>,
  ): Promise<boolean> {
    try {
      await saveReportYearPart(db, req.user!, yearStart, part, version, value);
      return true;
    } catch (error) {
      if (!(error instanceof ReportYearConflictError)) throw error;
      await retry(singleError('form', CONFLICT), error.current);
      return false;
    }
  }

  router.get('/reports', async (req, res) => {
    const years = await yearsWithRecords(db, req.user!.organisationId);
    res.render('report/views/index.njk', { title: 'Annual reports', years });
  });

  router.get('/reports/:year', async (req, res) => {
    const yearStart = yearOf(req, res);
    if (yearStart === undefined) return;
    const data = await gatherReportData(db, req.user!.organisationId, yearStart);
    const report = await reportView(buildReportDocument(data));
    res.render('report/views/report.njk', {
      title: `Annual report ${report.yearLabel}`,
      report,
      canEdit: can(req.user!.role, 'reports:edit'),
    });
  });

  router.get('/reports/:year/download.:format', async (req, res) => {
    const yearStart = yearOf(req, res);
    if (yearStart === undefined) return;
    const format = String(req.params.format);
    if (!isReportFormat(format)) return notFound(res);
    const data = await gatherReportData(db, req.user!.organisationId, yearStart);
    const file = await exportReport(data, format);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-disposition', `attachment; filename="${file.fileName}"`);
    res.send(file.body);
  });

  async function renderCommentary(
    req: Request,
    res: Response,
    yearStart: number,
    section: SectionKey,
    form: { commentary?: string; errors?: FormErrors; status?: number; theirs?: string } = {},
  ) {
    const data = await gatherReportData(db, req.user!.organisationId, yearStart);
    const document = buildReportDocument(data);
    const current = data.edits.commentary[section] ?? '';
    res.status(form.status ?? 200).render('report/views/commentary.njk', {
      title: `Commentary: ${sectionTitle(section)}`,
      yearStart,
      yearLabel: reportYear(yearStart).label,
      section: await sectionView(document.sections.find((s) => s.key === section)!),
      commentary: form.commentary ?? current,
      version: versionOf(current),
      theirs: form.theirs,
      errors: form.errors,
    });
  }

  router.get('/reports/:year/commentary/:section', editor, async (req, res) => {
    const yearStart = yearOf(req, res);
    const section = String(req.params.section);
    if (yearStart === undefined) return;
    if (!isSectionKey(section)) return notFound(res);
    await renderCommentary(req, res, yearStart, section);
  });

  router.post('/reports/:year/commentary/:section', editor, async (req, res) => {
    const yearStart = yearOf(req, res);
    const section = String(req.params.section);
    if (yearStart === undefined) return;
    if (!isSectionKey(section)) return notFound(res);
    const parsed = parseForm(commentaryForm, req.body);
    const typed = String(req.body?.commentary ?? '');
    if (!parsed.ok) {
      return renderCommentary(req, res, yearStart, section, {
        commentary: typed,
        errors: parsed.errors,
        status: 400,
      });
    }
    const saved = await save(
      req,
      yearStart,
      { commentary: section },
      parsed.value.version,
      parsed.value.commentary,
      (errors, theirs) =>
        renderCommentary(req, res, yearStart, section, {
          commentary: typed,
          errors,
          status: 409,
          theirs: String(theirs),
        }),
    );
    if (!saved) return;
    await flash(db, req, `The commentary on ${sectionTitle(section).toLowerCase()} was saved.`);
    res.redirect(`/reports/${yearStart}#${section}`);
  });

  async function renderContext(
    req: Request,
    res: Response,
    yearStart: number,
    form: { values?: Record<string, unknown>; errors?: FormErrors; status?: number } = {},
  ) {
    const edits = await loadReportYear(db, req.user!.organisationId, yearStart);
    const stored = Object.fromEntries(
      CONTEXT_FIELDS.map(({ name }) => [name, edits.context[name]?.toString() ?? '']),
    );
    res.status(form.status ?? 200).render('report/views/context.njk', {
      title: `Context figures for ${reportYear(yearStart).label}`,
      yearStart,
      fields: CONTEXT_FIELDS,
      values: form.values ?? stored,
      version: versionOf(edits.context),
      errors: form.errors,
    });
  }

  router.get('/reports/:year/context', editor, async (req, res) => {
    const yearStart = yearOf(req, res);
    if (yearStart !== undefined) await renderContext(req, res, yearStart);
  });

  router.post('/reports/:year/context', editor, async (req, res) => {
    const yearStart = yearOf(req, res);
    if (yearStart === undefined) return;
    const parsed = parseForm(contextForm, req.body);
    if (!parsed.ok) {
      return renderContext(req, res, yearStart, {
        values: req.body,
        errors: parsed.errors,
        status: 400,
      });
    }
    const { version, ...context } = parsed.value;
    const saved = await save(
      req,
      yearStart,
      'context',
      version,
      context satisfies ReportContext,
      (errors) => renderContext(req, res, yearStart, { values: req.body, errors, status: 409 }),
    );
    if (!saved) return;
    await flash(db, req, 'The context figures were saved.');
    res.redirect(`/reports/${yearStart}#context`);
  });

  /** The two "choose what to feature" pages differ only in what is listed and where it is kept. */
  function chooser(
    kind: 'compliments' | 'improvements',
    page: { title: string; intro: string; empty: string; saved: string; anchor: string },
    candidates: (
      req: Request,
      yearStart: number,
    ) => Promise<{ items: ChoiceItem[]; defaults: string[] }>,
  ) {
    async function render(
      req: Request,
      res: Response,
      yearStart: number,
      form: { errors?: FormErrors; status?: number } = {},
    ) {
      const edits = await loadReportYear(db, req.user!.organisationId, yearStart);
      const chosen = partOf(edits, kind) as string[] | null;
      const { items, defaults } = await candidates(req, yearStart);
      const checked = chosen ?? defaults;
      res.status(form.status ?? 200).render('report/views/choose.njk', {
        title: `${page.title} in ${reportYear(yearStart).label}`,
        action: `/reports/${yearStart}/${kind}`,
        yearStart,
        intro: page.intro,
        empty: page.empty,
        items: items.map((item) => ({
          value: item.value,
          text: item.text,
          hint: { text: item.hint },
          checked: checked.includes(item.value),
        })),
        version: versionOf(chosen),
        errors: form.errors,
      });
    }
    router.get(`/reports/:year/${kind}`, editor, async (req, res) => {
      const yearStart = yearOf(req, res);
      if (yearStart !== undefined) await render(req, res, yearStart);
    });
    router.post(`/reports/:year/${kind}`, editor, async (req, res) => {
      const yearStart = yearOf(req, res);
      if (yearStart === undefined) return;
      const { items } = await candidates(req, yearStart);
      const chosen = idsOf(req.body?.chosen);
      if (chosen.some((id) => !items.some((item) => item.value === id))) {
        return render(req, res, yearStart, {
          errors: formErrors([{ path: ['chosen'], message: 'Choose from the list' }]),
          status: 400,
        });
      }
      const saved = await save(
        req,
        yearStart,
        kind,
        String(req.body?.version ?? ''),
        chosen,
        (errors) => render(req, res, yearStart, { errors, status: 409 }),
      );
      if (!saved) return;
      await flash(db, req, page.saved);
      res.redirect(`/reports/${yearStart}#${page.anchor}`);
    });
  }

  chooser(
    'compliments',
    {
      title: 'Compliments to feature',
      intro:
        'Only compliments whose anonymised words have been reviewed, and whose senders agreed to share them, are listed. The report quotes the anonymised words.',
      empty:
        'There are no compliments from this year to choose from yet. A compliment can be featured once its anonymised version has been written and reviewed and its sender has agreed to share it.',
      saved: 'The compliments to feature were saved.',
      anchor: 'compliments',
    },
    async (req, yearStart) => {
      const found = await complimentCandidates(db, req.user!, reportYear(yearStart));
      return { items: complimentItems(found), defaults: [] };
    },
  );

  chooser(
    'improvements',
    {
      title: 'Service improvements to feature',
      intro:
        'Choose the learning actions agreed this year to show under "you said, we did". Until you choose, the actions marked to be published are shown.',
      empty: 'No learning actions were agreed this year.',
      saved: 'The service improvements to feature were saved.',
      anchor: 'learning',
    },
    async (req, yearStart) => {
      const found = await improvementCandidates(db, req.user!, reportYear(yearStart));
      return {
        items: improvementItems(found),
        defaults: found.filter((i) => i.publish).map((i) => i.id),
      };
    },
  );

  return router;
}
