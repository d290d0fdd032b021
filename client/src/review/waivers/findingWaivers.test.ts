import { describe, expect, it } from 'vitest';
import { provisionTextHash, type ThreadRecord } from '../../../../core/review';
import type { FindingWaiver } from '../../editor/findings/findingWaivers';
import { findingWaivers } from './findingWaivers';

const TEXT = '当該職員は、国外に所在する電子計算機に記録されたプログラムを消去することができる。';
const alice = { id: 'u1', username: 'alice', displayName: 'Alice' };

const record = (id: string, over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  id,
  kind: 'waiver',
  pid: 'p1',
  anchor: null,
  waiver: { ruleId: 'UA-004', textHash: provisionTextHash(TEXT) },
  status: 'open',
  createdBy: alice,
  createdAt: '2025-01-01T00:00:00.000Z',
  statusBy: null,
  statusAt: null,
  comments: [{ id: 'c1', author: alice, body: '第五条により限定', mentions: [], createdAt: '2025-01-01T00:00:00.000Z', editedAt: null, deletedAt: null }],
  ...over,
});

describe('findingWaivers', () => {
  it('lends one waiver per waiver thread (comments are not waivers), titled with its reason', () => {
    const comment = record('t0', { kind: 'comment', waiver: null });
    const ws = findingWaivers([comment, record('t1')], (reason) => `Waived: ${reason}`);
    expect(ws.map(({ id, pid, ruleId, title }) => ({ id, pid, ruleId, title }))).toEqual([
      { id: 't1', pid: 'p1', ruleId: 'UA-004', title: 'Waived: 第五条により限定' },
    ]);
  });

  it('holds for the waived wording (up to width and spacing), lapses when it changes materially or the provision goes', () => {
    const [w] = findingWaivers([record('t1')], String);
    expect(w?.holds(TEXT)).toBe(true);
    expect(w?.holds(` ${TEXT.replace('国外', '国外 ')}\n`)).toBe(true);
    expect(w?.holds(TEXT.replace('当該職員は、', '当該職員は、直ちに'))).toBe(false);
    expect(w?.holds(undefined)).toBe(false);
  });

  it('does not hold once its reason is deleted', () => {
    const withdrawn = record('t1');
    withdrawn.comments = [{ ...withdrawn.comments[0]!, body: '', deletedAt: '2025-01-02T00:00:00.000Z' }];
    expect(findingWaivers([withdrawn], String)[0]?.holds(TEXT)).toBe(false);
  });

  it('keeps the same object per unchanged record (so the findings plugin does not re-check it)', () => {
    const cache = new WeakMap<ThreadRecord, FindingWaiver>();
    const a = record('t1');
    const first = findingWaivers([a], String, cache);
    const again = findingWaivers([a, record('t2')], String, cache);
    expect(again[0]).toBe(first[0]);
    expect(again[1]).not.toBe(first[0]);
  });
});
