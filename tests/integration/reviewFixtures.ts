// Shared set-up of the review tests: a real server, one account per role, and bills with real content.
import type { Role } from '../../core/auth/roles';
import { articleJSON, billJSON, paragraphJSON } from '../../core/bill/builders';
import type { ThreadView } from '../../core/review/threadView';
import { addUser, registerAdmin, type Session } from '../helpers/accounts';
import { api, startTestServer, type TestServer } from '../helpers/testServer';

export type Principal = 'owner' | 'editor' | 'reviewer' | 'viewer' | 'outsider' | 'anonymous';
export const principals: Principal[] = ['owner', 'editor', 'reviewer', 'viewer', 'outsider', 'anonymous'];
export type Named = Exclude<Principal, 'anonymous'> | 'extra';

/** Provisions of every review test bill: [0] triggers A21-003, [1] ED-001 on 国外, [2] nothing. */
export const TEXTS = [
  '内閣総理大臣は、電気通信事業者に対し、通信の複製を送信させることができる。',
  '警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。',
  'この法律は、公布の日から施行する。',
] as const;

export interface ReviewWorld {
  s: TestServer;
  /** One account per name; `extra` is a second reviewer (an author who is none of the principals). */
  users: Record<Named, Session>;
  call<T = unknown>(
    who: Principal | 'extra',
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  /** A bill owned by `owner` with editor, reviewer, viewer and extra (reviewer) as members; pids of TEXTS. */
  bill(): Promise<{ id: string; pids: string[] }>;
  threads(billId: string, who?: Named): Promise<ThreadView[]>;
  close(): Promise<void>;
}

export async function startReviewWorld(): Promise<ReviewWorld> {
  const s = await startTestServer();
  const owner = await registerAdmin(s.url, 'owner');
  const users = { owner } as Record<Named, Session>;
  for (const name of ['editor', 'reviewer', 'viewer', 'outsider', 'extra'] as const)
    users[name] = await addUser(s.url, owner, name);
  const call = <T>(who: Principal | 'extra', method: string, path: string, body?: unknown) =>
    who === 'anonymous' ? api<T>(s.url, method, path, body) : users[who].call<T>(method, path, body);
  return {
    s,
    users,
    call,
    async bill() {
      const paragraphs = TEXTS.map((t) => paragraphJSON(t));
      const content = billJSON('審査法案', [
        articleJSON('措置', paragraphs.slice(0, 2)),
        articleJSON('施行', [paragraphs[2] ?? '']),
      ]);
      const bill = await s.server.bills.create(owner.user, { title: '審査法案', lang: 'ja', content });
      const roles: [string, Role][] = [
        ['editor', 'editor'],
        ['reviewer', 'reviewer'],
        ['viewer', 'viewer'],
        ['extra', 'reviewer'],
      ];
      for (const [username, role] of roles) {
        const r = await owner.call('PUT', `/api/bills/${bill.id}/members`, { username, role });
        if (r.status !== 200) throw new Error(`member ${username}: ${r.status}`);
      }
      return { id: bill.id, pids: paragraphs.map((p) => String(p.attrs?.pid)) };
    },
    async threads(billId, who = 'owner') {
      const r = await users[who].call<{ threads: ThreadView[] }>('GET', `/api/bills/${billId}/threads`);
      if (r.status !== 200) throw new Error(`threads: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.threads;
    },
    async close() {
      await s.close();
      s.cleanup();
    },
  };
}
