import { describe, expect, it } from 'vitest';
import { toFullWidthDigits, toIroha, toKanji, toLatin, toRoman } from './numerals';

describe('numerals', () => {
  it.each([
    [1, '一'], [9, '九'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [99, '九十九'],
    [100, '百'], [105, '百五'], [110, '百十'], [123, '百二十三'], [200, '二百'], [1000, '千'],
    [1234, '千二百三十四'], [2005, '二千五'], [10000, '一万'], [10001, '一万一'],
  ])('toKanji(%i) = %s', (n, expected) => expect(toKanji(n)).toBe(expected));

  it.each([[1, '１'], [2, '２'], [10, '１０'], [123, '１２３']])('toFullWidthDigits(%i) = %s', (n, e) =>
    expect(toFullWidthDigits(n)).toBe(e),
  );
  it.each([[1, 'イ'], [2, 'ロ'], [3, 'ハ'], [47, 'ス'], [48, 'イイ'], [49, 'イロ']])('toIroha(%i) = %s', (n, e) =>
    expect(toIroha(n)).toBe(e),
  );
  it.each([[1, 'i'], [4, 'iv'], [9, 'ix'], [14, 'xiv'], [40, 'xl'], [1994, 'mcmxciv']])('toRoman(%i) = %s', (n, e) =>
    expect(toRoman(n)).toBe(e),
  );
  it.each([[1, 'a'], [26, 'z'], [27, 'aa'], [52, 'az'], [53, 'ba']])('toLatin(%i) = %s', (n, e) =>
    expect(toLatin(n)).toBe(e),
  );
  it('rejects non-positive numbers', () => {
    expect(() => toKanji(0)).toThrow(RangeError);
    expect(() => toIroha(-1)).toThrow(RangeError);
    expect(() => toRoman(1.5)).toThrow(RangeError);
  });
});
