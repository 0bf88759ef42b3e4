// Tables: server-paged and sortable (?page&size&sort, a header click sorts, again reverses), or plain for short
// lists; with loading and empty states and the console's table style.
import { h } from '../dom.js';
import { loading, empty, failed } from './states.js';

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
 * the URL. Answers { element, reload(keepPage) }; the first page loads at once.
 */
export function pagedTable(ctx, { id, caption, columns, load, size = 20, sort = null, rowAttrs, emptyText, emptyHint }) {
  const t = ctx.t;
  const element = h('div', { class: 'kit-paged', 'aria-live': 'polite' });
  const state = { page: 0, size, sort };
  async function draw() {
    element.replaceChildren(loading(ctx));
    let answer;
    try {
      answer = await load({ ...state });
    } catch (e) {
      element.replaceChildren(failed(ctx, e));
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
  const ready = draw();
  return {
    element,
    ready,
    reload(keepPage = false) {
      if (!keepPage) state.page = 0;
      return draw();
    },
  };
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
