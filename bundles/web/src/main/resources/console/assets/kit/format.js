// Dates, numbers and downloads for module pages, in the reader's language.
import { h } from '../dom.js';

const locale = (ctx) => (ctx.lang === 'en' ? 'en-GB' : 'zh-CN');

export function dateTime(ctx, instant) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat(locale(ctx), { dateStyle: 'short', timeStyle: 'short' }).format(new Date(instant));
}

/** The platform's own actors, which write records without a person behind them. */
const SYSTEM_ACTORS = {
  'demo-data': { zhCN: '演示数据', en: 'Demo data' },
  system: { zhCN: '系统', en: 'System' },
  scheduler: { zhCN: '系统定时任务', en: 'Scheduled task' },
};

/** Who did a step: the account name as recorded, or the platform's label for its own actors (never a raw code). */
export function actor(ctx, name) {
  if (!name) return '—';
  const known = SYSTEM_ACTORS[name];
  return known ? ctx.t(known) : name;
}

/** A calendar date (2024-05-01) or an instant, without the time. */
export function dateOnly(ctx, value) {
  if (!value) return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat(locale(ctx), { dateStyle: 'medium', timeZone: value.length === 10 ? 'UTC' : undefined }).format(date);
}

export function number(ctx, value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale(ctx), { maximumFractionDigits: digits }).format(value);
}

export function percent(ctx, ratio, digits = 1) {
  return ratio === null || ratio === undefined ? '—' : `${number(ctx, ratio * 100, digits)}%`;
}

/** Downloads through ctx.api (the token travels as a header, so a plain link would not do), under the server's name. */
export async function download(ctx, path, fallbackName) {
  const response = await ctx.api(path, { raw: true, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') || '');
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: match ? decodeURIComponent(match[1]) : fallbackName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
