// Pickers: members by name, units by name within the scope, the year (defaulting to the newest year with data),
// and several values at once with checkboxes (no Ctrl-click).
import { h, field, uid } from '../dom.js';
import { readQuery, mergeQuery } from '../url-state.js';

function memberLabel(ctx, member) {
  const born = member.birthDate ? ctx.t({ zhCN: `${member.birthDate.slice(0, 4)}年生`, en: `born ${member.birthDate.slice(0, 4)}` }) : null;
  return [member.name, born, ctx.t({ zhCN: `编号 ${member.id}`, en: `no. ${member.id}` })].filter(Boolean).join(' · ');
}

/**
 * A search box with a button and a result list: type, press the button (or Enter), click a result. The input
 * carries the API field's name so a refusal shows beside it. Answers {element, value(), set(items)}.
 */
function searchPicker(ctx, { id, name, caption, hint, placeholder, findText, find, describe, kind, multiple }) {
  const t = ctx.t;
  const chosen = new Map();
  const query = h('input', { type: 'search', id: id || uid('pick'), name, autocomplete: 'off', placeholder: t(placeholder) });
  const button = h('button', { type: 'button', class: `${kind}-find`, text: t(findText) });
  const results = h('ul', { class: `result-list ${kind}-results`, 'aria-live': 'polite' });
  const picked = h('ul', { class: `result-list ${kind}-picked`, 'aria-label': t({ zhCN: '已选', en: 'Chosen' }) });
  const drawPicked = () => {
    picked.replaceChildren(...[...chosen.values()].map((item) => h('li', { dataset: { [kind]: item.id } },
      h('span', { text: `${t({ zhCN: '已选：', en: 'Chosen: ' })}${describe(item)} ` }),
      h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '移除', en: 'Remove' }),
        'aria-label': t({ zhCN: `移除 ${item.name}`, en: `Remove ${item.name}` }),
        onClick: () => { chosen.delete(item.id); drawPicked(); } }))));
  };
  const search = async () => {
    results.replaceChildren(h('li', { class: 'muted', text: t({ zhCN: '查找中…', en: 'Searching…' }) }));
    try {
      const items = await find(query.value.trim());
      results.replaceChildren(...(items.length ? items.map((item) => h('li', {},
        h('button', { type: 'button', class: `link-button ${kind}-option`, dataset: { [kind]: item.id }, text: describe(item),
          onClick: () => {
            if (!multiple) chosen.clear();
            chosen.set(item.id, item);
            results.replaceChildren();
            drawPicked();
          } })))
        : [h('li', { class: 'muted', text: t({ zhCN: '本范围内没有找到这个名字。', en: 'Nothing of this name here.' }) })]));
    } catch (e) {
      results.replaceChildren();
      ctx.notify(e.message);
    }
  };
  button.addEventListener('click', search);
  // Enter in the search box looks up instead of submitting the surrounding form
  query.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search();
    }
  });
  const element = h('div', { class: `${kind}-picker kit-picker` }, field(t(caption), query, hint ? t(hint) : undefined), button, results, picked);
  return {
    element,
    value: () => [...chosen.keys()],
    items: () => [...chosen.values()],
    set(items) {
      chosen.clear();
      for (const item of items) chosen.set(item.id, item);
      drawPicked();
    },
  };
}

/** Party members of the unit's subtree (default: the scope), found by name. value(): the chosen member ids. */
export function memberPicker(ctx, { id, name, caption, multiple = false, unit = ctx.unit && ctx.unit.id }) {
  return searchPicker(ctx, { id, name, caption, multiple, kind: 'member',
    placeholder: { zhCN: '输入姓名，如：王', en: 'Type a name, e.g. 王' },
    hint: { zhCN: '输入姓名后点“查找党员”，再点选结果', en: 'Type a name, press “Find members”, then click a result' },
    findText: { zhCN: '查找党员', en: 'Find members' },
    describe: (m) => memberLabel(ctx, m),
    find: async (text) => {
      const params = new URLSearchParams({ size: 10 });
      if (unit != null) params.set('subtreeOf', unit);
      if (text) params.set('name', text);
      return (await ctx.api(`/api/core/members?${params}`)).items;
    } });
}

