import type { BillLang } from '../../../../core/bill';
import { translate } from '../../i18n/translate';
import type { DiffLine } from './diffLines';
import { GapButton } from './GapButton';
import { lineAttrs, lineClass, type LineNav } from './lineAttrs';
import { LineTags } from './LineTags';
import { PrintedSide } from './PrintedLine';
import type { LayoutProps } from './RedlineLayout';

/**
 * The 新旧対照表: the revised text in the LEFT column (改正案), the current text in the RIGHT (現行),
 * provision by provision, changed words underlined (傍線) on both sides; a new provision reads （新設） and a
 * deleted one （削る） on the other side, once. Its headings and fixed words are
 * in the bill's language (a Japanese bill's table is a Japanese document whatever the interface).
 */
export function ShinkyuTable({ segments, lang, nav, onExpand }: LayoutProps) {
  const w = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  return (
    <table className={`shinkyu shinkyu--${lang}`} data-testid="shinkyu-table" lang={lang}>
      <caption className="shinkyu__caption">{w('shinkyu.note')}</caption>
      <colgroup>
        <col className="shinkyu__col" />
        <col className="shinkyu__col" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" data-testid="shinkyu-new-heading">
            {w('shinkyu.revised')}
          </th>
          <th scope="col" data-testid="shinkyu-old-heading">
            {w('shinkyu.current')}
          </th>
        </tr>
      </thead>
      <tbody>
        {segments.map((segment) =>
          segment.type === 'gap' ? (
            <tr key={`gap-${segment.key}`} className="shinkyu__gap">
              <td>{w('shinkyu.omitted')}</td>
              <td>
                {w('shinkyu.omitted')}
                <GapButton count={segment.lines.length} onExpand={() => onExpand(segment.key)} />
              </td>
            </tr>
          ) : (
            segment.lines.map((line) => <ShinkyuRow key={line.key} line={line} lang={lang} nav={nav} />)
          ),
        )}
      </tbody>
    </table>
  );
}

function ShinkyuRow({ line, lang, nav }: { line: DiffLine; lang: BillLang; nav: LineNav }) {
  // A new or deleted provision is underlined whole, its number too; otherwise a number only when it changed.
  const renumbered = !!line.renumbered || line.status === 'added' || line.status === 'deleted';
  return (
    <tr className={lineClass('shinkyu__row', line, nav)} {...lineAttrs(line, nav)}>
      <td className="shinkyu__new">
        {line.new ? (
          <PrintedSide kind={line.kind} lang={lang} side={line.new} numberChanged={renumbered} />
        ) : (
          line.status === 'deleted' &&
          line.stop && <p className="shinkyu__placeholder">{translate(lang, 'shinkyu.deleted')}</p>
        )}
        <LineTags line={line} />
      </td>
      <td className="shinkyu__old">
        {line.old ? (
          <PrintedSide kind={line.kind} lang={lang} side={line.old} numberChanged={renumbered} />
        ) : (
          line.status === 'added' &&
          line.stop && <p className="shinkyu__placeholder">{translate(lang, 'shinkyu.added')}</p>
        )}
      </td>
    </tr>
  );
}
