// 社区活动: the events and trainings of the park and its grids, with the enterprises and members taking part.
import { h, field, select, scopeOf, table, load, yearPicker, dateOnly, submitForm, memberPicker, multiSelect } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderActivities(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  try {
    L = await moduleLabels(ctx);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const list = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'ind-activity-year', onChange: () => draw() });
  const draw = () => load(list, ctx, async () => {
    const page = await ctx.api(`${API}/activities?unit=${unit}&year=${year.value()}&size=200`);
    if (!page.items.length) return null;
    return table(ctx, {
      id: 'ind-activity-table',
      caption: { zhCN: '社区活动', en: 'Community activities' },
      rows: page.items,
      columns: [
        { title: { zhCN: '日期', en: 'Date' }, render: (a) => dateOnly(ctx, a.heldOn) },
        { title: { zhCN: '活动', en: 'Activity' }, head: true, render: (a) => a.title },
        { title: { zhCN: '类型', en: 'Kind' }, render: (a) => L.label(SETS.kind, a.kind) },
        { title: { zhCN: '举办单位', en: 'Host' }, render: (a) => a.unitName || '' },
        { title: { zhCN: '地点', en: 'Place' }, render: (a) => a.location || '' },
        { title: { zhCN: '参与企业', en: 'Enterprises' }, class: 'num', render: (a) => String(a.enterpriseIds.length) },
        { title: { zhCN: '参与党员', en: 'Members' }, class: 'num', render: (a) => String(a.memberIds.length) },
      ],
    });
  }, { zhCN: '本年度还没有活动。', en: 'No activities this year yet.' });
  container.append(h('div', { class: 'kit-toolbar' }, year.element), list);
  await draw();
  if (!can(ctx, 'handle')) return;

  let enterprises = [];
  try {
    enterprises = (await ctx.api(`${API}/enterprises?unit=${unit}&size=500`)).items;
  } catch (e) {
    ctx.notify(e.message);
  }
  const kind = select(L.options(SETS.kind), { id: 'ind-activity-kind', name: 'kind' });
  const title = h('input', { id: 'ind-activity-title', name: 'title', required: true, maxlength: '200' });
  const heldOn = h('input', { id: 'ind-activity-date', name: 'heldOn', type: 'date', required: true });
  const location = h('input', { id: 'ind-activity-location', name: 'location' });
  const members = memberPicker(ctx, { id: 'ind-activity-members', name: 'memberIds', multiple: true,
    caption: t({ zhCN: '参与党员（可多选）', en: 'Members taking part (several)' }) });
  // a checkbox per enterprise: several at once without Ctrl-click
  const taking = multiSelect(ctx, { id: 'ind-activity-enterprises', name: 'enterpriseIds',
    caption: { zhCN: '参与企业（可多选）', en: 'Enterprises taking part (several)' },
    options: enterprises.map((e) => [String(e.enterpriseId), e.name]) });
  const form = h('form', { class: 'stacked-form panel', id: 'ind-activity-form', 'aria-labelledby': 'ind-activity-form-title' },
    h('h2', { id: 'ind-activity-form-title', text: t({ zhCN: '登记活动', en: 'Record an activity' }) }),
    field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '活动名称', en: 'Title' }), title),
    field(t({ zhCN: '日期', en: 'Date' }), heldOn), field(t({ zhCN: '地点', en: 'Place' }), location),
    taking.element, members.element,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '登记活动', en: 'Record' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/activities`, { method: 'POST', body: { unitId: unit,
      kind: kind.value, title: title.value, heldOn: heldOn.value || null, location: location.value,
      enterpriseIds: taking.value().map(Number), memberIds: members.value() } }));
    if (created) {
      ctx.notify(t({ zhCN: '活动已登记。', en: 'Activity recorded.' }), 'success');
      form.reset();
      taking.set([]);
      members.set([]);
      await draw();
    }
  });
  container.append(form);
}