/** Units of the scope's subtree found by name, optionally of one type (e.g. 'VILLAGE'). value(): the chosen ids. */
export function unitPicker(ctx, { id, name, caption, multiple = false, unitType, unit = ctx.unit && ctx.unit.id }) {
  return searchPicker(ctx, { id, name, caption, multiple, kind: 'unit',
    placeholder: { zhCN: '输入名称，如：村', en: 'Type a name' },
    hint: { zhCN: '输入名称后点“查找单位”，再点选结果', en: 'Type a name, press “Find units”, then click a result' },
    findText: { zhCN: '查找单位', en: 'Find units' },
    describe: (u) => u.name,
    find: async (text) => {
      const params = new URLSearchParams({ size: 15 });
      if (unit != null) params.set('subtreeOf', unit);
      if (unitType) params.set('unitType', unitType);
      if (text) params.set('name', text);
      return (await ctx.api(`/api/core/organizations?${params}`)).items;
    } });
}

/** The years with data in the scope's subtree, newest first (GET /api/core/statistics/years); [] if unknown. */
export async function yearsWithData(ctx, unit = ctx.unit && ctx.unit.id, module = ctx.module) {
  if (unit == null) return [];
  try {
    // a module's page starts at the module's own newest year (ctx.module is set for module pages)
    const only = module ? `&module=${encodeURIComponent(module)}` : '';
    return (await ctx.api(`/api/core/statistics/years?subtreeOf=${unit}${only}`)).years || [];
  } catch {
    return [];
  }
}

/**
 * A year select that starts at the newest year with data (else last year): the years with data plus the five
 * before this one. allYears: adds an "all years" choice (value ''), selected, for list filters. Answers
 * {element, select, value()}.
 */
export async function yearPicker(ctx, { id, name = 'year', caption = { zhCN: '年度', en: 'Year' }, allYears = false, onChange, years }) {
  const known = years || await yearsWithData(ctx);
  const thisYear = new Date().getFullYear();
  // a link that names the year (#/m/rural/classification?year=2024, the work record's drill-down) opens on it
  const asked = Number(readQuery().get('year')) || null;
  const choices = [...new Set([thisYear, ...known, ...Array.from({ length: 5 }, (_, i) => thisYear - 1 - i),
    ...(asked ? [asked] : [])])].sort((a, b) => b - a);
  const start = asked || (known.length ? known[0] : thisYear - 1);
  const select = h('select', { id: id || uid('year'), name },
    allYears ? h('option', { value: '', text: ctx.t({ zhCN: '全部年度', en: 'All years' }) }) : null,
    choices.map((y) => h('option', { value: String(y), selected: asked ? y === asked : !allYears && y === start,
      text: known.includes(y) ? `${y}` : ctx.t({ zhCN: `${y}（无数据）`, en: `${y} (no data)` }) })));
  // the chosen year goes into the address (before the page redraws), so that Back and reload return to it
  select.addEventListener('change', () => {
    if (select.closest('#page') && !select.closest('dialog')) mergeQuery({ year: select.value });
  });
  if (onChange) select.addEventListener('change', () => onChange(select.value === '' ? null : Number(select.value)));
  return { element: field(ctx.t(caption), select), select, value: () => (select.value === '' ? null : Number(select.value)) };
}

/**
 * Several values at once as a group of checkboxes (no Ctrl-click). options: [[value, label]]. Answers
 * {element, value(), set(values)}.
 */
export function multiSelect(ctx, { id, name, caption, options, selected = [] }) {
  const group = uid('multi');
  const boxes = options.map(([value, label]) => {
    const box = h('input', { type: 'checkbox', value, name, id: `${group}-${value}`, checked: selected.includes(value) });
    return h('label', { class: 'kit-check', for: box.id }, box, h('span', { text: label }));
  });
  const element = h('fieldset', { class: 'kit-multi field', id }, h('legend', { text: ctx.t(caption) }), boxes);
  return {
    element,
    value: () => [...element.querySelectorAll('input:checked')].map((b) => b.value),
    set(values) {
      element.querySelectorAll('input').forEach((b) => { b.checked = values.includes(b.value); });
    },
  };
}
