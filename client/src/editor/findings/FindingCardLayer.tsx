import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Editor } from '@tiptap/react';
import type { BillLang } from '../../../../core/bill';
import { FindingCard } from './FindingCard';
import { gutterFinding, insertSuggestion } from './Findings';
import { goToProvision } from './goToProvision';
import { useFindingRange, useFindings } from './useFindings';

const SHOW_DELAY = 180;
const HIDE_DELAY = 260;

/** The finding under `target` (a highlight, or a gutter marker: its strongest finding). */
function findingKeyAt(editor: Editor, target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  const mark = target.closest('[data-finding]');
  if (mark) return mark.getAttribute('data-finding');
  const gutter = target.closest<HTMLElement>('.bw-finding-gutter');
  const pid = gutter?.dataset.pid;
  return pid ? (gutterFinding(editor.state, pid)?.key ?? null) : null;
}

/**
 * The finding card over the page: shown while the pointer rests on a highlight or gutter marker, and
 * pinned when the editor asks (click, Alt+Enter, gutter click, a panel entry). It is drawn inside the
 * page so it scrolls with the text, under the flagged words (above them when there is no room below).
 */
export function FindingCardLayer({ editor, billLang, editable }: { editor: Editor; billLang: BillLang; editable: boolean }) {
  const { listed, card, describe, cites } = useFindings(editor);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cardRef = useRef<HTMLDivElement | null>(null);

  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(fn, ms);
  };
  const keep = () => clearTimeout(timer.current);
  const hideSoon = () => later(() => setHoverKey(null), HIDE_DELAY);

  useEffect(() => {
    const dom = editor.view.dom;
    const over = (event: MouseEvent) => {
      const key = findingKeyAt(editor, event.target);
      if (key) later(() => setHoverKey(key), SHOW_DELAY);
    };
    const out = (event: MouseEvent) => {
      if (findingKeyAt(editor, event.target) && findingKeyAt(editor, event.relatedTarget) === null) {
        later(() => setHoverKey(null), HIDE_DELAY);
      }
    };
    dom.addEventListener('mouseover', over);
    dom.addEventListener('mouseout', out);
    return () => {
      dom.removeEventListener('mouseover', over);
      dom.removeEventListener('mouseout', out);
      clearTimeout(timer.current);
    };
  }, [editor]);

  const shownKey = card?.key ?? hoverKey;
  const range = useFindingRange(editor, shownKey);
  const finding = shownKey ? listed.find((f) => f.key === shownKey) : undefined;
  // Only looked up once a card is asked for: by then the editor's DOM is in the page.
  const host = finding ? (editor.view.dom.closest<HTMLElement>('.page') ?? editor.view.dom.parentElement) : null;

  useLayoutEffect(() => {
    const el = cardRef.current;
    if (!el || !range || !host) return;
    let start;
    let end;
    try {
      start = editor.view.coordsAtPos(range.from);
      end = editor.view.coordsAtPos(range.to);
    } catch {
      return;
    }
    // Below the flagged words, or above them when that leaves more room; never taller than the room.
    el.style.maxHeight = '';
    const box = host.getBoundingClientRect();
    const viewport = (host.closest('.page-scroll') ?? document.documentElement).getBoundingClientRect();
    const below = Math.max(start.bottom, end.bottom) + 6;
    const roomBelow = viewport.bottom - below - 8;
    const roomAbove = start.top - 6 - viewport.top - 8;
    const height = el.offsetHeight;
    const up = height > roomBelow && roomAbove > roomBelow;
    const room = Math.max(up ? roomAbove : roomBelow, 160);
    if (height > room) el.style.maxHeight = `${room}px`;
    const top = up ? start.top - 6 - Math.min(height, room) : below;
    el.style.left = `${Math.max(8, Math.min(start.left - box.left - 12, box.width - el.offsetWidth - 8))}px`;
    el.style.top = `${top - box.top}px`;
  });

  if (!host || !finding || !range || !shownKey) return null;
  const close = () => {
    const refocus = !!card?.focus;
    setHoverKey(null);
    if (card) editor.commands.closeFindingCard();
    if (refocus) editor.view.focus();
  };
  const canInsert = editable && !!finding.suggestion && editor.can().insertSuggestedClause(shownKey);
  return createPortal(
    <FindingCard
      cardRef={cardRef}
      finding={finding}
      description={describe(finding.ruleId)}
      cites={cites}
      billLang={billLang}
      autoFocus={!!card?.focus && card.key === shownKey}
      onClose={close}
      onGoTo={(pid) => {
        close();
        goToProvision(editor, pid);
      }}
      onInsert={
        canInsert
          ? () => {
              setHoverKey(null);
              insertSuggestion(editor, shownKey);
            }
          : undefined
      }
      onPointerEnter={keep}
      onPointerLeave={card ? undefined : hideSoon}
    />,
    host,
  );
}
