import { useState } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n/useT';
import { forgetImportWarnings, importWarningsFor } from './importWarnings';
import { CloseButton } from '../components/CloseButton';

/** Above the editor of a bill just imported: what the file held that the bill could not carry as it was. */
export function ImportWarnings({ billId }: { billId: string }) {
  const t = useT();
  const [notice, setNotice] = useState(() => importWarningsFor(billId));
  if (!notice) return null;
  const dismiss = () => {
    forgetImportWarnings(billId);
    setNotice(null);
  };
  return (
    <div className="banner">
      <section
        className="notice notice--warning import-warnings"
        role="status"
        aria-labelledby="import-warnings-heading"
      >
        <Icon name="alert" size={16} />
        <div className="notice__text">
          <h2 id="import-warnings-heading" className="import-warnings__heading">
            {t('import.warningsHeading', { name: notice.fileName })}
          </h2>
          <ul className="import-warnings__list" data-testid="import-warnings">
            {notice.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </div>
        <CloseButton onClick={dismiss} testId="import-warnings-dismiss" />
      </section>
    </div>
  );
}
