// 服务清单: the services the park's community offers enterprises (by request category), added, edited and retired
// (a retired service stays on record, marked 已停用, and can be put back in use; the API has no deletion).
import { h, field, select, scopeOf, table, empty, ifMatch, submitForm } from '/assets/kit.js';
import { API, can } from './module.js';

export async function renderServices(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let services;
  let categories;
  let communities;
  try {
    [services, categories, communities] = await Promise.all([ctx.api(`${API}/services?unit=${unit}`),
      ctx.api(`${API}/categories`), ctx.api(`${API}/communities?unit=${unit}`)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const reload = () => {
    container.replaceChildren();
    return renderServices(container, ctx);
  };
  const categoryName = new Map(categories.map((c) => [c.code, t(c.name)]));
  const parkName = new Map(communities.map((c) => [c.parkId, c.parkName]));
  const admin = can(ctx, 'handle');
  const editor = h('div');

  const columns = [
    { title: { zhCN: '服务', en: 'Service' }, head: true, render: (s) => s.name },
    { title: { zhCN: '类别', en: 'Category' }, render: (s) => categoryName.get(s.category) || s.category },
    { title: { zhCN: '提供方', en: 'Provider' }, render: (s) => s.provider || '' },
    { title: { zhCN: '说明', en: 'Description' }, class: 'wrap', render: (s) => s.description || '' },
    { title: { zhCN: '园区', en: 'Park' }, render: (s) => parkName.get(s.parkId) || '' },
    { title: { zhCN: '状态', en: 'State' }, render: (s) => h('span', { class: s.active ? 'kit-badge kit-badge-ok' : 'kit-badge',
      text: s.active ? t({ zhCN: '在用', en: 'In use' }) : t({ zhCN: '已停用', en: 'Retired' }) }) },
  ];
  if (admin) {
    columns.push({ title: { zhCN: '操作', en: 'Actions' }, render: (s) => h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'ind-service-edit', text: t({ zhCN: '修改', en: 'Edit' }), onClick: () => showEditor(s) }),
      h('button', { type: 'button', class: 'ind-service-toggle', text: s.active ? t({ zhCN: '停用', en: 'Retire' }) : t({ zhCN: '恢复使用', en: 'Use again' }),
        onClick: () => toggle(s) })) });
  }
  container.append(services.length ? table(ctx, { id: 'ind-service-table', caption: { zhCN: '服务清单', en: 'Service catalog' },
    columns, rows: services, rowAttrs: (s) => ({ dataset: { service: s.id, active: String(s.active) } }) })
    : empty(ctx, { zhCN: '还没有登记服务。', en: 'No services recorded yet.' },
      admin ? { zhCN: '点“新增服务”登记第一项。', en: 'Press “Add a service” to record the first one.' } : null));
  if (!admin) return;
  if (!communities.length) {
    container.append(h('p', { class: 'muted', text: t({ zhCN: '先在“网格与企业”中建立工业社区，再登记服务。', en: 'Set up the industrial community under Grids and enterprises first.' }) }));
    return;
  }
  container.append(h('div', { class: 'actions' }, h('button', { type: 'button', class: 'primary', id: 'ind-service-new',
    text: t({ zhCN: '新增服务', en: 'Add a service' }), onClick: () => showEditor(null) })), editor);

  async function toggle(service) {
    try {
      await ctx.api(`${API}/services/${service.id}`, { method: 'PUT', headers: ifMatch(service.version),
        body: { name: service.name, category: service.category, provider: service.provider, description: service.description,
          active: !service.active } });
      ctx.notify(service.active ? t({ zhCN: `“${service.name}”已停用。`, en: `“${service.name}” retired.` })
        : t({ zhCN: `“${service.name}”已恢复使用。`, en: `“${service.name}” in use again.` }), 'success');
    } catch (e) {
      ctx.notify(e.status === 409 ? t({ zhCN: '未保存：这项服务刚被他人修改，列表已刷新，请核对后再操作。',
        en: 'Not saved: someone else changed this service meanwhile; the list is fresh now, check and try again.' }) : e.message);
    }
    await reload();
  }

  function showEditor(service) {
    const park = select(communities.map((c) => [String(c.parkId), c.parkName]), { id: 'ind-service-park', name: 'parkId', disabled: service != null });
    if (service) park.value = String(service.parkId);
    const name = h('input', { id: 'ind-service-name', name: 'name', required: true, maxlength: '200', value: service?.name ?? '' });
    const category = select(categories.map((c) => [c.code, t(c.name)]), { id: 'ind-service-category', name: 'category' });
    if (service) category.value = service.category;
    const provider = h('input', { id: 'ind-service-provider', name: 'provider', maxlength: '200', value: service?.provider ?? '',
      placeholder: t({ zhCN: '如：高新区人社局', en: 'e.g. the district labour bureau' }) });
    const description = h('textarea', { id: 'ind-service-description', name: 'description', rows: '3', maxlength: '2000' });
    description.value = service?.description ?? '';
    const title = service ? t({ zhCN: `修改服务：${service.name}`, en: `Edit: ${service.name}` }) : t({ zhCN: '新增服务', en: 'Add a service' });
    const form = h('form', { class: 'stacked-form panel', id: 'ind-service-form', 'aria-labelledby': 'ind-service-form-title' },
      h('h2', { id: 'ind-service-form-title', text: title }),
      field(t({ zhCN: '园区', en: 'Park' }), park), field(t({ zhCN: '服务名称', en: 'Name' }), name),
      field(t({ zhCN: '对应诉求类别', en: 'Request category' }), category), field(t({ zhCN: '提供方', en: 'Provider' }), provider),
      field(t({ zhCN: '服务内容', en: 'What it offers' }), description),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) }),
        h('button', { type: 'button', text: t({ zhCN: '取消', en: 'Cancel' }), onClick: () => editor.replaceChildren() })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { name: name.value, category: category.value, provider: provider.value, description: description.value };
      const saved = await submitForm(ctx, form, () => (service
        ? ctx.api(`${API}/services/${service.id}`, { method: 'PUT', headers: ifMatch(service.version), body: { ...body, active: service.active } })
        : ctx.api(`${API}/services`, { method: 'POST', body: { ...body, parkId: Number(park.value) } })), { onStale: reload });
      if (saved) {
        ctx.notify(t({ zhCN: `“${saved.name}”已保存。`, en: `“${saved.name}” saved.` }), 'success');
        await reload();
      }
    });
    editor.replaceChildren(form);
    name.focus();
  }
}
