// 企业诉求: the list with filters, one request with the workflow buttons its state allows, and the submit form.
import { API, ACTION, STATUS, h, field, select, label, unitOf, can, dateTime, table, download, ifMatch, submitForm,
  memberPicker } from './common.js';

const PAGE_SIZE = 20;

export async function renderRequests(container, ctx) {
  if (ctx.params[0] === 'new') return renderNew(container, ctx);
  if (ctx.params[0]) return renderDetail(container, ctx, ctx.params[0]);
  const unit = unitOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let categories = [];
  let grids = [];
  try {
    categories = await ctx.api(`${API}/categories`);
    const communities = await ctx.api(`${API}/communities?unit=${unit}`);
    if (communities.length === 1) grids = await ctx.api(`${API}/communities/${communities[0].id}/grids`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ...Object.keys(STATUS).map((s) => [s, label(ctx, STATUS, s)])],
    { id: 'ind-status' });
  const category = select([['', t({ zhCN: '全部', en: 'All' })], ...categories.map((c) => [c.code, t(c.name)])], { id: 'ind-category' });
  const grid = select([['', t({ zhCN: '全部', en: 'All' })], ...grids.map((g) => [String(g.id), g.name])], { id: 'ind-grid' });
  const overdue = select([['', t({ zhCN: '全部', en: 'All' })], ['true', t({ zhCN: '仅超期', en: 'Overdue only' })],
    ['false', t({ zhCN: '未超期', en: 'Not overdue' })]], { id: 'ind-overdue' });
  const year = h('input', { type: 'number', id: 'ind-year', min: '2000', max: '2100', placeholder: t({ zhCN: '全部年度', en: 'All years' }) });
  const text = h('input', { type: 'search', id: 'ind-q' });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找诉求', en: 'Find requests' }) },
    field(t({ zhCN: '状态', en: 'Status' }), status), field(t({ zhCN: '类别', en: 'Category' }), category),
    field(t({ zhCN: '网格', en: 'Grid' }), grid), field(t({ zhCN: '是否超期', en: 'Overdue' }), overdue),
    field(t({ zhCN: '提交年度', en: 'Year submitted' }), year), field(t({ zhCN: '关键词', en: 'Words' }), text),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) }),
      h('button', { type: 'reset', text: t({ zhCN: '重置', en: 'Reset' }) })));
  const actions = h('div', { class: 'actions' });
  if (can(ctx, 'write')) {
    actions.append(h('button', { type: 'button', class: 'primary', id: 'ind-new', text: t({ zhCN: '登记诉求', en: 'Log a request' }),
      onClick: () => ctx.navigate('#/m/industrial/requests/new') }));
  }
  const filters = () => {
    const params = new URLSearchParams({ unit });
    for (const [key, input] of [['status', status], ['category', category], ['grid', grid], ['overdue', overdue], ['year', year], ['q', text]]) {
      if (input.value.trim()) params.set(key, input.value.trim());
    }
    return params;
  };
  for (const format of ['XLSX', 'CSV']) {
    actions.append(h('button', { type: 'button', text: t({ zhCN: `导出 ${format}`, en: `Export ${format}` }), onClick: async () => {
      const params = filters();
      params.set('format', format);
      try {
        await download(ctx, `${API}/requests/export?${params}`, `requests.${format.toLowerCase()}`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } }));
  }
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  container.append(h('p', { class: 'muted', text: t({ zhCN: `范围：${ctx.unit.name}`, en: `Scope: ${ctx.unit.name}` }) }), form, actions, results);
  const categoryName = new Map(categories.map((c) => [c.code, t(c.name)]));

  let page = 0;
  async function search() {
    const params = filters();
    params.set('page', page);
    params.set('size', PAGE_SIZE);
    results.replaceChildren(h('p', { class: 'muted', text: t({ zhCN: '加载中…', en: 'Loading…' }) }));
    let answer;
    try {
      answer = await ctx.api(`${API}/requests?${params}`);
    } catch (e) {
      results.replaceChildren();
      ctx.notify(e.message);
      return;
    }
    if (!answer.items.length) {
      results.replaceChildren(h('p', { class: 'muted', text: t({ zhCN: '没有符合条件的诉求。', en: 'No requests match.' }) }));
      return;
    }
    const rows = answer.items.map((r) => h('tr', { dataset: { status: r.status } },
      h('th', { scope: 'row' }, h('a', { href: `#/m/industrial/requests/${r.id}`, text: r.title })),
      h('td', { text: r.organizationName || `#${r.organizationId}` }),
      h('td', { text: categoryName.get(r.category) || r.category }),
      h('td', { text: label(ctx, STATUS, r.status) }),
      h('td', { text: dateTime(ctx, r.submittedAt) }),
      h('td', { text: dateTime(ctx, r.dueAt) }),
      h('td', { class: r.overdue ? 'overdue' : '', text: r.overdue ? t({ zhCN: '已超期', en: 'Overdue' }) : '' }),
      h('td', { text: r.rating == null ? '—' : `${r.rating}/5` })));
    const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    const status = t({ zhCN: `第 ${page + 1} / ${pages} 页，共 ${answer.total} 条`, en: `Page ${page + 1} of ${pages}, ${answer.total} in all` });
    results.replaceChildren(table(ctx, { zhCN: '企业诉求', en: 'Service requests' },
      [{ zhCN: '标题', en: 'Title' }, { zhCN: '企业', en: 'Enterprise' }, { zhCN: '类别', en: 'Category' },
        { zhCN: '状态', en: 'Status' }, { zhCN: '提交时间', en: 'Submitted' }, { zhCN: '办结时限', en: 'Due' },
        { zhCN: '超期', en: 'Overdue' }, { zhCN: '评分', en: 'Rating' }], rows, 'ind-request-table'),
    h('nav', { class: 'pager', 'aria-label': status },
      h('button', { type: 'button', disabled: page === 0, text: t({ zhCN: '上一页', en: 'Previous' }), onClick: () => { page -= 1; search(); } }),
      h('span', { class: 'pager-status', text: status }),
      h('button', { type: 'button', disabled: page + 1 >= pages, text: t({ zhCN: '下一页', en: 'Next' }), onClick: () => { page += 1; search(); } })));
  }
  form.addEventListener('submit', (event) => { event.preventDefault(); page = 0; search(); });
  form.addEventListener('reset', () => { page = 0; setTimeout(search); });
  await search();
}

async function renderDetail(container, ctx, id) {
  const t = ctx.t;
  let request;
  let history;
  let categories;
  try {
    [request, history, categories] = await Promise.all([ctx.api(`${API}/requests/${encodeURIComponent(id)}`),
      ctx.api(`${API}/requests/${encodeURIComponent(id)}/history`), ctx.api(`${API}/categories`)]);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/industrial/requests', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const category = categories.find((c) => c.code === request.category);
  const facts = [
    [{ zhCN: '企业', en: 'Enterprise' }, request.organizationName || `#${request.organizationId}`],
    [{ zhCN: '类别', en: 'Category' }, category ? `${t(category.name)}（${category.deadlineDays} ${t({ zhCN: '个工作日', en: 'working days' })}）` : request.category],
    [{ zhCN: '状态', en: 'Status' }, label(ctx, STATUS, request.status)],
    [{ zhCN: '提交', en: 'Submitted' }, `${dateTime(ctx, request.submittedAt)} · ${request.submittedBy}`],
    [{ zhCN: '办结时限', en: 'Due' }, dateTime(ctx, request.dueAt) + (request.overdue ? t({ zhCN: '（已超期）', en: ' (overdue)' }) : '')],
    [{ zhCN: '承办', en: 'Handled by' }, [request.assigneeDepartment, request.assigneeMemberId ? `#${request.assigneeMemberId}` : null].filter(Boolean).join(' · ') || '—'],
    [{ zhCN: '办理结果', en: 'Resolution' }, request.resolution || '—'],
    [{ zhCN: '按时办结', en: 'On time' }, request.onTime == null ? '—' : request.onTime ? t({ zhCN: '是', en: 'yes' }) : t({ zhCN: '否', en: 'no' })],
    [{ zhCN: '企业评价', en: 'Rating' }, request.rating == null ? '—' : `${request.rating}/5 ${request.ratingComment || ''}`],
    [{ zhCN: '督办', en: 'Escalated' }, request.escalatedAt ? dateTime(ctx, request.escalatedAt) : '—'],
    [{ zhCN: '诉求内容', en: 'Description' }, request.description || '—'],
  ];
  container.append(h('p', {}, h('a', { href: '#/m/industrial/requests', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })),
    h('h2', { id: 'ind-request-title', text: request.title }),
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
      text: label(ctx, ACTION, a), onClick: () => showStep(a) }))));
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
      handler = memberPicker(ctx, ctx.unit?.id, { id: 'ind-step-member', name: 'assigneeMemberId',
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
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: `确认${t(ACTION[action])}`, en: `Confirm: ${t(ACTION[action])}` }) })));
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

  container.append(h('h3', { text: t({ zhCN: '办理记录', en: 'History' }) }), table(ctx, { zhCN: '办理记录', en: 'History' },
    [{ zhCN: '时间', en: 'When' }, { zhCN: '操作', en: 'Step' }, { zhCN: '状态', en: 'Status' }, { zhCN: '操作人', en: 'By' }, { zhCN: '说明', en: 'Note' }],
    history.map((s) => h('tr', {}, h('td', { text: dateTime(ctx, s.at) }), h('th', { scope: 'row', text: label(ctx, ACTION, s.action) }),
      h('td', { text: label(ctx, STATUS, s.to) }), h('td', { text: s.actor }), h('td', { text: s.note || '' }))), 'ind-history'));
}

async function renderNew(container, ctx) {
  const t = ctx.t;
  const unit = unitOf(container, ctx);
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
    { id: 'ind-new-enterprise', required: true });
  const category = select(categories.map((c) => [c.code, `${t(c.name)}（${c.deadlineDays} ${t({ zhCN: '个工作日', en: 'working days' })}）`]), { id: 'ind-new-category' });
  const title = h('input', { id: 'ind-new-title', required: true, maxlength: '200' });
  const description = h('textarea', { id: 'ind-new-description', rows: '4', maxlength: '4000' });
  const contact = h('input', { id: 'ind-new-contact', maxlength: '100' });
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
    try {
      const created = await ctx.api(`${API}/requests`, { method: 'POST', body });
      ctx.notify(t({ zhCN: '诉求已提交。', en: 'Request submitted.' }), 'success');
      ctx.navigate(`#/m/industrial/requests/${created.id}`);
    } catch (e) {
      ctx.notify(e.message);
    }
  });
  container.append(form);
}
