// Exports and import (issue 8): validate → authorize (policy, inside the use case) → export → send the
// file. GET /api/bills/:id/export.pdf, findings.pdf, compare.pdf, export.xml; POST /api/bills/import.
// A PDF export whose client disconnects is cancelled (its render's result is dropped, nothing is sent).
import { Router, type Response } from 'express';
import { z } from 'zod';
import type { ExportFile, ExportService } from '../../export/ExportService';
import type { ImportService } from '../../export/ImportService';
import { ExportCancelled } from '../../export/PdfRenderer';
import { contentDisposition } from '../../export/downloadName';
import { currentUser } from '../middleware/authenticate';
import { billIdParam } from '../schemas';

/** Documented limit of POST /api/bills/import (the JSON body itself is capped at 2 MB by the API parser). */
export const importLimits = { maxXmlChars: 2_000_000 } as const;

const versionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'malformed version id');
const version = z.union([z.literal('current'), versionId]);
const flag = z
  .enum(['0', '1', 'true', 'false'], { message: 'use 1 or 0' })
  .optional()
  .transform((v) => v === '1' || v === 'true');
const draftQuery = z.object({ version: version.optional(), lineNumbers: flag, watermark: flag, findings: flag });
const versionQuery = z.object({ version: version.optional() });
const compareQuery = z.object({
  from: version,
  to: version.default('current'),
  view: z.enum(['table', 'redline']).optional(),
  changedOnly: flag,
  lineNumbers: flag,
  watermark: flag,
});
const importBody = z.object({
  xml: z.string().max(importLimits.maxXmlChars, `xml is at most ${importLimits.maxXmlChars} characters`),
  title: z.string().trim().min(1).max(300).optional(),
});

/** Aborts when the response's connection closes before the response was sent (the client went away). */
function clientGone(res: Response): AbortSignal {
  const ac = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) ac.abort();
  });
  return ac.signal;
}

/** Sends the export, or nothing when it was cancelled because the client left. */
async function sendExport(res: Response, make: (call: { signal: AbortSignal }) => Promise<ExportFile>): Promise<void> {
  try {
    send(res, await make({ signal: clientGone(res) }));
  } catch (err) {
    if (err instanceof ExportCancelled) return;
    throw err;
  }
}

function send(res: Response, file: ExportFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', contentDisposition(file.filename));
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Server-Timing', `render;dur=${file.renderMs}`);
  res.send(file.body);
}

export function exportRoutes(exports: ExportService, importer: ImportService): Router {
  const r = Router();
  r.get('/:id/export.pdf', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const query = draftQuery.parse(req.query);
    await sendExport(res, (call) => exports.draftPdf(user, id, query, call));
  });
  r.get('/:id/findings.pdf', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const { version } = versionQuery.parse(req.query);
    await sendExport(res, (call) => exports.findingsPdf(user, id, version, call));
  });
  r.get('/:id/compare.pdf', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const query = compareQuery.parse(req.query);
    await sendExport(res, (call) => exports.comparePdf(user, id, query, call));
  });
  r.get('/:id/export.xml', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    send(res, await exports.lawXml(user, id, versionQuery.parse(req.query).version));
  });
  r.post('/import', async (req, res) => {
    const user = currentUser(res);
    res.status(201).json(await importer.lawXml(user, importBody.parse(req.body)));
  });
  return r;
}
