// 精品路线: every route of the scope with its theme and its stops in order; the district publishes and unpublishes
// routes, puts a draft route's stops in order (up, down, remove, add an approved site) and creates routes. Each
// route prints as a route sheet (the browser's print, the console's print style).
import { h, field, select, scopeOf, load, table, formDialog } from '/assets/kit.js';
import { API, SETS, can, categories, ifMatchOf, moduleLabels } from './module.js';

export async function renderRoutes(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let L;
  let C;
  try {
    [L, C] = await Promise.all([moduleLabels(ctx), categories(ctx)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const page = await ctx.api(`${API}/routes?unit=${unit}&size=100`);
    if (!page.items.length) return null;
    const approved = can(ctx, 'route') ? (await ctx.api(`${API}/sites?unit=${unit}&status=APPROVED&size=500`)).items : [];
    return page.items.map((r) => routePanel(ctx, L, C, r, approved, draw));
  }, { zhCN: '还没有精品路线。', en: 'No routes yet.' });
  const bar = h('div', { class: 'actions' });
  if (can(ctx, 'route')) {
    bar.append(h('button', { type: 'button', class: 'primary', id: 'edu-route-new', text: t({ zhCN: '新建路线', en: 'New route' }),
      onClick: () => createRoute(ctx, unit, draw) }));
  }
  bar.append(h('button', { type: 'button', text: t({ zhCN: '打印路线单', en: 'Print route sheets' }), onClick: () => window.print() }));
  container.append(bar, body);
  await draw();
}

function routePanel(ctx, L, C, route, approved, redraw) {
  const t = ctx.t;
  const stops = route.stops.map((s) => s.siteId);
  const hours = Math.round(route.durationMinutes / 6) / 10;
  const panel = h('section', { class: 'panel', dataset: { route: route.id, status: route.status } },
    h('h2', { text: `${route.name} · ${route.theme}` }),
    h('p', { class: 'muted', text: t({ zhCN: `${L.label(SETS.route, route.status)} · 约 ${hours} 小时 · ${route.stops.length} 个站点`,
      en: `${L.label(SETS.route, route.status)} · about ${hours} h · ${route.stops.length} stops` }) }));
  if (route.schedule) panel.append(h('p', { text: t({ zhCN: `建议行程：${route.schedule}`, en: `Suggested schedule: ${route.schedule}` }) }));
  const draft = route.status === 'DRAFT' && can(ctx, 'route');
  const save = async (ids) => {
    try {
      await ctx.api(`${API}/routes/${route.id}/stops`, { method: 'PUT', body: { siteIds: ids }, headers: ifMatchOf(route) });
      await redraw();
    } catch (e) {
      ctx.notify(e.message);
    }
  };
  const move = (i, by) => {
    const ids = [...stops];
    [ids[i], ids[i + by]] = [ids[i + by], ids[i]];
    return save(ids);
  };
  const columns = [
    { title: { zhCN: '顺序', en: 'Order' }, class: 'num', render: (s) => String(s.position) },
    { title: { zhCN: '教学点', en: 'Site' }, head: true, class: 'wrap', render: (s) => s.siteName },
    { title: { zhCN: '类别', en: 'Category' }, render: (s) => C.name(s.category) },
    { title: { zhCN: '地址', en: 'Address' }, class: 'wrap', render: (s) => s.address },
    { title: { zhCN: '状态', en: 'Status' }, render: (s) => L.label(SETS.site, s.status) },
  ];
  if (draft) {
    columns.push({ title: { zhCN: '调整', en: 'Arrange' }, render: (s) => {
      const i = s.position - 1;
      return h('span', { class: 'actions' },
        i > 0 ? h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '上移', en: 'Up' }), onClick: () => move(i, -1) }) : '',
        i < stops.length - 1 ? h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '下移', en: 'Down' }), onClick: () => move(i, 1) }) : '',
        h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '移除', en: 'Remove' }),
          onClick: () => save(stops.filter((id) => id !== s.siteId)) }));
    } });
  }
  panel.append(table(ctx, { id: `edu-route-${route.id}-stops`, caption: { zhCN: `${route.name}的站点`, en: `Stops of ${route.name}` },
    rows: route.stops, columns }));
  if (!can(ctx, 'route')) return panel;
  const buttons = h('div', { class: 'actions' });
  if (draft) {
    const candidates = approved.filter((s) => !stops.includes(s.id));
    if (candidates.length) {
      const pick = select(candidates.map((s) => [String(s.id), `${s.name}（${s.unitName || ''}）`]), { id: `edu-route-${route.id}-add` });
      buttons.append(field(t({ zhCN: '添加站点', en: 'Add a stop' }), pick),
        h('button', { type: 'button', text: t({ zhCN: '添加', en: 'Add' }), onClick: () => save([...stops, Number(pick.value)]) }));
    }
  }
  const action = route.status === 'PUBLISHED' ? 'unpublish' : 'publish';
  buttons.append(h('button', { type: 'button', class: route.status === 'PUBLISHED' ? '' : 'primary', dataset: { action },
    text: t(action === 'publish' ? { zhCN: '发布', en: 'Publish' } : { zhCN: '取消发布', en: 'Unpublish' }),
    onClick: async () => {
      try {
        await ctx.api(`${API}/routes/${route.id}/${action}`, { method: 'POST', body: {}, headers: ifMatchOf(route) });
        ctx.notify(t(action === 'publish' ? { zhCN: '路线已发布。', en: 'Route published.' } : { zhCN: '已取消发布。', en: 'Route unpublished.' }), 'success');
        await redraw();
      } catch (e) {
        ctx.notify(e.message);
      }
    } }));
  panel.append(buttons);
  return panel;
}

async function createRoute(ctx, unit, redraw) {
  const t = ctx.t;
  const name = h('input', { id: 'edu-route-name', name: 'name', required: true, maxlength: '200' });
  const theme = h('input', { id: 'edu-route-theme', name: 'theme', required: true, maxlength: '200', placeholder: '品质城市·活力高新' });
  const minutes = h('input', { id: 'edu-route-minutes', name: 'durationMinutes', type: 'number', min: '30', value: '240' });
  const schedule = h('textarea', { id: 'edu-route-schedule', name: 'schedule', maxlength: '4000' });
  const created = await formDialog(ctx, { id: 'edu-route-dialog', title: { zhCN: '新建精品路线', en: 'New boutique route' },
    submitText: { zhCN: '创建', en: 'Create' },
    fields: [field(t({ zhCN: '路线名称', en: 'Name' }), name), field(t({ zhCN: '主题', en: 'Theme' }), theme),
      field(t({ zhCN: '时长（分钟）', en: 'Duration (minutes)' }), minutes), field(t({ zhCN: '建议行程', en: 'Suggested schedule' }), schedule)],
    submit: () => ctx.api(`${API}/routes`, { method: 'POST', body: { unitId: unit, name: name.value, theme: theme.value,
      durationMinutes: minutes.value ? Number(minutes.value) : null, schedule: schedule.value } }) });
  if (created) await redraw();
}
