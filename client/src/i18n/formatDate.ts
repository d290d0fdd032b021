import type { UiLang } from './uiLang';

const locales: Record<UiLang, string> = { ja: 'ja-JP', en: 'en-GB' };

/** hh:mm:ss in 24-hour time. */
export function formatClock(epochMs: number, lang: UiLang): string {
  return new Intl.DateTimeFormat(locales[lang], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(epochMs);
}

/** A date and time for tables: relative within the last week (“3 hours ago”), absolute before that. */
export function formatUpdated(iso: string, lang: UiLang, now: number = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  const abs = Math.abs(seconds);
  const relative = new Intl.RelativeTimeFormat(locales[lang], { numeric: 'auto' });
  if (abs < 45) return relative.format(0, 'second');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative.format(Math.round(seconds / 86400), 'day');
  return formatDateTime(iso, lang);
}

/** A full, unambiguous date and time. */
export function formatDateTime(iso: string, lang: UiLang): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
