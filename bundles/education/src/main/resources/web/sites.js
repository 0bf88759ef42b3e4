// 实践教学点: the sites of the scope with filters (server-paged), their photos, the review steps each site allows now
// (approve, reject with a reason, resubmit, retire), and the proposal form.
import { h, field, select, scopeOf, pagedTable, pageQuery, formDialog, confirmDialog, submitForm } from '/assets/kit.js';
import { API, SETS, can, categories, ifMatchOf, moduleLabels } from './module.js';
import { photosDialog } from './photos.js';

export async function renderSites(container, ctx) {
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
  const all = t({ zhCN: '全部', en: 'All' });
  const status = select([['', all], ...L.options(SETS.site)], { id: 'edu-site-status' });
  const category = select([['', all], ...C.pairs], { id: 'edu-site-category' });
  const text = h('input', { type: 'search', id: 'edu-site-q' });
  const filters = () => ({ unit, status: status.value, category: category.value, q: text.value });
  const list = pagedTable(ctx, {
    id: 'edu-site-table',
    caption: { zhCN: '实践教学点', en: 'Practice teaching sites' },
    load: (paging) => ctx.api(`${API}/sites?${pageQuery(filters(), paging)}`),
    rowAttrs: (s) => ({ dataset: { site: s.id, status: s.status } }),
    emptyText: { zhCN: '没有符合条件的教学点。', en: 'No sites match.' },
    columns: [
      { title: { zhCN: '名称', en: 'Name' }, sort: 'name', head: true, class: 'wrap', render: (s) => s.name },
      { title: { zhCN: '类别', en: 'Category' }, sort: 'category', render: (s) => C.name(s.category) },
      { title: { zhCN: '所属单位', en: 'Host unit' }, render: (s) => s.unitName || '' },
      { title: { zhCN: '地址', en: 'Address' }, class: 'wrap', render: (s) => s.address },
      { title: { zhCN: '容量', en: 'Capacity' }, sort: 'capacity', class: 'num', render: (s) => String(s.capacity) },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (s) => L.label(SETS.site, s.status) },
      { title: { zhCN: '所在路线', en: 'In routes' }, class: 'wrap', render: (s) => s.routes.join('、') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (s) => actions(ctx, L, s, () => list.reload(true)) },
    ],
  });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找教学点', en: 'Find sites' }) },
    field(t({ zhCN: '状态', en: 'Status' }), status), field(t({ zhCN: '类别', en: 'Category' }), category),
    field(t({ zhCN: '名称或地址', en: 'Name or address' }), text),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  form.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(h('p', { class: 'muted', text: t({ zhCN: `范围：${ctx.unit.name}`, en: `Scope: ${ctx.unit.name}` }) }), form, list.element);
  await list.ready;
  if (can(ctx, 'propose')) container.append(proposeForm(ctx, C, unit, () => list.reload()));
}

function actions(ctx, L, site, reload) {
  const t = ctx.t;
  const buttons = [h('button', { type: 'button', class: 'link-button', dataset: { action: 'photos' }, text: t({ zhCN: '照片', en: 'Photos' }),
    onClick: () => photosDialog(ctx, site) })];
  const go = async (action, body) => {
    try {
      await ctx.api(`${API}/sites/${site.id}/${action}`, { method: 'POST', body: body || {}, headers: ifMatchOf(site) });
      ctx.notify(t({ zhCN: '已处理。', en: 'Done.' }), 'success');
      await reload();
    } catch (e) {
      ctx.notify(e.message);
    }
  };
  for (const action of site.allowedActions) {
    if ((action === 'RESUBMIT' && !can(ctx, 'propose')) || (action !== 'RESUBMIT' && !can(ctx, 'review'))) continue;
    const name = L.label(SETS.siteAction, action);
    buttons.push(h('button', { type: 'button', class: 'link-button', dataset: { action: action.toLowerCase() }, text: name,
      onClick: async () => {
        if (action === 'REJECT') {
          const reason = h('textarea', { id: 'edu-reject-reason', name: 'reason', required: true, maxlength: '1000' });
          const done = await formDialog(ctx, { id: 'edu-reject-dialog', title: { zhCN: `退回：${site.name}`, en: `Reject: ${site.name}` },
            submitText: { zhCN: '退回', en: 'Reject' }, fields: [field(t({ zhCN: '退回原因', en: 'Reason' }), reason)],
            submit: () => ctx.api(`${API}/sites/${site.id}/reject`, { method: 'POST', body: { reason: reason.value }, headers: ifMatchOf(site) }) });
          if (done) await reload();
          return;
        }
        const sure = await confirmDialog(ctx, { id: 'edu-site-confirm', title: { zhCN: `${name}：${site.name}`, en: `${name}: ${site.name}` },
          message: { zhCN: `确定要${name}吗？`, en: `${name} this site?` }, confirmText: { zhCN: name, en: name }, danger: action === 'RETIRE' });
        if (sure) await go(action.toLowerCase());
      } }));
  }
  if (site.status === 'REJECTED' && site.rejectReason) {
    buttons.push(h('span', { class: 'muted', text: t({ zhCN: `（退回原因：${site.rejectReason}）`, en: ` (reason: ${site.rejectReason})` }) }));
  }
  return h('span', { class: 'actions' }, ...buttons);
}

function proposeForm(ctx, C, unit, reload) {
  const t = ctx.t;
  const input = (id, name, attrs = {}) => h('input', { id, name, ...attrs });
  const name = input('edu-site-name', 'name', { required: true, maxlength: '200' });
  const category = select(C.pairs, { id: 'edu-site-new-category', name: 'category' });
  const address = input('edu-site-address', 'address', { required: true, maxlength: '300' });
  const capacity = input('edu-site-capacity', 'capacity', { type: 'number', min: '1', max: '10000', required: true });
  const hours = input('edu-site-hours', 'openingHours', { maxlength: '200' });
  const contact = input('edu-site-contact', 'contactName', { maxlength: '100' });
  const phone = input('edu-site-phone', 'contactPhone', { type: 'tel' });
  const description = h('textarea', { id: 'edu-site-description', name: 'description', maxlength: '4000' });
  const form = h('form', { class: 'stacked-form panel', id: 'edu-site-form', 'aria-labelledby': 'edu-site-form-title' },
    h('h2', { id: 'edu-site-form-title', text: t({ zhCN: `申报实践教学点（${ctx.unit.name}）`, en: `Propose a site (${ctx.unit.name})` }) }),
    field(t({ zhCN: '名称', en: 'Name' }), name), field(t({ zhCN: '类别', en: 'Category' }), category),
    field(t({ zhCN: '地址', en: 'Address' }), address), field(t({ zhCN: '可容纳人数', en: 'Capacity' }), capacity),
    field(t({ zhCN: '开放时间', en: 'Opening hours' }), hours), field(t({ zhCN: '联系人', en: 'Contact' }), contact),
    field(t({ zhCN: '联系电话', en: 'Phone' }), phone), field(t({ zhCN: '简介', en: 'Description' }), description),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '提交申报', en: 'Propose' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/sites`, { method: 'POST', body: { unitId: unit,
      name: name.value, category: category.value, address: address.value, capacity: capacity.value ? Number(capacity.value) : null,
      openingHours: hours.value, contactName: contact.value, contactPhone: phone.value, description: description.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '已提交，等待区委组织部审核。', en: 'Proposed; the district reviews it.' }), 'success');
      form.reset();
      await reload();
    }
  });
  return form;
}
