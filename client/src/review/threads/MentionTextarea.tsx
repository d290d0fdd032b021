import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { BillMember } from '../../../../core/auth/roles';
import { reviewLimits } from '../../../../core/review';
import { useT } from '../../i18n/useT';
import type { ReviewSession } from '../session/ReviewSession';
import { insertMention, matchMembers, mentionAt } from './mentions';

interface MentionTextareaProps {
  session: ReviewSession;
  meId: string;
  value: string;
  onChange(value: string): void;
  /** Ctrl/⌘+Enter. */
  onSubmit(): void;
  onCancel?: () => void;
  label: string;
  placeholder: string;
  testId: string;
  autoFocus?: boolean;
  rows?: number;
  disabled?: boolean;
}

/** A comment textarea that suggests the bill's members after `@` (arrow keys, Enter or Tab to pick). */
export function MentionTextarea(props: MentionTextareaProps) {
  const { session, meId, value, onChange, onSubmit, onCancel, label, placeholder, testId } = props;
  const t = useT();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [members, setMembers] = useState<BillMember[] | null>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const at = mentionAt(value, caret);
  const options =
    at && members && dismissed !== at.start
      ? matchMembers(members.filter((m) => m.userId !== meId), at.query)
      : [];
  const open = options.length > 0;

  const wantsMembers = !!at && !members;
  useEffect(() => {
    if (!wantsMembers) return;
    let live = true;
    session.members().then(
      (list) => {
        if (live) setMembers(list);
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wantsMembers, session]);

  useEffect(() => {
    const el = ref.current;
    if (el && pendingCaret.current !== null) {
      el.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
    }
  });

  const pick = (member: BillMember) => {
    if (!at) return;
    const next = insertMention(value, at, caret, member.username);
    pendingCaret.current = next.caret;
    setCaret(next.caret);
    setActive(0);
    onChange(next.text);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + options.length) % options.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.ctrlKey && !event.metaKey) {
      const member = options[Math.min(active, options.length - 1)];
      if (member) {
        event.preventDefault();
        pick(member);
      }
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      if (open && at) {
        event.preventDefault();
        setDismissed(at.start);
      } else if (onCancel) {
        event.preventDefault();
        onCancel();
      }
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  const track = () => setCaret(ref.current?.selectionStart ?? 0);
  return (
    <div className="mention-input">
      <textarea
        ref={ref}
        className="input comment-textarea"
        data-testid={testId}
        aria-label={label}
        placeholder={placeholder}
        value={value}
        rows={props.rows ?? 3}
        maxLength={reviewLimits.maxBodyChars}
        autoFocus={props.autoFocus}
        disabled={props.disabled}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${Math.min(active, options.length - 1)}` : undefined}
        onChange={(event) => {
          setCaret(event.target.selectionStart);
          onChange(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onKeyUp={track}
        onClick={track}
        onBlur={() => setDismissed(at?.start ?? null)}
        onFocus={() => setDismissed(null)}
      />
      <ul id={listId} role="listbox" aria-label={t('mention.suggestions')} className="mention-list" hidden={!open}>
        {options.map((m, i) => (
          <li
            key={m.userId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className="mention-list__option"
            data-testid="mention-option"
            data-username={m.username}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(m);
            }}
          >
            <span className="mention-list__name">{m.displayName}</span>
            <span className="mention-list__username">@{m.username}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
