import type { Editor } from '@tiptap/react';
import { goToProvision } from '../xref/goToProvision';

/** A provision named by its current citation; clicking goes there. */
export function ProvisionLink({
  editor,
  pid,
  cite,
  heading,
  lang,
  testId = 'guidance-link',
}: {
  editor: Editor;
  pid: string;
  cite: string;
  heading?: string;
  lang: string;
  testId?: string;
}) {
  return (
    <button
      type="button"
      className="provision-link"
      data-testid={testId}
      data-pid={pid}
      lang={lang}
      onClick={() => goToProvision(editor, pid)}
    >
      <span className="provision-link__cite">{cite}</span>
      {heading && <span className="provision-link__heading">{lang === 'ja' ? `（${heading}）` : ` (${heading})`}</span>}
    </button>
  );
}
