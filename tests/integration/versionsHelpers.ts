// Shared setup for the versions integration tests: a real server (SQLite in a temp dir), an owner, a
// template bill, stock y-websocket clients, and the API shapes the tests read.
import * as Y from 'yjs';
import type { BillMeta } from '../../core/bill/meta';
import type { BillJSON } from '../../core/bill/types';
import type { BillDiff } from '../../core/diff/types';
import type { Config } from '../../server/src/config';
import { registerAdmin, type Session } from '../helpers/accounts';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { connectClient, type YClient } from '../helpers/ywsClient';

export interface VersionJSON {
  id: string;
  label: string;
  note: string;
  author: { id: string; username: string; displayName: string } | null;
  createdAt: string;
  auto: boolean;
  reason: string | null;
}
export type VersionContentJSON = { version: VersionJSON; json: BillJSON; text: string };
export type ComparisonJSON = BillDiff & { from: VersionJSON | null; to: VersionJSON | null };

/** Servers and clients to close after each test. */
export function versionsHarness() {
  let servers: TestServer[] = [];
  let clients: YClient[] = [];
  return {
    async start(config: Partial<Config> = {}): Promise<{ s: TestServer; owner: Session }> {
      const s = await startTestServer({ config });
      servers.push(s);
      return { s, owner: await registerAdmin(s.url, 'owner') };
    },
    client(s: TestServer, who: Session, billId: string): YClient {
      const c = connectClient(s.wsUrl, billId, { headers: { cookie: who.cookie } });
      clients.push(c);
      return c;
    },
    async cleanup() {
      clients.forEach((c) => c.destroy());
      clients = [];
      for (const s of servers) await s.close().catch(() => {});
      servers.forEach((s) => s.cleanup());
      servers = [];
    },
  };
}

/** A bill made from the measure-1 template (chapters, captions, items). */
export async function templateBill(owner: Session, lang: 'ja' | 'en' = 'ja'): Promise<BillMeta> {
  const r = await owner.call<BillMeta>('POST', '/api/bills', { title: '版管理テスト法案', lang, templateId: `measure1.${lang}` });
  if (r.status !== 201) throw new Error(`create bill: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** The Y.XmlText of the n-th paragraph sentence in document order. */
export function sentenceText(c: YClient, n: number): Y.XmlText {
  const found: Y.XmlText[] = [];
  const walk = (el: Y.XmlElement | Y.XmlFragment) => {
    for (const child of el.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue;
      if (child.nodeName === 'paragraphSentence' && child.get(0) instanceof Y.XmlText) found.push(child.get(0) as Y.XmlText);
      else walk(child);
    }
  };
  walk(c.fragment);
  const text = found[n];
  if (!text) throw new Error(`no sentence ${n}`);
  return text;
}

/** Removes the last top-level chapter or article (a drafter deleting a provision). */
export function deleteLastProvision(c: YClient): void {
  c.fragment.delete(c.fragment.length - 1, 1);
}
