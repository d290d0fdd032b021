import type { BillLang } from '../../../../core/bill';
import { useI18n } from '../../i18n/useI18n';
import type { DiffLine } from './diffLines';
import { GapButton } from './GapButton';
import { lineAttrs, lineClass, type LineNav } from './lineAttrs';
import type { LineSegment } from './lineSegments';
import { LineTags } from './LineTags';
import { PrintedLine } from './PrintedLine';

interface LayoutProps {
  segments: readonly LineSegment[];
  lang: BillLang;
  nav: LineNav;
  onExpand(key: string): void;
}

/** The inline redline: one text, insertions underlined, deletions struck through. */
export function RedlineLayout({ segments, lang, nav, onExpand }: LayoutProps) {
  return (
    <div className={`redline page page--${lang} redline--${lang}`} data-testid="redline-view" lang={lang}>
      {segments.map((segment) =>
        segment.type === 'gap' ? (
          <GapButton
            key={`gap-${segment.key}`}
            count={segment.lines.length}
            onExpand={() => onExpand(segment.key)}
          />
        ) : (
          segment.lines.map((line) => <RedlineLine key={line.key} line={line} lang={lang} nav={nav} />)
        ),
      )}
    </div>
  );
}

function RedlineLine({ line, lang, nav }: { line: DiffLine; lang: BillLang; nav: LineNav }) {
  const { t, lang: uiLang } = useI18n();
  const side = line.status === 'deleted' ? line.old : (line.new ?? line.old);
  // An added or deleted provision is badged once, at its first line (a stop); what it contains only by colour.
  const badge = !line.stop
    ? null
    : line.status === 'added'
      ? t('compare.added')
      : line.status === 'deleted'
        ? t('compare.deleted')
        : null;
  return (
    <div className={lineClass('rl-line', line, nav)} {...lineAttrs(line, nav)}>
      <span className="rl-line__bar" aria-hidden="true" />
      <p className={`rl-line__text diff-text diff-text--${line.kind}`}>
        <PrintedLine kind={line.kind} lang={lang} number={side?.number ?? ''} spans={line.redline} />
      </p>
      {(badge || line.renumbered || line.movedFrom) && (
        <span className="rl-line__aside" lang={uiLang}>
          {badge && <span className={`diff-tag diff-tag--${line.status}`}>{badge}</span>}
          <LineTags line={line} />
        </span>
      )}
    </div>
  );
}

export type { LayoutProps };
