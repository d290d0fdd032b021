import type { BillLang } from '../../../core/bill';
import { useT } from '../i18n/useT';

const endonyms: Record<BillLang, string> = { ja: '日本語', en: 'English' };

/** The bill's drafting language (which decides its numbering), as a compact badge. */
export function LangBadge({ lang }: { lang: BillLang }) {
  const t = useT();
  const name = t(lang === 'ja' ? 'billLang.ja' : 'billLang.en');
  return (
    <span
      className={`lang-badge lang-badge--${lang}`}
      title={t('billLang.badgeTitle', { lang: name })}
      data-testid="bill-lang"
      lang={lang}
    >
      {endonyms[lang]}
    </span>
  );
}
