// 企业诉求: the list with filters (server-paged, sortable), one request with the workflow buttons its state allows,
// and the submit form.
import { h, field, select, scopeOf, table, pagedTable, pageQuery, yearPicker, dateTime, download, ifMatch, submitForm,
  memberPicker, actor } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, titleOf } from './module.js';

export async function renderRequests(container, ctx) {
  if (ctx.params[0] === 'new') return renderNew(container, ctx);
  if (ctx.params[0]) return renderDetail(container, ctx, ctx.params[0]);
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let categories;
  let grids = [];
  let L;
  try {
    L = await moduleLabels(ctx);
    categories = await ctx.api(`${API}/categories`);
    const communities = await ctx.api(`${API}/communities?unit=${unit}`);
    if (communities.length === 1) grids = await ctx.api(`${API}/communities/${communities[0].id}/grids`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const all = t({ zhCN: '全部', en: 'All' });
  const status = select([['', all], ...L.options(SETS.status)], { id: 'ind-status' });
  const category = select([['', all], ...categories.map((c) => [c.code, t(c.name)])], { id: 'ind-category' });
  const grid = select([['', all], ...grids.map((g) => [String(g.id), g.name])], { id: 'ind-grid' });
  const overdue = select([['', all], ['true', t({ zhCN: '仅超期', en: 'Overdue only' })],
    ['false', t({ zhCN: '未超期', en: 'Not overdue' })]], { id: 'ind-overdue' });
  // a list filter: all years unless the reader picks one (the choices show which years have data)
  const year = await yearPicker(ctx, { id: 'ind-year', caption: { zhCN: '提交年度', en: 'Year submitted' }, allYears: true });
  const text = h('input', { type: 'search', id: 'ind-q' });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找诉求', en: 'Find requests' }) },
    field(t({ zhCN: '状态', en: 'Status' }), status), field(t({ zhCN: '类别', en: 'Category' }), category),
    field(t({ zhCN: '网格', en: 'Grid' }), grid), field(t({ zhCN: '是否超期', en: 'Overdue' }), overdue),
    year.element, field(t({ zhCN: '关键词', en: 'Words' }), text),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) }),
      h('button', { type: 'reset', text: t({ zhCN: '重置', en: 'Reset' }) })));
  const actions = h('div', { class: 'actions' });
  if (can(ctx, 'write')) {
    actions.append(h('button', { type: 'button', class: 'primary', id: 'ind-new', text: t({ zhCN: '登记诉求', en: 'Log a request' }),
      onClick: () => ctx.navigate('#/m/industrial/requests/new') }));
  }
  const filters = () => ({ unit, status: status.value, category: category.value, grid: grid.value, overdue: overdue.value,
    year: year.select.value, q: text.value });
  for (const format of ['XLSX', 'CSV']) {
    actions.append(h('button', { type: 'button', text: t({ zhCN: `导出 ${format}`, en: `Export ${format}` }), onClick: async () => {
      try {
        await download(ctx, `${API}/requests/export?${pageQuery({ ...filters(), format })}`, `requests.${format.toLowerCase()}`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } }));
  }
  const categoryName = new Map(categories.map((c) => [c.code, t(c.name)]));
  const list = pagedTable(ctx, {
    id: 'ind-request-table',
    caption: { zhCN: '企业诉求', en: 'Service requests' },
    sort: '-submittedAt',
    load: (paging) => ctx.api(`${API}/requests?${pageQuery(filters(), paging)}`),
    rowAttrs: (r) => ({ dataset: { status: r.status, request: r.id } }),
    emptyText: { zhCN: '没有符合条件的诉求。', en: 'No requests match.' },
    columns: [
      { title: { zhCN: '标题', en: 'Title' }, sort: 'title', head: true,
        render: (r) => h('a', { href: `#/m/industrial/requests/${r.id}`, text: titleOf(ctx, r) }) },
      { title: { zhCN: '企业', en: 'Enterprise' }, render: (r) => r.organizationName },
      { title: { zhCN: '类别', en: 'Category' }, sort: 'category', render: (r) => categoryName.get(r.category) || r.category },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (r) => L.label(SETS.status, r.status) },
      { title: { zhCN: '提交时间', en: 'Submitted' }, sort: 'submittedAt', render: (r) => dateTime(ctx, r.submittedAt) },
      { title: { zhCN: '办结时限', en: 'Due' }, sort: 'dueAt', render: (r) => dateTime(ctx, r.dueAt) },
      { title: { zhCN: '超期', en: 'Overdue' }, render: (r) => (r.overdue
        ? h('span', { class: 'kit-badge kit-badge-err overdue', text: t({ zhCN: '已超期', en: 'Overdue' }) }) : '') },
      { title: { zhCN: '评分', en: 'Rating' }, class: 'num', render: (r) => (r.rating == null ? '—' : `${r.rating}/5`) },
    ],
  });
  container.append(h('p', { class: 'muted', text: t({ zhCN: `范围：${ctx.unit.name}`, en: `Scope: ${ctx.unit.name}` }) }), form, actions, list.element);
  form.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  form.addEventListener('reset', () => { setTimeout(() => list.reload()); });
  await list.ready;
}

