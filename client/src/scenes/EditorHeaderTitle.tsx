import { useState } from 'react';
import { RenameForm } from '../components/RenameForm';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/useT';

/**
 * The bill's name in the header; click (or the pencil) to rename it inline. A long name is cut with an
 * ellipsis to the room the header leaves; the whole name is its tooltip.
 */
export function EditorHeaderTitle({
  title,
  onRename,
}: {
  title: string | null;
  onRename?: (title: string) => Promise<void>;
}) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  if (title === null) return <span className="header-title header-title--loading" aria-hidden="true" />;
  if (!onRename) {
    return (
      <h1 className="header-title">
        <span className="header-title__text header-title__static" data-testid="bill-title" title={title}>
          {title}
        </span>
      </h1>
    );
  }
  if (editing) {
    return (
      <div className="header-title header-title--editing">
        <RenameForm
          value={title}
          label={t('editor.titleLabel')}
          onSave={onRename}
          onDone={() => setEditing(false)}
        />
      </div>
    );
  }
  return (
    <h1 className="header-title">
      <button
        type="button"
        className="header-title__button"
        title={t('editor.renameTitle')}
        data-testid="bill-title"
        onClick={() => setEditing(true)}
      >
        <span className="header-title__text" title={title}>
          {title}
        </span>
        <Icon name="pencil" size={14} />
      </button>
    </h1>
  );
}
