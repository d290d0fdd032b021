// /api/bills routes: validate → (authorize, once accounts exist) → use case → present.
import { Router } from 'express';
import type { BillService } from '../../domain/BillService';
import { billIdParam, createBillBody, patchBillBody } from '../schemas';

export function billRoutes(bills: BillService): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    res.json({ bills: await bills.list() });
  });
  r.post('/', async (req, res) => {
    const body = createBillBody.parse(req.body);
    res.status(201).json(await bills.create({ title: body.title, lang: body.lang }));
  });
  r.get('/:id', async (req, res) => {
    res.json(await bills.get(billIdParam.parse(req.params).id));
  });
  r.patch('/:id', async (req, res) => {
    const { id } = billIdParam.parse(req.params);
    res.json(await bills.rename(id, patchBillBody.parse(req.body).title));
  });
  r.delete('/:id', async (req, res) => {
    await bills.delete(billIdParam.parse(req.params).id);
    res.status(204).end();
  });
  r.get('/:id/content', async (req, res) => {
    res.json(await bills.content(billIdParam.parse(req.params).id));
  });
  return r;
}
