// Dates and numbers in the reader's language. ISO dates from the API (2024-05-01) are calendar dates: they are
// formatted in UTC so that no time zone shifts them by a day.

export function locale(lang) {
  return lang === 'en' ? 'en-GB' : 'zh-CN';
}

// Intl formatters are costly to build (the dashboard formats a few thousand numbers): one per language and kind
const formatters = new Map();

function formatter(kind, lang, make) {
  const key = `${kind}:${lang}`;
  if (!formatters.has(key)) formatters.set(key, make(locale(lang)));
  return formatters.get(key);
}

export function formatDate(iso, lang) {
  if (!iso) return '—';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options = iso.length === 10
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return formatter(iso.length === 10 ? 'date' : 'moment', lang, (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

export function formatNumber(value, lang) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatter('number', lang, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 })).format(value);
}
