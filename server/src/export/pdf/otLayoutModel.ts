// What a font's OpenType layout tables do to a run of text under fontkit's default shaping, read once per font:
// is the shaped result of a word the concatenation of its characters' glyphs, with pair kerning between
// neighbours as the only interaction? That is true of Noto Serif JP (single substitutions, ligatures only after
// a few known glyphs, mark attachment on combining marks, pair kerning on the first glyph of a pair) and it lets
// FontShaper lay out a line from cached glyphs and cached pair adjustments instead of running the shaper on
// every line. Anything this model does not cover (contextual lookups, cursive attachment, kerning that moves
// the second glyph, …) makes `unsupported` say why, and FontShaper then shapes every word with fontkit.
//
// The tables are fontkit's parsed OpenType structures, which @types/fontkit does not describe: they are read
// defensively here (unknown shapes → unsupported), never elsewhere.
import type { Font } from 'fontkit';

/** Features fontkit's default shaper applies to horizontal text (fontkit 2.0: DefaultShaper + OTLayoutEngine). */
const defaultFeatures = new Set([
  'rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom',
  'ccmp', 'locl', 'rlig', 'mark', 'mkmk',
  'calt', 'clig', 'liga', 'rclt', 'curs', 'kern',
]);

export interface LayoutModel {
  /** Glyphs that attach to others (GDEF mark class, or the mark side of a mark-attachment lookup). */
  marks: Set<number>;
  /** First two glyphs of every ligature (`pairKey`): such a pair may turn into something other than two glyphs. */
  ligaturePrefixes: Set<number>;
}

export type LayoutModelResult = LayoutModel | { unsupported: string };

/** One number for an ordered pair of glyph ids (ids are below 2^16 in OpenType). */
export const pairKey = (a: number, b: number) => a * 0x10000 + b;

type Table = Record<string, unknown>;

const isTable = (v: unknown): v is Table => typeof v === 'object' && v !== null;
/** fontkit hands out arrays, or lazy arrays with toArray(). */
function list(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (isTable(v) && typeof v.toArray === 'function') return (v.toArray as () => unknown[])();
  return [];
}
const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

/** The glyphs of a coverage table, in coverage-index order. */
function coverageGlyphs(cov: unknown): number[] {
  if (!isTable(cov)) throw new Error('coverage table missing');
  if (cov.version === 1) return list(cov.glyphs).map(num);
  if (cov.version === 2) {
    const out: number[] = [];
    for (const r of list(cov.rangeRecords)) {
      if (!isTable(r)) continue;
      const [start, end, at] = [num(r.start), num(r.end), num(r.startCoverageIndex)];
      for (let g = start; g <= end; g++) out[at + g - start] = g;
    }
    return out;
  }
  throw new Error(`coverage format ${String(cov.version)}`);
}

/** Lookup indexes of the default features, over every script and language system of a GSUB/GPOS table. */
function defaultLookups(table: Table): Set<number> {
  const features = list(table.featureList);
  const out = new Set<number>();
  for (const s of list(table.scriptList)) {
    if (!isTable(s) || !isTable(s.script)) continue;
    const systems = [s.script.defaultLangSys, ...list(s.script.langSysRecords).map((r) => (isTable(r) ? r.langSys : null))];
    for (const sys of systems) {
      if (!isTable(sys)) continue;
      for (const i of [num(sys.reqFeatureIndex), ...list(sys.featureIndexes).map(num)]) {
        const f = features[i];
        if (!isTable(f) || typeof f.tag !== 'string' || !defaultFeatures.has(f.tag) || !isTable(f.feature)) continue;
        for (const l of list(f.feature.lookupListIndexes)) out.add(num(l));
      }
    }
  }
  return out;
}

interface Lookup {
  type: number;
  flags: Table;
  subTables: Table[];
}

