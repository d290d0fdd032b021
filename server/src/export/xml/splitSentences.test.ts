import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

describe('splitSentences', () => {
  it('keeps one sentence whole, and 。 inside brackets inside it', () => {
    expect(splitSentences('透明性（…をいう。第四十六条において同じ。）の向上を図る。', 'ja')).toEqual([{ text: '透明性（…をいう。第四十六条において同じ。）の向上を図る。' }]);
  });

  it('splits 本文 and ただし書 as main and proviso', () => {
    expect(splitSentences('甲とする。ただし、乙は、この限りでない。', 'ja')).toEqual([
      { text: '甲とする。', function: 'main' },
      { text: 'ただし、乙は、この限りでない。', function: 'proviso' },
    ]);
  });

  it('splits 前段 and 後段 without functions; English stays whole', () => {
    expect(splitSentences('甲とする。この場合において、乙とする。', 'ja')).toEqual([{ text: '甲とする。' }, { text: 'この場合において、乙とする。' }]);
    expect(splitSentences('A shall B. C may D.', 'en')).toEqual([{ text: 'A shall B. C may D.' }]);
  });
});