async function renderDetail(container, ctx, id) {
  const t = ctx.t;
  let request;
  let history;
  let categories;
  let L;
  try {
    L = await moduleLabels(ctx);
    [request, history, categories] = await Promise.all([ctx.api(`${API}/requests/${encodeURIComponent(id)}`),
      ctx.api(`${API}/requests/${encodeURIComponent(id)}/history`), ctx.api(`${API}/categories`)]);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/industrial/requests', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const category = categories.find((c) => c.code === request.category);
  // the handler by name, not by number (a member out of the reader's sight stays a number)
  let handlerName = null;
  const readsMembers = (ctx.roles || []).some((r) => ['DISTRICT_ADMIN', 'UNIT_ADMIN', 'SECRETARY', 'AUDITOR'].includes(r));
  if (request.assigneeMemberId && readsMembers) {
    handlerName = await ctx.api(`/api/core/members/${request.assigneeMemberId}`).then((m) => m.name)
      .catch(() => null);
  }
  if (request.assigneeMemberId && !handlerName) {
    handlerName = t({ zhCN: `党员编号 ${request.assigneeMemberId}`, en: `member no. ${request.assigneeMemberId}` });
  }
  const facts = [
    [{ zhCN: '企业', en: 'Enterprise' }, request.organizationName || '—'],
    [{ zhCN: '企业联系人', en: 'Enterprise contact' }, request.contactName || '—'],
    [{ zhCN: '类别', en: 'Category' }, category ? `${t(category.name)}（${category.deadlineDays} ${t({ zhCN: '个工作日', en: 'working days' })}）` : request.category],
    [{ zhCN: '状态', en: 'Status' }, L.label(SETS.status, request.status)],
    [{ zhCN: '提交', en: 'Submitted' }, `${dateTime(ctx, request.submittedAt)} · ${actor(ctx, request.submittedBy)}`],
    [{ zhCN: '办结时限', en: 'Due' }, dateTime(ctx, request.dueAt) + (request.overdue ? t({ zhCN: '（已超期）', en: ' (overdue)' }) : '')],
    [{ zhCN: '承办', en: 'Handled by' }, [request.assigneeDepartment, handlerName].filter(Boolean).join(' · ') || '—'],
    [{ zhCN: '办理结果', en: 'Resolution' }, request.resolution || '—'],
    [{ zhCN: '按时办结', en: 'On time' }, request.onTime == null ? '—' : request.onTime ? t({ zhCN: '是', en: 'yes' }) : t({ zhCN: '否', en: 'no' })],
    [{ zhCN: '企业评价', en: 'Rating' }, request.rating == null ? '—' : `${request.rating}/5 ${request.ratingComment || ''}`],
    [{ zhCN: '督办', en: 'Escalated' }, request.escalatedAt ? dateTime(ctx, request.escalatedAt) : '—'],
    [{ zhCN: '诉求内容', en: 'Description' }, request.description || '—'],
  ];
  container.append(h('p', {}, h('a', { href: '#/m/industrial/requests', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })),
    h('h2', { id: 'ind-request-title', text: titleOf(ctx, request) }),
    h('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v })])));
  // files stored in core's attachment store download from there; older entries are metadata with a reference only
  const stored = (a) => a.reference.startsWith('/api/core/attachments/');
  const upload = h('input', { type: 'file', id: 'ind-attach-file' });
  if (request.attachments.length || can(ctx, 'write')) {
    container.append(h('h3', { text: t({ zhCN: '附件', en: 'Attachments' }) }), h('ul', { id: 'ind-attachments' }, request.attachments.map((a) =>
      h('li', {}, `${a.name} (${Math.round(a.size / 1024)} KB) `, stored(a)
        ? h('button', { type: 'button', text: t({ zhCN: '下载', en: 'Download' }), onClick: () => download(ctx, a.reference, a.name).catch((e) => ctx.notify(e.message)) })
        : `— ${a.reference}`))),
    can(ctx, 'write') ? h('div', { class: 'actions' }, field(t({ zhCN: '上传附件（PDF、Word、Excel、图片或文本）', en: 'Add a file (PDF, Word, Excel, image or text)' }), upload),
      h('button', { type: 'button', id: 'ind-attach', text: t({ zhCN: '上传', en: 'Upload' }), onClick: async () => {
        const file = upload.files[0];
        if (!file) return;
        try {
          await ctx.api(`${API}/requests/${request.id}/attachments?filename=${encodeURIComponent(file.name)}`,
            { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
          ctx.navigate(`#/m/industrial/requests/${request.id}?r=${Date.now()}`);
        } catch (e) {
          ctx.notify(e.message);
        }
      } })) : null);
  }
  const allowed = request.allowedActions.filter((a) => (['ASSIGN', 'START', 'RESOLVE'].includes(a) ? can(ctx, 'handle') : can(ctx, 'write')));
  const panel = h('div', { class: 'panel', id: 'ind-actions' });
  if (allowed.length) {
    container.append(h('h3', { text: t({ zhCN: '办理', en: 'Next step' }) }), panel);
    panel.append(h('div', { class: 'actions' }, allowed.map((a) => h('button', { type: 'button', dataset: { action: a },
      text: L.label(SETS.action, a), onClick: () => showStep(a) }))));
  }
  const stepForm = h('div');
  panel.append(stepForm);

  function showStep(action) {
    const inputs = {};
    const controls = [];
    let handler = null;
    const text = (key, caption, area) => {
      inputs[key] = h(area ? 'textarea' : 'input', { id: `ind-step-${key}`, name: key, rows: area ? '3' : undefined });
      controls.push(field(t(caption), inputs[key]));
    };
    if (action === 'ASSIGN') {
      text('assigneeDepartment', { zhCN: '承办部门', en: 'Department' });
      handler = memberPicker(ctx, { id: 'ind-step-member', name: 'assigneeMemberId',
        caption: t({ zhCN: '承办人（可选，按姓名查找党员）', en: 'Handler (optional: find a member by name)' }) });
      controls.push(handler.element);
    }
    if (action === 'RESOLVE') text('resolution', { zhCN: '办理结果', en: 'What was done' }, true);
    if (action === 'RATE') {
      inputs.rating = select([['5', '5 ★★★★★'], ['4', '4 ★★★★'], ['3', '3 ★★★'], ['2', '2 ★★'], ['1', '1 ★']], { id: 'ind-step-rating', name: 'rating' });
      controls.push(field(t({ zhCN: '满意度', en: 'Satisfaction' }), inputs.rating));
      text('comment', { zhCN: '评价意见', en: 'Comment' }, true);
    }
    if (action === 'REOPEN') text('reason', { zhCN: '不满意的原因', en: 'Why not satisfied' }, true);
    if (action === 'START' || action === 'ASSIGN') text('note', { zhCN: '备注（可选）', en: 'Note (optional)' });
    const form = h('form', { class: 'stacked-form', id: 'ind-step-form' }, controls,
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: `确认${L.label(SETS.action, action)}`, en: `Confirm: ${L.label(SETS.action, action)}` }) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = {};
      for (const [key, input] of Object.entries(inputs)) {
        if (input.value.trim()) body[key] = key === 'rating' ? Number(input.value) : input.value.trim();
      }
      if (handler && handler.value().length) [body.assigneeMemberId] = handler.value();
      const again = async () => {
        container.replaceChildren();
        await renderDetail(container, ctx, id);
      };
      const saved = await submitForm(ctx, form, () => ctx.api(`${API}/requests/${request.id}/${action.toLowerCase()}`,
        { method: 'POST', body, headers: ifMatch(request.version) }), { onStale: again });
      if (saved) {
        ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
        await again();
      }
    });
    stepForm.replaceChildren(form);
  }

  container.append(h('h3', { text: t({ zhCN: '办理记录', en: 'History' }) }), table(ctx, {
    id: 'ind-history',
    caption: { zhCN: '办理记录', en: 'History' },
    rows: history,
    columns: [
      { title: { zhCN: '时间', en: 'When' }, render: (s) => dateTime(ctx, s.at) },
      { title: { zhCN: '操作', en: 'Step' }, head: true, render: (s) => L.label(SETS.action, s.action) },
      { title: { zhCN: '状态', en: 'Status' }, render: (s) => L.label(SETS.status, s.to) },
      { title: { zhCN: '操作人', en: 'By' }, render: (s) => s.actor },
      { title: { zhCN: '说明', en: 'Note' }, class: 'wrap', render: (s) => s.note || '' },
    ],
  }));
}

async function renderNew(container, ctx) {
  const t = ctx.t;
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  let categories;
  let enterprises;
  try {
    [categories, enterprises] = await Promise.all([ctx.api(`${API}/categories`),
      ctx.api(`${API}/enterprises?unit=${unit}&size=500`)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const enterprise = select([['', t({ zhCN: '请选择', en: 'Choose' })], ...enterprises.items.map((e) => [String(e.enterpriseId), `${e.name}（${e.gridName || ''}）`])],
    { id: 'ind-new-enterprise', name: 'organizationId', required: true });
  const category = select(categories.map((c) => [c.code, `${t(c.name)}（${c.deadlineDays} ${t({ zhCN: '个工作日', en: 'working days' })}）`]), { id: 'ind-new-category', name: 'category' });
  const title = h('input', { id: 'ind-new-title', name: 'title', required: true, maxlength: '200' });
  const description = h('textarea', { id: 'ind-new-description', name: 'description', rows: '4', maxlength: '4000' });
  const contact = h('input', { id: 'ind-new-contact', name: 'contactName', maxlength: '100' });
  const fileName = h('input', { id: 'ind-new-file', placeholder: t({ zhCN: '如：营业执照.pdf', en: 'e.g. licence.pdf' }) });
  const fileRef = h('input', { id: 'ind-new-file-ref', placeholder: t({ zhCN: '存放位置或文档编号', en: 'Where it is kept (URL or document no.)' }) });
  const form = h('form', { class: 'filter-form', id: 'ind-new-form' },
    field(t({ zhCN: '企业', en: 'Enterprise' }), enterprise, enterprises.items.length ? null
      : t({ zhCN: '此范围内还没有登记企业，请先在“网格与企业”中登记。', en: 'No enterprises recorded here yet: record them under Grids and enterprises.' })),
    field(t({ zhCN: '类别', en: 'Category' }), category), field(t({ zhCN: '标题', en: 'Title' }), title),
    field(t({ zhCN: '诉求内容', en: 'Description' }), description), field(t({ zhCN: '企业联系人', en: 'Contact' }), contact),
    field(t({ zhCN: '附件名称（可选）', en: 'Attachment name (optional)' }), fileName), field(t({ zhCN: '附件位置', en: 'Attachment reference' }), fileRef),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '提交诉求', en: 'Submit' }) }),
      h('a', { href: '#/m/industrial/requests', text: t({ zhCN: '取消', en: 'Cancel' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { organizationId: enterprise.value ? Number(enterprise.value) : null, category: category.value,
      title: title.value, description: description.value, contactName: contact.value };
    if (fileName.value.trim()) {
      body.attachments = [{ name: fileName.value.trim(), size: 0, contentType: 'application/octet-stream', reference: fileRef.value.trim() }];
    }
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/requests`, { method: 'POST', body }));
    if (created) {
      ctx.notify(t({ zhCN: '诉求已提交。', en: 'Request submitted.' }), 'success');
      ctx.navigate(`#/m/industrial/requests/${created.id}`);
    }
  });
  container.append(form);
}
