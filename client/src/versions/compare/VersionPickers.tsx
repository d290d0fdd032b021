import { useId } from 'react';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../i18n/formatDate';
import { useI18n } from '../../i18n/useI18n';
import { versionLabel } from '../versionLabel';
import { CURRENT, type Version } from '../versionsApi';

interface VersionPickersProps {
  versions: readonly Version[];
  from: string | null;
  to: string;
  onChange(from: string, to: string): void;
}

/** Choose the two sides of the comparison: any version, or the current text. */
export function VersionPickers({ versions, from, to, onChange }: VersionPickersProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const options = (selected: string | null) => (
    <>
      <option value={CURRENT}>{t('compare.currentText')}</option>
      {selected && selected !== CURRENT && !versions.some((v) => v.id === selected) && (
        <option value={selected}>{selected}</option>
      )}
      {versions.map((v) => (
        <option key={v.id} value={v.id}>
          {versionLabel(v, t)} — {formatDateTime(v.createdAt, lang)}
        </option>
      ))}
    </>
  );
  return (
    <div className="compare-pickers">
      <label className="compare-picker" htmlFor={`${id}-from`}>
        <span className="field-label">{t('compare.from')}</span>
        <select
          id={`${id}-from`}
          className="select select--compact"
          data-testid="compare-from"
          value={from ?? ''}
          onChange={(e) => onChange(e.target.value, to)}
        >
          {from === null && <option value="" disabled />}
          {options(from)}
        </select>
      </label>
      <button
        type="button"
        className="icon-btn compare-pickers__swap"
        data-testid="compare-swap"
        title={t('compare.swap')}
        aria-label={t('compare.swap')}
        disabled={from === null}
        onClick={() => from !== null && onChange(to, from)}
      >
        <Icon name="swap" size={16} />
      </button>
      <label className="compare-picker" htmlFor={`${id}-to`}>
        <span className="field-label">{t('compare.to')}</span>
        <select
          id={`${id}-to`}
          className="select select--compact"
          data-testid="compare-to"
          value={to}
          onChange={(e) => from !== null && onChange(from, e.target.value)}
        >
          {options(to)}
        </select>
      </label>
    </div>
  );
}
