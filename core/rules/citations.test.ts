// The citation catalogue: validated at load, complete in both languages for every shipped rule, Japanese
// pinpoints in kanji numerals that agree with the English ones, and rules' citations printed per language.
import { describe, expect, it } from 'vitest';
import { toFullWidthDigits, toKanji } from '../bill/numerals';
import { builtinCitations, builtinRulePacks } from './builtinRulePacks';
import {
  CitationCatalogueError,
  citationText,
  joinCitations,
  loadCitationCatalogue,
  type Citation,
} from './citations';
import raw from './packs/citations.json';

const cite = (...ids: string[]): Citation[] =>
  ids.map((id) => {
    const c = builtinCitations.get(id);
    if (!c) throw new Error(`no citation ${id}`);
    return c;
  });

function refused(mutate: (c: { laws: Record<string, unknown>; citations: Record<string, unknown> }) => void) {
  const copy = structuredClone(raw) as unknown as Parameters<typeof mutate>[0];
  mutate(copy);
  try {
    loadCitationCatalogue(copy);
  } catch (err) {
    expect(err).toBeInstanceOf(CitationCatalogueError);
    return err as CitationCatalogueError;
  }
  throw new Error('the catalogue was accepted');
}

const shipped = builtinRulePacks.flatMap((p) => [...p.rules, ...(p.billChecks ?? [])]);

describe('citation catalogue', () => {
  it('refuses an entry without Japanese, an empty English, an unknown law and a misspelt key', () => {
    const noJa = refused((c) => delete (c.citations['tba-4'] as { ja?: string }).ja);
    expect([noJa.path, noJa.message]).toEqual([
      'citations.tba-4.ja',
      expect.stringMatching(/^citation catalogue is invalid at citations\.tba-4\.ja: /),
    ]);
    expect(refused((c) => ((c.laws.appi as { en: string }).en = ' ')).path).toBe('laws.appi.en');
    const law = refused((c) => ((c.citations['un-51'] as { law: string }).law = 'un-charta'));
    expect([law.path, law.reason]).toEqual(['citations.un-51.law', 'unknown law "un-charta"']);
    expect(refused((c) => ((c.citations['ucaa-3'] as Record<string, string>).jp = '第三条')).message).toMatch(
      /jp/,
    );
  });

  it('every citation of every shipped rule and bill check has Japanese and English', () => {
    expect(shipped.length).toBeGreaterThan(30);
    for (const r of shipped) {
      expect(r.citations.length, r.id).toBeGreaterThan(0);
      for (const c of r.citations) {
        // Japanese: no Latin words (digits stay: タリン・マニュアル2.0 規則4); English: printable ASCII.
        expect(citationText(c, 'ja'), `${r.id} ${c.id}`).toMatch(/^[^A-Za-z]*[一-龯ァ-ヶ][^A-Za-z]*$/);
        expect(citationText(c, 'en'), `${r.id} ${c.id}`).toMatch(/^[ -~]+$/);
      }
    }
  });

  it('every catalogue entry is cited by some shipped rule', () => {
    const used = new Set(shipped.flatMap((r) => r.citations.map((c) => c.id)));
    expect([...builtinCitations.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('Japanese article pinpoints are the English ones in kanji numerals (第百六十八条の二, 第二条第四項, 第二条４)', () => {
    const article = /^(\d+)(?:-(\d+))?(?:\((\d+)\))?$/;
    let checked = 0;
    for (const c of builtinCitations.values()) {
      const m = /^Arts?\. (.+)$/.exec(c.en);
      if (!m) continue;
      const ja = (m[1] ?? '')
        .split(', ')
        .map((a) => {
          const [, n, branch, para] = article.exec(a) ?? [];
          expect(n, c.id).toBeDefined();
          const base = `第${toKanji(Number(n))}条${branch ? `の${toKanji(Number(branch))}` : ''}`;
          if (!para) return base;
          // Treaties number paragraphs (国際連合憲章第二条４); statutes cite them as 第…項.
          return (
            base +
            (c.law.id === 'un-charter' ? toFullWidthDigits(Number(para)) : `第${toKanji(Number(para))}項`)
          );
        })
        .join('及び');
      expect(c.ja, c.id).toBe(ja);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('prints one citation in either language', () => {
    expect(
      cite('const-21-p2', 'penal-168-2', 'ucaa-2-p4', 'appi-27', 'un-2-p4', 'tallinn-rule-4').map((c) =>
        citationText(c, 'ja'),
      ),
    ).toEqual([
      '憲法第二十一条第二項',
      '刑法第百六十八条の二',
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第二条第四項',
      '個人情報の保護に関する法律第二十七条',
      '国際連合憲章第二条４',
      'タリン・マニュアル2.0 規則4（主権）',
    ]);
    expect(cite('tba-4-and-179', 'tallinn-rule-4').map((c) => citationText(c, 'en'))).toEqual([
      'Telecommunications Business Act Arts. 4, 179',
      'Tallinn Manual 2.0 Rule 4 (sovereignty)',
    ]);
  });

  it('joins a rule’s citations: 同法 right after the same statute, its short title later; English unchanged', () => {
    expect(joinCitations(cite('const-21-p2', 'tba-4', 'tba-179'), 'ja')).toBe(
      '憲法第二十一条第二項、電気通信事業法第四条、同法第百七十九条',
    );
    expect(joinCitations(cite('ucaa-3', 'penal-35', 'ucaa-11'), 'ja')).toBe(
      '不正アクセス行為の禁止等に関する法律（不正アクセス禁止法）第三条、刑法第三十五条、不正アクセス禁止法第十一条',
    );
    expect(joinCitations(cite('un-2-p4', 'un-51', 'const-9', 'const-35'), 'ja')).toBe(
      '国際連合憲章第二条４、同憲章第五十一条、憲法第九条、憲法第三十五条',
    );
    expect(joinCitations(cite('const-21-p2', 'tba-4', 'tba-179'), 'en')).toBe(
      'Constitution Art. 21(2); Telecommunications Business Act Art. 4; Telecommunications Business Act Art. 179',
    );
  });
});
