import type { BillLang } from '../../../../core/bill';
import type { DiffLine } from './diffLines';
import { GapButton } from './GapButton';
import { lineAttrs, lineClass, type LineNav } from './lineAttrs';
import { LineTags } from './LineTags';
import { PrintedSide } from './PrintedLine';
import type { LayoutProps } from './RedlineLayout';

/** Old | new, aligned provision by provision; deletions struck through on the left, insertions underlined on the right. */
export function SideBySideLayout({
  segments,
  lang,
  nav,
  onExpand,
  titles,
}: LayoutProps & { titles: { old: string; new: string } }) {
  return (
    <div className="sbs" data-testid="side-by-side-view">
      <div className="sbs__head" role="presentation">
        <div className="sbs__title sbs__title--old">{titles.old}</div>
        <div className="sbs__title sbs__title--new">{titles.new}</div>
      </div>
      <div className={`sbs__body sbs__body--${lang}`} lang={lang}>
        {segments.map((segment) =>
          segment.type === 'gap' ? (
            <GapButton
              key={`gap-${segment.key}`}
              count={segment.lines.length}
              onExpand={() => onExpand(segment.key)}
            />
          ) : (
            segment.lines.map((line) => <SideBySideRow key={line.key} line={line} lang={lang} nav={nav} />)
          ),
        )}
      </div>
    </div>
  );
}

function SideBySideRow({ line, lang, nav }: { line: DiffLine; lang: BillLang; nav: LineNav }) {
  const renumbered = !!line.renumbered;
  return (
    <div className={lineClass('sbs__row', line, nav)} {...lineAttrs(line, nav)}>
      <div className={`sbs__cell sbs__cell--old${line.old ? '' : ' sbs__cell--none'}`}>
        {line.old && <PrintedSide kind={line.kind} lang={lang} side={line.old} numberChanged={renumbered} />}
      </div>
      <div className={`sbs__cell sbs__cell--new${line.new ? '' : ' sbs__cell--none'}`}>
        {line.new && <PrintedSide kind={line.kind} lang={lang} side={line.new} numberChanged={renumbered} />}
        <LineTags line={line} />
      </div>
    </div>
  );
}
