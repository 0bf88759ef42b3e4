// What the education pages share besides the console kit (/assets/kit.js): the API root, the label sets the
// module declares (served by GET /api/core/labels), the site categories, and which roles the descriptor grants
// (the server checks again).
import { labels } from '/assets/kit.js';

export const API = '/api/education';

export const SETS = {
  site: 'education.SiteStatus',
  siteAction: 'education.SiteAction',
  route: 'education.RouteStatus',
  session: 'education.SessionStatus',
  sessionAction: 'education.SessionAction',
  attendance: 'education.AttendanceStatus',
  source: 'education.CreditSource',
  credit: 'education.CreditStatus',
  course: 'education.CourseStatus',
  courseAction: 'education.CourseAction',
};

export function moduleLabels(ctx) {
  return labels(ctx, ...Object.values(SETS));
}

/** The module's labels, or null once the reader has been told why they could not be read (the page stops). */
export async function labelsOrNotify(ctx) {
  try {
    return await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return null;
  }
}

/** The site categories as [code, name] pairs and a code → name lookup. */
export async function categories(ctx) {
  const list = await ctx.api(`${API}/categories`);
  const pairs = list.map((c) => [c.code, ctx.t(c.name)]);
  return { pairs, name: (code) => (new Map(pairs)).get(code) || code };
}

// the descriptor's grants
const GRANTS = {
  propose: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  review: ['DISTRICT_ADMIN'],
  route: ['DISTRICT_ADMIN'],
  session: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  hours: ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY'],
  settings: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  points: ['DISTRICT_ADMIN'],
  course: ['DISTRICT_ADMIN', 'UNIT_ADMIN'],
  own: ['MEMBER'],
};

export function can(ctx, what) {
  return (ctx.roles || []).some((r) => GRANTS[what].includes(r));
}

export const ifMatchOf = (record) => ({ 'If-Match': `"${record.version}"` });
