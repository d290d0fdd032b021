// /api/templates: the template catalogue for the new-bill picker (signed-in users only).
import { Router } from 'express';
import { z } from 'zod';
import { notFound } from '../../domain/errors';
import type { TemplateCatalog } from '../../templates/TemplateCatalog';
import { currentUser } from '../middleware/authenticate';

const templateIdParam = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:[._-][a-z0-9]+){0,10}$/, 'malformed template id')
    .max(100),
});

export function templateRoutes(templates: TemplateCatalog): Router {
  const r = Router();
  r.get('/', (_req, res) => {
    currentUser(res);
    res.json({ templates: templates.list() });
  });
  r.get('/:id', (req, res) => {
    currentUser(res);
    const template = templates.get(templateIdParam.parse(req.params).id);
    if (!template) throw notFound('template');
    res.json(template);
  });
  return r;
}
