// Tables: server-paged and sortable (?page&size&sort, a header click sorts, again reverses), or plain for short
// lists; with loading and empty states and the console's table style.
import { h } from '../dom.js';
import { loading, empty, failed } from './states.js';
import { readQuery, mergeQuery, pagePath } from '../url-state.js';

const SORTED = { ascending: { zhCN: '升序', en: 'ascending' }, descending: { zhCN: '降序', en: 'descending' } };

/**
 * columns: [{ title: {zhCN, en}, render: (row) => node | string, sort: 'apiField' (optional), head: true (the
 * row's header cell), class }]. Answers the table wrapped in its scrollable region.
 */
export function table(ctx, { id, caption, columns, rows, rowAttrs, sort, onSort }) {
  const t = ctx.t;
  const header = columns.map((c) => {
    if (!c.sort || !onSort) return h('th', { scope: 'col', class: c.class, text: t(c.title) });
    const active = sort && sort.replace(/^-/, '') === c.sort;
    const descending = active && sort.startsWith('-');
    return h('th', { scope: 'col', class: c.class, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: `kit-sort${active ? ' kit-sort-active' : ''}`, dataset: { sort: c.sort },
        'aria-label': `${t(c.title)}${active ? `（${t(descending ? SORTED.descending : SORTED.ascending)}）` : ''}`,
        text: `${t(c.title)}${active ? (descending ? ' ▼' : ' ▲') : ''}`,
        onClick: () => onSort(active && !descending ? `-${c.sort}` : c.sort) }));
  });
  const body = rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : {}, columns.map((c) => {
    const value = c.render(row);
    const attrs = { class: c.class };
    const cell = h(c.head ? 'th' : 'td', c.head ? { ...attrs, scope: 'row' } : attrs);
    cell.append(value instanceof Node ? value : document.createTextNode(value === null || value === undefined ? '—' : String(value)));
    return cell;
  })));
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t(caption) },
    h('table', { class: 'data-table kit-table', id },
      h('caption', { class: 'visually-hidden', text: t(caption) }),
      h('thead', {}, h('tr', {}, header)),
      h('tbody', {}, body)));
}

/**
 * A server-paged table. load({page, size, sort}) answers a Page ({items, total}); use pageQuery() to put them on
 * the request. Answers { element, ready, reload(keepPage) }; the first page loads as soon as the page has put the
 * table in place (the same task that built it), so that it starts from the state in the address.
 * <p>
 * The table keeps its state in the address (url-state.js): its page and sort, and the values of the page's filter
 * controls (in a form.filter-form or role=search form, or a .kit-toolbar, keyed by their name, else their id). A
 * reload, Back or Forward draws the page again, and the table then puts those values back into the controls before
 * its first load: the same list comes back without code in the module's page.
 */
export function pagedTable(ctx, { id, caption, columns, load, size = 20, sort = null, rowAttrs, emptyText, emptyHint }) {
  const t = ctx.t;
  const element = h('div', { class: 'kit-paged', 'aria-live': 'polite' });
  const keys = addressKeys(ctx, id);
  const path = pagePath();
  const query = readQuery();
  const state = { page: Math.max(0, Number.parseInt(query.get(keys.page) || '0', 10) || 0), size,
    sort: query.get(keys.sort) || sort };
  let restored = false;
  let drawn = 0;
  async function draw(correcting = false) {
    const mine = ++drawn;
    if (!restored && element.isConnected) {
      restored = true;
      restoreFilters(element, ctx, query);
    }
    if (pagePath() === path) {
      // the first draw corrects the address (no history entry); the reader's searches, pages and sorts are steps back
      mergeQuery({ ...filterValues(element, ctx), [keys.page]: state.page || null,
        [keys.sort]: state.sort && state.sort !== sort ? state.sort : null }, { replace: mine === 1 || correcting });
    }
    element.replaceChildren(loading(ctx));
    let answer;
    try {
      answer = await load({ ...state });
    } catch (e) {
      if (mine === drawn) element.replaceChildren(failed(ctx, e));
      return;
    }
    if (mine !== drawn) return; // a later search or page was asked meanwhile: its answer is the one to show
    if (!answer.items.length && state.page > 0 && answer.total > 0) {
      // an address kept from before names a page the list no longer has: show its last page
      state.page = Math.ceil(answer.total / state.size) - 1;
      await draw(true);
      return;
    }
    if (!answer.items.length) {
      element.replaceChildren(empty(ctx, emptyText || { zhCN: '没有符合条件的记录。', en: 'Nothing matches.' }, emptyHint));
      return;
    }
    const pages = Math.max(1, Math.ceil(answer.total / state.size));
    const status = t({ zhCN: `第 ${state.page + 1} / ${pages} 页，共 ${answer.total} 条`,
      en: `Page ${state.page + 1} of ${pages}, ${answer.total} in all` });
    element.replaceChildren(table(ctx, { id, caption, columns, rows: answer.items, rowAttrs, sort: state.sort,
      onSort: (next) => { state.sort = next; state.page = 0; draw(); } }),
    h('nav', { class: 'pager', 'aria-label': status },
      h('button', { type: 'button', class: 'kit-prev', disabled: state.page === 0, text: t({ zhCN: '上一页', en: 'Previous' }),
        onClick: () => { state.page -= 1; draw(); } }),
      h('span', { class: 'pager-status', text: status }),
      h('button', { type: 'button', class: 'kit-next', disabled: state.page + 1 >= pages, text: t({ zhCN: '下一页', en: 'Next' }),
        onClick: () => { state.page += 1; draw(); } })));
  }
  // after the page's own code has appended the table (and its filters) in this task: then the filters can be restored
  const ready = Promise.resolve().then(() => (!drawn || (!restored && element.isConnected) ? draw() : undefined));
  return {
    element,
    ready,
    reload(keepPage = false) {
      if (!keepPage) state.page = 0;
      return draw();
    },
  };
}

