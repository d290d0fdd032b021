import { EditorContent, useEditor, type JSONContent } from '@tiptap/react';
import { billExtensions, type BillJSON, type BillLang } from '../../../../core/bill';
import { Numbering } from '../../editor/extensions/Numbering';
import { Placeholders } from '../../editor/extensions/Placeholders';
import { OutlineSidebar } from '../../editor/outline/OutlineSidebar';
import { useT } from '../../i18n/useT';

/**
 * A version as the editor shows a bill, read-only: the same schema and the same Numbering extension, so
 * its numbers are derived exactly as they were, with the outline beside it.
 */
export function ReadOnlyBill({ json, lang }: { json: BillJSON; lang: BillLang }) {
  const t = useT();
  const editor = useEditor(
    {
      extensions: [...billExtensions, Numbering.configure({ lang }), Placeholders.configure({ lang })],
      content: json as JSONContent,
      editable: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: `bw-bill bw-lang-${lang} bw-bill--readonly`,
          lang,
          'aria-label': t('versions.textLabel'),
          'aria-readonly': 'true',
        },
      },
    },
    [json, lang],
  );
  return (
    <div className="workspace version-workspace">
      <OutlineSidebar editor={editor} lang={lang} />
      <main id="main" className="page-scroll" tabIndex={-1}>
        <article className={`page page--${lang} version-page`} data-testid="version-view">
          <EditorContent editor={editor} />
        </article>
      </main>
    </div>
  );
}
