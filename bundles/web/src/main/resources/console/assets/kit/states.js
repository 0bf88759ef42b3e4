// Loading, empty and error states, styled the same on every module page.
import { h } from '../dom.js';

const LOADING = { zhCN: '加载中…', en: 'Loading…' };

export function loading(ctx, text = LOADING) {
  return h('div', { class: 'kit-state kit-loading', role: 'status' }, h('span', { class: 'kit-spinner', 'aria-hidden': 'true' }),
    h('span', { text: ctx.t(text) }));
}

/** Nothing to show: says so, and what to do about it (hint), e.g. "record the first one with …". */
export function empty(ctx, text, hint) {
  return h('div', { class: 'kit-state kit-empty' }, h('p', { class: 'kit-empty-text', text: ctx.t(text) }),
    hint ? h('p', { class: 'muted', text: ctx.t(hint) }) : null);
}

export function failed(ctx, error) {
  return h('div', { class: 'kit-state kit-failed', role: 'alert', text: error && error.message ? error.message : String(error) });
}

/**
 * Shows the loading state in target while build() runs, then what it answers (a node, an array of nodes, or
 * null/empty array for the empty state), or the error.
 */
export async function load(target, ctx, build, emptyText = { zhCN: '暂无数据。', en: 'Nothing here yet.' }) {
  target.replaceChildren(loading(ctx));
  try {
    const built = await build();
    const nodes = [built].flat().filter(Boolean);
    target.replaceChildren(...(nodes.length ? nodes : [empty(ctx, emptyText)]));
  } catch (e) {
    target.replaceChildren(failed(ctx, e));
  }
}

/** The scope unit id, or null with a hint in the container (a page with no scope has nothing to show). */
export function scopeOf(container, ctx) {
  if (!ctx.unit || ctx.unit.id == null) {
    container.append(empty(ctx, { zhCN: '请先在“组织架构”中选择单位作为工作范围。', en: 'Choose a unit as your scope under Organizations first.' }));
    return null;
  }
  return ctx.unit.id;
}