// ---- the table's state in the address ---------------------------------------------------------------------------

/** How many paged tables each page body has made: the first keeps ?page=&sort=, the next ones ?<id>.page=. */
const tablesOfPage = new WeakMap();

function addressKeys(ctx, id) {
  const owner = ctx.container || document.getElementById('page') || document.body;
  const count = tablesOfPage.get(owner) || 0;
  tablesOfPage.set(owner, count + 1);
  const prefix = count === 0 ? '' : `${id || `table${count + 1}`}.`;
  return { page: `${prefix}page`, sort: `${prefix}sort` };
}

const SKIPPED = new Set(['button', 'submit', 'reset', 'file', 'password', 'hidden', 'image']);

/** The page's filter controls around the table: [key, [controls]], controls of the same name grouped. */
function filterControls(element, ctx) {
  const root = element.closest('.page-body') || ctx.container;
  if (!root || !root.contains(element)) return [];
  const groups = new Map();
  const found = root.querySelectorAll(':is(form.filter-form, form[role=search], .kit-toolbar) :is(input, select)');
  for (const control of found) {
    if (SKIPPED.has(control.type) || control.closest('dialog, .kit-picker, .kit-paged')) continue;
    const key = control.name || control.id;
    if (!key) continue;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(control);
  }
  return [...groups];
}

function valueOf(controls) {
  const first = controls[0];
  if (first.type === 'checkbox' && controls.length > 1) return controls.filter((c) => c.checked).map((c) => c.value).join(',');
  // one checkbox: "true" when ticked, "false" only when it starts ticked (so the default needs no key)
  if (first.type === 'checkbox') return first.checked ? 'true' : first.defaultChecked ? 'false' : '';
  if (first.type === 'radio') return (controls.find((c) => c.checked) || {}).value || '';
  return (first.value || '').trim();
}

function filterValues(element, ctx) {
  return Object.fromEntries(filterControls(element, ctx).map(([key, controls]) => [key, valueOf(controls)]));
}

function restoreFilters(element, ctx, query) {
  for (const [key, controls] of filterControls(element, ctx)) {
    if (!query.has(key)) continue;
    const value = query.get(key);
    const first = controls[0];
    if (first.type === 'checkbox' && controls.length > 1) {
      const values = value.split(',');
      controls.forEach((c) => { c.checked = values.includes(c.value); });
    } else if (first.type === 'checkbox') {
      first.checked = value === 'true';
    } else if (first.type === 'radio') {
      controls.forEach((c) => { c.checked = c.value === value; });
    } else if (first.tagName === 'SELECT') {
      if ([...first.options].some((o) => o.value === value)) first.value = value;
    } else {
      first.value = value;
    }
  }
}

/** URLSearchParams with the filters (empty values left out) and the paging of a pagedTable load call. */
export function pageQuery(filters, { page, size, sort } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters || {})) {
    if (value !== null && value !== undefined && String(value).trim() !== '') params.set(key, String(value).trim());
  }
  if (page !== undefined) params.set('page', page);
  if (size !== undefined) params.set('size', size);
  if (sort) params.set('sort', sort);
  return params;
}
