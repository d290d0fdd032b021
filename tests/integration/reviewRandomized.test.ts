// [R-REV-RND] Seeded randomized anchors: four stock y-websocket clients make concurrent edits around,
// inside and across anchored ranges (and now and then delete or move a provision) while reviewers keep
// starting threads. Afterwards every thread is still listed, and each one either covers exactly its
// surviving words (plus text typed among them, never an old neighbour) or — when all its words are gone —
// is orphaned or re-attached to its exact quote. Rerun a failure with BW_SEED=<seed>.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { articleJSON, billJSON, paragraphJSON } from '../../core/bill/builders';
import { createAnchor } from '../../core/review/createAnchor';
import { resolveAnchor } from '../../core/review/resolveAnchor';
import { sentenceRuns } from '../../core/review/sentenceRuns';
import { sentencesByPid } from '../../core/review/sentencesByPid';
import type { ThreadView } from '../../core/review/threadView';
import type { ThreadAnchor } from '../../core/review/types';
import { seededRandom, testSeed } from '../helpers/random';
import { connectClient, converged, synced, type YClient } from '../helpers/ywsClient';
import { startReviewWorld, type ReviewWorld } from './reviewFixtures';

let w: ReviewWorld;
const clients: YClient[] = [];
beforeAll(async () => {
  w = await startReviewWorld();
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await w.close();
});

type Rnd = ReturnType<typeof seededRandom>;
const idKey = (client: number, clock: number) => `${client}:${clock}`;

/** Each live character of a provision's text with its Yjs id, in text order. */
function charIds(fragment: Y.XmlFragment, pid: string): { text: string; ids: string[] } {
  const sentence = sentencesByPid(fragment).get(pid);
  if (!sentence) return { text: '', ids: [] };
  const { runs, text } = sentenceRuns(sentence);
  const ids: string[] = [];
  for (const run of runs) {
    for (let item = run.text._start; item; item = item.right) {
      if (item.deleted || !item.countable) continue;
      for (let k = 0; k < item.length; k++) ids.push(idKey(item.id.client, item.id.clock + k));
    }
  }
  return { text, ids };
}

/** What the oracle remembers of a thread when it was started. */
interface Started {
  id: string;
  anchor: ThreadAnchor;
  originals: Set<string>;
  knownAt: Map<number, number>;
}

const runOf = (c: YClient, pid: string) => {
  const s = sentencesByPid(c.fragment).get(pid);
  return s ? sentenceRuns(s).runs[0]?.text : undefined;
};

/** One random edit on client `c`, aimed at anchored ranges most of the time. */
function randomEdit(c: YClient, rnd: Rnd, started: Started[], n: number, deletedIn: Set<number>): void {
  const roll = rnd.next();
  const articles = c.fragment
    .toArray()
    .filter((e): e is Y.XmlElement => e instanceof Y.XmlElement && e.nodeName === 'article');
  if (roll < 0.02) {
    // Delete a paragraph: at most one per article over the whole run, so every article keeps one.
    const i = rnd.int(articles.length);
    const art = articles[i];
    if (art && !deletedIn.has(i) && art.length > 2) {
      deletedIn.add(i);
      art.delete(1 + rnd.int(art.length - 1), 1);
    }
    return;
  }
  if (roll < 0.04) {
    // Move a paragraph within its article: ProseMirror moves are delete + insert of a copy (same pid).
    const art = rnd.pick(articles);
    if (art.length < 3) return;
    const from = 1 + rnd.int(art.length - 1);
    const copy = (art.get(from) as Y.XmlElement).clone();
    c.doc.transact(() => {
      art.delete(from, 1);
      art.insert(1 + rnd.int(art.length), [copy]);
    });
    return;
  }
  const target = started.length && rnd.next() < 0.6 ? rnd.pick(started) : null;
  const pids = [...sentencesByPid(c.fragment).keys()];
  const pid = target?.anchor.pid ?? rnd.pick(pids);
  const run = runOf(c, pid);
  if (!run) return;
  const now = target ? resolveAnchor(c.fragment, target.anchor) : null;
  const len = run.length;
  // Interesting places: the range's edges and inside; otherwise anywhere.
  const spots =
    now && !now.orphaned ? [now.start, now.end, now.start + 1, now.end - 1, now.start - 1, now.end + 1] : [];
  const at = Math.max(
    0,
    Math.min(len, spots.length && rnd.next() < 0.7 ? rnd.pick(spots) : rnd.int(len + 1)),
  );
  if (rnd.next() < 0.7 || len === 0) {
    run.insert(at, rnd.pick(['字', '追記', `x${n}`, '、', '通信']));
  } else if (now && !now.orphaned && rnd.next() < 0.15) {
    run.delete(now.start, now.end - now.start); // the whole range
  } else {
    const from = Math.max(0, at - rnd.int(2));
    run.delete(from, Math.min(len - from, 1 + rnd.int(3)));
  }
}

