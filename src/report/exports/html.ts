import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nunjucks from 'nunjucks';
import type { ReportView } from '../view-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let environment: nunjucks.Environment | undefined;
let styles: Promise<string> | undefined;

/** The report's templates outside Express, so the CLI renders the same page the app serves. */
function templates(): nunjucks.Environment {
  environment ??= new nunjucks.Environment(
    new nunjucks.FileSystemLoader([path.join(root, 'src')]),
    { autoescape: true },
  );
  return environment;
}

/** GOV.UK Frontend's styles and the report's own, inlined so the file stands alone. */
function stylesheet(): Promise<string> {
  styles ??= Promise.all([
    fs.readFile(
      path.join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'),
      'utf8',
    ),
    fs.readFile(path.join(root, 'src/report/public/report.css'), 'utf8'),
  ]).then(([govuk, report]) =>
    // A style element would end early at a literal "</style" in the CSS.
    `${govuk}\n${report}`.replaceAll('</style', '<\\/style'),
  );
  return styles;
}

/** The report as one printable HTML file: no scripts, no links to the app, its styles inlined. */
export async function reportHtml(report: ReportView): Promise<string> {
  const css = await stylesheet();
  return templates().render('report/views/standalone.njk', { report, css });
}
