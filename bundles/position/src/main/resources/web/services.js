// 服务事项: the service catalogue of a position; a service is added, changed or withdrawn (If-Match).
import { h, field, select, load, scopeOf, table, formDialog, ifMatch, dateTime, actor } from '/assets/kit.js';
import { API, SETS, moduleLabels, can } from './module.js';
import { text, input } from './forms.js';

export async function renderServices(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const positions = (await ctx.api(`${API}/positions?unit=${unit}&size=500`)).items;
  if (!positions.length) {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '本范围内还没有阵地。', en: 'No position in this scope yet.' }) }));
    return;
  }
  const position = select(positions.map((p) => [String(p.id), p.name]), { id: 'position-service-position' });
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => table(ctx, {
    id: 'position-service-table',
    caption: { zhCN: '服务事项', en: 'Services' },
    rows: await ctx.api(`${API}/services?position=${position.value}`),
    rowAttrs: (s) => ({ dataset: { service: s.id, active: String(s.active) } }),
    columns: [
      { title: { zhCN: '服务事项', en: 'Service' }, head: true, render: (s) => s.name },
      { title: { zhCN: '类型', en: 'Type' }, render: (s) => L.label(SETS.service, s.serviceType) },
      { title: { zhCN: '内容', en: 'What' }, render: (s) => s.description || '—' },
      { title: { zhCN: '服务时间', en: 'When' }, render: (s) => s.schedule || '—' },
      { title: { zhCN: '状态', en: 'State' }, render: (s) => (s.active ? t({ zhCN: '提供中', en: 'Offered' }) : t({ zhCN: '已停止', en: 'Withdrawn' })) },
      { title: { zhCN: '更新', en: 'Updated' }, render: (s) => `${dateTime(ctx, s.updatedAt)} ${actor(ctx, s.updatedBy)}` },
      { title: { zhCN: '操作', en: 'Actions' }, render: (s) => (can(ctx, 'manage') ? h('button', { type: 'button', class: 'link',
        dataset: { action: 'edit' }, text: t({ zhCN: '修改', en: 'Change' }),
        onClick: async () => { if (await serviceDialog(ctx, L, Number(position.value), s)) await draw(); } }) : '') },
    ],
  }));
  position.addEventListener('change', draw);
  const add = can(ctx, 'manage') ? h('button', { type: 'button', class: 'primary', id: 'position-service-add',
    text: t({ zhCN: '添加服务事项', en: 'Add a service' }),
    onClick: async () => { if (await serviceDialog(ctx, L, Number(position.value), null)) await draw(); } }) : null;
  container.append(h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '阵地', en: 'Position' }), position), add), body);
  await draw();
}

function serviceDialog(ctx, L, positionId, service) {
  const t = ctx.t;
  const s = service || {};
  const name = input('name', { id: 'position-service-name', maxlength: '100', value: s.name || '' });
  const type = select(L.options(SETS.service), { name: 'serviceType', id: 'position-service-type' });
  type.value = s.serviceType || 'CONVENIENCE';
  const description = h('textarea', { name: 'description', id: 'position-service-description', maxlength: '1000' });
  description.value = s.description || '';
  const schedule = input('schedule', { id: 'position-service-schedule', maxlength: '200', value: s.schedule || '' });
  const active = h('input', { type: 'checkbox', name: 'active', id: 'position-service-active', checked: service ? s.active : true });
  const body = () => ({ positionId, name: name.value, serviceType: type.value, description: text(description),
    schedule: text(schedule), active: active.checked });
  return formDialog(ctx, {
    id: 'position-service-dialog',
    title: service ? { zhCN: `修改服务事项：${s.name}`, en: `Change: ${s.name}` } : { zhCN: '添加服务事项', en: 'Add a service' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '服务类型', en: 'Service type' }), type),
      field(t({ zhCN: '服务内容', en: 'What it is' }), description), field(t({ zhCN: '服务时间', en: 'When offered' }), schedule),
      h('label', { class: 'check' }, active, t({ zhCN: ' 提供中（取消勾选即停止提供）', en: ' Offered (untick to withdraw)' }))],
    submit: () => (service
      ? ctx.api(`${API}/services/${service.id}`, { method: 'PUT', body: body(), headers: ifMatch(service.version) })
      : ctx.api(`${API}/services`, { method: 'POST', body: body() })),
  });
}
