// 社区活动: the events and trainings of the park and its grids, with the enterprises and members taking part.
import { API, KIND, h, field, select, label, unitOf, can, table, yearInput } from './common.js';

export async function renderActivities(container, ctx, year = new Date().getFullYear()) {
  const unit = unitOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  container.replaceChildren(h('form', { class: 'filter-form' }, yearInput(ctx, year, (y) => renderActivities(container, ctx, y))));
  let page;
  try {
    page = await ctx.api(`${API}/activities?unit=${unit}&year=${year}&size=200`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  container.append(page.items.length ? table(ctx, { zhCN: '社区活动', en: 'Community activities' },
    [{ zhCN: '日期', en: 'Date' }, { zhCN: '活动', en: 'Activity' }, { zhCN: '类型', en: 'Kind' }, { zhCN: '举办单位', en: 'Host' },
      { zhCN: '地点', en: 'Place' }, { zhCN: '参与企业', en: 'Enterprises' }, { zhCN: '参与党员', en: 'Members' }],
    page.items.map((a) => h('tr', {}, h('td', { text: a.heldOn }), h('th', { scope: 'row', text: a.title }),
      h('td', { text: label(ctx, KIND, a.kind) }), h('td', { text: a.unitName || '' }), h('td', { text: a.location || '' }),
      h('td', { text: String(a.enterpriseIds.length) }), h('td', { text: String(a.memberIds.length) }))), 'ind-activity-table')
    : h('p', { class: 'muted', text: t({ zhCN: '本年度还没有活动。', en: 'No activities this year yet.' }) }));
  if (!can(ctx, 'handle')) return;

  let enterprises = [];
  try {
    enterprises = (await ctx.api(`${API}/enterprises?unit=${unit}&size=500`)).items;
  } catch (e) {
    ctx.notify(e.message);
  }
  const kind = select(Object.keys(KIND).map((k) => [k, label(ctx, KIND, k)]), { id: 'ind-activity-kind' });
  const title = h('input', { id: 'ind-activity-title', required: true, maxlength: '200' });
  const heldOn = h('input', { id: 'ind-activity-date', type: 'date', required: true });
  const location = h('input', { id: 'ind-activity-location' });
  const taking = h('select', { id: 'ind-activity-enterprises', multiple: true, size: '8' },
    enterprises.map((e) => h('option', { value: String(e.enterpriseId), text: e.name })));
  const form = h('form', { class: 'filter-form', 'aria-label': t({ zhCN: '登记活动', en: 'Record an activity' }) },
    field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '活动名称', en: 'Title' }), title),
    field(t({ zhCN: '日期', en: 'Date' }), heldOn), field(t({ zhCN: '地点', en: 'Place' }), location),
    field(t({ zhCN: '参与企业（可多选）', en: 'Enterprises taking part (several)' }), taking),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '登记活动', en: 'Record' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await ctx.api(`${API}/activities`, { method: 'POST', body: { unitId: unit, kind: kind.value, title: title.value,
        heldOn: heldOn.value || null, location: location.value,
        enterpriseIds: [...taking.selectedOptions].map((o) => Number(o.value)), memberIds: [] } });
      ctx.notify(t({ zhCN: '活动已登记。', en: 'Activity recorded.' }), 'success');
      await renderActivities(container, ctx, year);
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  container.append(h('h2', { text: t({ zhCN: '登记活动', en: 'Record an activity' }) }), form);
}
