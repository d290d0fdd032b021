import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ApiError } from '../api/ApiError';
import { Icon } from '../components/Icon';
import { Notice } from '../components/Notice';
import { Spinner } from '../components/Spinner';
import { useT } from '../i18n/useT';
import { navigate } from '../router/navigate';
import { billPath } from '../router/routes';
import { decodeXmlFile } from './decodeXmlFile';
import { describeImportError } from './exportErrors';
import { importApi, importLimits } from './importApi';
import { rememberImportWarnings } from './importWarnings';
import { CloseButton } from '../components/CloseButton';

type ImportState =
  { status: 'idle' } | { status: 'busy'; name: string } | { status: 'error'; message: string };

const tooLarge = () => new ApiError(413, 'too_large', 'file too large');

/**
 * “Import e-Gov XML” on the bill list: pick a 法令標準XML file, it becomes a new bill (the caller owns it)
 * and opens; what could not be carried over is listed in the editor. Refusals are shown here.
 */
export function ImportXmlPanel() {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const busy = state.status === 'busy';

  const importFile = async (file: File) => {
    setState({ status: 'busy', name: file.name });
    try {
      if (file.size > importLimits.maxBytes) throw tooLarge();
      const xml = decodeXmlFile(new Uint8Array(await file.arrayBuffer()));
      if (xml.length > importLimits.maxChars) throw tooLarge();
      const bill = await importApi.lawXml(xml);
      rememberImportWarnings(bill.id, file.name, bill.warnings);
      navigate(billPath(bill.id));
    } catch (error) {
      setState({ status: 'error', message: describeImportError(error, file.name, t) });
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Let the same file be chosen again after fixing it.
    event.target.value = '';
    if (file) void importFile(file);
  };

  return (
    <section
      className="card import-panel"
      aria-labelledby={`${id}-heading`}
      data-testid="import-panel"
      data-state={state.status}
    >
      <div className="import-panel__row">
        <div className="import-panel__text">
          <h2 id={`${id}-heading`} className="card__title">
            {t('import.heading')}
          </h2>
          <p className="field-hint">{t('import.hint')}</p>
        </div>
        {busy ? (
          <span className="import-panel__busy" data-testid="import-busy" role="status">
            <Spinner label={t('import.importing', { name: state.name })} size={16} />
            <span>{t('import.importing', { name: state.name })}</span>
          </span>
        ) : (
          <button
            type="button"
            className="btn"
            data-testid="import-xml"
            onClick={() => input.current?.click()}
          >
            <Icon name="upload" size={16} />
            {t('import.open')}
          </button>
        )}
        <input
          ref={input}
          type="file"
          accept=".xml,application/xml,text/xml"
          hidden
          data-testid="import-xml-file"
          aria-label={t('import.fileLabel')}
          onChange={onChange}
        />
      </div>
      {state.status === 'error' && (
        <div className="import-panel__error" data-testid="import-error">
          <Notice
            action={
              <CloseButton onClick={() => setState({ status: 'idle' })} />
            }
          >
            {state.message}
          </Notice>
        </div>
      )}
    </section>
  );
}
