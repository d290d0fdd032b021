// /api/bills routes: validate → authorize (policy, inside the use case) → use case → present.
import { Router } from 'express';
import type { BillService } from '../../domain/BillService';
import type { MemberService } from '../../domain/MemberService';
import { currentUser } from '../middleware/authenticate';
import { billIdParam, createBillBody, memberBody, memberParam, patchBillBody } from '../schemas';

export function billRoutes(bills: BillService, members: MemberService): Router {
  const r = Router();
  r.get('/', async (_req, res) => {
    res.json({ bills: await bills.list(currentUser(res)) });
  });
  r.post('/', async (req, res) => {
    const user = currentUser(res);
    const body = createBillBody.parse(req.body);
    res.status(201).json(await bills.create(user, { title: body.title, lang: body.lang, templateId: body.templateId }));
  });
  r.get('/:id', async (req, res) => {
    res.json(await bills.get(currentUser(res), billIdParam.parse(req.params).id));
  });
  r.patch('/:id', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    res.json(await bills.rename(user, id, patchBillBody.parse(req.body).title));
  });
  r.delete('/:id', async (req, res) => {
    await bills.delete(currentUser(res), billIdParam.parse(req.params).id);
    res.status(204).end();
  });
  r.get('/:id/content', async (req, res) => {
    res.json(await bills.content(currentUser(res), billIdParam.parse(req.params).id));
  });
  r.get('/:id/guidance', async (req, res) => {
    res.json(await bills.guidance(currentUser(res), billIdParam.parse(req.params).id));
  });

  r.get('/:id/members', async (req, res) => {
    res.json({ members: await members.list(currentUser(res), billIdParam.parse(req.params).id) });
  });
  r.put('/:id/members', async (req, res) => {
    const user = currentUser(res);
    const { id } = billIdParam.parse(req.params);
    const { username, role } = memberBody.parse(req.body);
    res.json(await members.set(user, id, username, role));
  });
  r.delete('/:id/members/:username', async (req, res) => {
    const user = currentUser(res);
    const { id, username } = memberParam.parse(req.params);
    await members.remove(user, id, username);
    res.status(204).end();
  });
  r.get('/:id/audit', async (req, res) => {
    res.json({ entries: await members.audit(currentUser(res), billIdParam.parse(req.params).id) });
  });
  return r;
}
