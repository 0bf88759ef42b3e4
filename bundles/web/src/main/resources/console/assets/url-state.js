// A page's state in the address (#/members?name=王&page=2&scope=12): Back, Forward and reload return to the same
// list in the same scope. A page reads its query when it renders and writes it when the reader searches, filters,
// pages or sorts; writing adds a history entry without drawing the page again (the page has already drawn it), and
// Back fires hashchange, which draws it anew. The console kit does this for every paged table and its filter forms
// (kit/table.js) and for the year picker, so module pages get it without code of their own.
import { session } from './session.js';

/** The query of the current address (#/page?…), empty when there is none. */
export function readQuery() {
  const hash = location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** The page part of the current address ('m/rural/visits' of #/m/rural/visits?year=2024). */
export function pagePath() {
  return location.hash.replace(/^#\/?/, '').split('?')[0];
}

// Several writes in one task (a year change that also reloads a table and resets its page) are one step back, not two.
let pushedInThisTask = false;

function go(query, replace) {
  const scope = session.scope();
  if (scope && scope.id != null) query.set('scope', scope.id);
  const text = query.toString();
  const next = `#/${pagePath()}${text ? `?${text}` : ''}`;
  if (next === location.hash) return;
  if (replace || pushedInThisTask) {
    history.replaceState(null, '', next);
    return;
  }
  history.pushState(null, '', next);
  pushedInThisTask = true;
  setTimeout(() => { pushedInThisTask = false; }, 0);
}

/** Puts {@code params} (the page's whole state) in the address, with the scope: a new history entry when they changed. */
export function writeQuery(params, { replace = false } = {}) {
  go(new URLSearchParams(params), replace);
}

/**
 * Changes some keys of the address's query and keeps the others: {key: value} sets, {key: null or ''} removes.
 * replace: the address is corrected without a new history entry (a page's first draw).
 */
export function mergeQuery(changes, { replace = false } = {}) {
  const query = readQuery();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || String(value) === '') query.delete(key);
    else query.set(key, String(value));
  }
  go(query, replace);
}

/** The scope the address names (?scope=12), or null. */
export function scopeInAddress() {
  const id = Number.parseInt(readQuery().get('scope') || '', 10);
  return Number.isFinite(id) ? id : null;
}