describe('[R-REV-RND-01] anchors under concurrent edits', () => {
  const seed = testSeed(60606);
  it(`every thread keeps its words or is orphaned, none disappears (seed ${seed}; rerun with BW_SEED=…)`, async () => {
    const rnd = seededRandom(seed);
    const texts = [
      [
        '内閣総理大臣は、電気通信事業者に対し、通信の複製を送信させることができる。',
        '前項の措置は、必要最小限度でなければならない。',
        '独立機関は、前二項の措置を監督する。',
      ],
      [
        '警察は、国外にある攻撃者のサーバに侵入し、これを無害化することができる。',
        '前項の措置は、国会に報告しなければならない。',
        '措置の記録は、五年間保存する。',
      ],
      [
        'この法律は、公布の日から施行する。',
        '政府は、施行後三年を目途として、見直しを行う。',
        '経過措置は、政令で定める。',
      ],
    ];
    const content = billJSON(
      '乱択審査法案',
      texts.map((ps, i) =>
        articleJSON(
          `第${i + 1}の見出し`,
          ps.map((t) => paragraphJSON(t)),
        ),
      ),
    );
    const bill = await w.s.server.bills.create(w.users.owner.user, {
      title: '乱択審査法案',
      lang: 'ja',
      content,
    });
    for (const [username, role] of [
      ['editor', 'editor'],
      ['reviewer', 'reviewer'],
    ] as const) {
      await w.users.owner.call('PUT', `/api/bills/${bill.id}/members`, { username, role });
    }
    const editors = ['owner', 'editor', 'owner', 'editor'] as const;
    const cs = editors.map((who) =>
      connectClient(w.s.wsUrl, bill.id, { headers: { cookie: w.users[who].cookie } }),
    );
    clients.push(...cs);
    await Promise.all(cs.map(synced));
    const started: Started[] = [];
    const deletedIn = new Set<number>();

    /** A reviewer starts a thread on random words, anchored on a converged copy (as a browser would). */
    const startThread = async () => {
      const base = cs[0] as YClient;
      const pids = [...sentencesByPid(base.fragment).keys()].filter((p) => (runOf(base, p)?.length ?? 0) > 2);
      const pid = rnd.pick(pids);
      const { text, ids } = charIds(base.fragment, pid);
      const start = rnd.int(text.length - 1);
      const end = Math.min(text.length, start + 3 + rnd.int(10));
      const anchor = createAnchor(base.fragment, pid, start, end);
      const r = await w.call<ThreadView>('reviewer', 'POST', `/api/bills/${bill.id}/threads`, {
        anchor,
        body: `指摘${started.length}`,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      started.push({
        id: r.body.id,
        anchor,
        originals: new Set(ids.slice(start, end)),
        knownAt: Y.decodeStateVector(Y.encodeStateVector(base.doc)),
      });
    };

    for (let i = 0; i < 10; i++) await startThread();
    let n = 0;
    for (let round = 0; round < 15; round++) {
      // Each client edits in a burst before any message is exchanged: real concurrency.
      for (const c of cs)
        for (let k = 0; k < 1 + rnd.int(3); k++) randomEdit(c, rnd, started, n++, deletedIn);
      if (rnd.next() < 0.3) {
        await converged(cs);
        await startThread();
      }
    }
    await converged(cs, 20_000);

    const listed = await w.threads(bill.id);
    expect(listed.map((t) => t.id).sort()).toEqual(started.map((t) => t.id).sort());
    const final = cs[0] as YClient;
    let kept = 0;
    let orphans = 0;
    for (const t of started) {
      const view = listed.find((v) => v.id === t.id) as ThreadView;
      const label = `thread ${t.id} on “${t.anchor.quote}” (seed ${seed})`;
      expect(view.anchor, label).toEqual(t.anchor);
      // The server and a client agree on where the thread is.
      const local = resolveAnchor(final.fragment, t.anchor);
      expect(
        local.orphaned ? null : { start: local.start, end: local.end, text: local.text, via: local.via },
        label,
      ).toEqual(view.range);
      const { ids } = charIds(final.fragment, t.anchor.pid);
      const surviving = ids.flatMap((id, i) => (t.originals.has(id) ? [i] : []));
      if (surviving.length) {
        kept += 1;
        expect(view.orphaned, label).toBe(false);
        expect(view.range?.via, label).toBe('position');
        const range = view.range as NonNullable<ThreadView['range']>;
        expect(range.start, label).toBeLessThanOrEqual(Math.min(...surviving));
        expect(range.end, label).toBeGreaterThan(Math.max(...surviving));
        // Nothing that already stood outside the words when the thread started is covered now.
        for (const id of ids.slice(range.start, range.end)) {
          const [client, clock] = id.split(':').map(Number) as [number, number];
          expect(
            t.originals.has(id) || clock >= (t.knownAt.get(client) ?? 0),
            `${label}: covers old neighbour ${id}`,
          ).toBe(true);
        }
      } else if (view.orphaned) {
        orphans += 1;
      } else if (view.range?.via === 'quote') {
        expect(view.range.text, label).toBe(t.anchor.quote);
      } else {
        // All the words went, but text typed among them (concurrently) is what the range covers now.
        for (const id of ids.slice(view.range?.start ?? 0, view.range?.end ?? 0)) {
          const [client, clock] = id.split(':').map(Number) as [number, number];
          expect(clock >= (t.knownAt.get(client) ?? 0), `${label}: covers old text ${id}`).toBe(true);
        }
      }
    }
    // The run exercised both outcomes (a seed that does not is a weak seed: pick another default).
    expect(kept, `seed ${seed}`).toBeGreaterThan(0);
    expect(orphans + (started.length - kept), `seed ${seed}`).toBeGreaterThan(0);
  });
});