/** A lookup with extension subtables (GSUB 7, GPOS 9) unwrapped to what they contain. */
function lookupAt(table: Table, index: number, extensionType: number): Lookup {
  const lookups = table.lookupList;
  const raw = isTable(lookups) && typeof lookups.get === 'function' ? (lookups.get as (i: number) => unknown)(index) : list(lookups)[index];
  if (!isTable(raw)) throw new Error(`lookup ${index} missing`);
  let type = num(raw.lookupType);
  const subTables = list(raw.subTables).filter(isTable);
  if (type === extensionType) {
    const inner = subTables.map((st) => st.extension).filter(isTable);
    const types = new Set(subTables.map((st) => num(st.lookupType)));
    if (types.size !== 1 || inner.length !== subTables.length) throw new Error(`lookup ${index}: mixed extension subtables`);
    type = [...types][0] as number;
    return { type, flags: isTable(raw.flags) && isTable(raw.flags.flags) ? raw.flags.flags : {}, subTables: inner };
  }
  return { type, flags: isTable(raw.flags) && isTable(raw.flags.flags) ? raw.flags.flags : {}, subTables };
}

const onlyFlags = (v: unknown, allowed: string[]) => !isTable(v) || Object.entries(v).every(([k, on]) => !on || allowed.includes(k));

/** Reads the font's layout tables; says why when the pairwise model does not hold. */
export function readLayoutModel(font: Font): LayoutModelResult {
  const tables = font as unknown as Record<string, unknown>;
  try {
    if (tables.morx) return { unsupported: 'AAT morx table' };
    if (tables.kern) return { unsupported: 'legacy kern table' };
    const marks = new Set<number>();
    const ligaturePrefixes = new Set<number>();
    const gdef = tables.GDEF;
    if (isTable(gdef) && isTable(gdef.glyphClassDef)) {
      const cd = gdef.glyphClassDef;
      if (cd.version === 1) list(cd.classValueArray).forEach((c, i) => c === 3 && marks.add(num(cd.startGlyph) + i));
      else for (const r of list(cd.classRangeRecord)) if (isTable(r) && r.class === 3) for (let g = num(r.start); g <= num(r.end); g++) marks.add(g);
    }
    const gsub = tables.GSUB;
    if (isTable(gsub)) {
      for (const index of defaultLookups(gsub)) {
        const l = lookupAt(gsub, index, 7);
        if (l.type === 1) continue; // single substitution: one glyph for one, whatever the neighbours
        if (l.type !== 4) return { unsupported: `GSUB lookup ${index} of type ${l.type} in a default feature` };
        if (!onlyFlags(l.flags, ['ignoreMarks'])) return { unsupported: `GSUB ligature lookup ${index} with flags` };
        for (const st of l.subTables) {
          const starts = coverageGlyphs(st.coverage);
          list(st.ligatureSets).forEach((set, i) => {
            for (const lig of list(set)) {
              const second = isTable(lig) ? list(lig.components)[0] : undefined;
              if (second !== undefined) ligaturePrefixes.add(pairKey(starts[i] as number, num(second)));
            }
          });
        }
      }
    }
    const gpos = tables.GPOS;
    if (isTable(gpos)) {
      for (const index of defaultLookups(gpos)) {
        const l = lookupAt(gpos, index, 9);
        if (l.type === 2) {
          // Pair adjustment that changes only the first glyph's advance: kerning, pair by pair.
          if (!onlyFlags(l.flags, ['ignoreMarks'])) return { unsupported: `GPOS pair lookup ${index} with flags` };
          for (const st of l.subTables) {
            if (!onlyFlags(st.valueFormat1, ['xAdvance']) || !onlyFlags(st.valueFormat2, [])) {
              return { unsupported: `GPOS pair lookup ${index} adjusts more than the first glyph's advance` };
            }
          }
        } else if (l.type === 4 || l.type === 5 || l.type === 6) {
          for (const st of l.subTables) for (const g of coverageGlyphs(l.type === 6 ? st.mark1Coverage : st.markCoverage)) marks.add(g);
        } else {
          return { unsupported: `GPOS lookup ${index} of type ${l.type} in a default feature` };
        }
      }
    }
    return { marks, ligaturePrefixes };
  } catch (err) {
    return { unsupported: `unexpected layout table: ${String(err)}` };
  }
}
