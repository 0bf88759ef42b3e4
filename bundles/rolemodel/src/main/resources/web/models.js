// 榜样典型: the models of the scope (stage, tier, recommendation), registering one (发现), and one model with its
// lifecycle steps, tracking, publicity, learning and the level-by-level recommendation with its history.
import { h, field, select, scopeOf, table, pagedTable, pageQuery, dateTime, ifMatch, submitForm, formDialog,
  memberPicker, unitPicker, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, texts, today, importPanel } from './module.js';

export async function renderModels(container, ctx) {
  if (ctx.params[0]) return renderModel(container, ctx, ctx.params[0]);
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
  const all = t({ zhCN: '全部', en: 'All' });
  const year = h('input', { type: 'number', id: 'rm-year', name: 'year', min: '2000', max: '2100', value: String(new Date().getFullYear()) });
  const stage = select([['', all], ...L.options(SETS.stage)], { id: 'rm-stage' });
  const tier = select([['', all], ...L.options(SETS.tier)], { id: 'rm-tier' });
  const q = h('input', { type: 'search', id: 'rm-q', name: 'q' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找典型', en: 'Find role models' }) },
    field(t({ zhCN: '年度', en: 'Year' }), year), field(t({ zhCN: '阶段', en: 'Stage' }), stage),
    field(t({ zhCN: '层级', en: 'Tier' }), tier), field(t({ zhCN: '名称', en: 'Name' }), q),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const list = pagedTable(ctx, {
    id: 'rm-model-table',
    caption: { zhCN: '榜样典型', en: 'Role models' },
    load: (paging) => ctx.api(`${API}/models?${pageQuery({ unit, year: year.value, stage: stage.value, tier: tier.value, q: q.value }, paging)}`),
    rowAttrs: (m) => ({ dataset: { stage: m.stage, model: m.id } }),
    emptyText: { zhCN: '还没有登记的榜样典型。', en: 'No role model registered yet.' },
    columns: [
      { title: { zhCN: '名称', en: 'Name' }, sort: 'name', head: true, render: (m) => h('a', { href: `#/m/rolemodel/models/${m.id}`, text: m.name }) },
      { title: { zhCN: '类别', en: 'Kind' }, render: (m) => L.label(SETS.subject, m.subjectKind) },
      { title: { zhCN: '所在单位', en: 'Unit' }, render: (m) => m.organizationName || '' },
      { title: { zhCN: '领域', en: 'Field' }, render: (m) => L.label(SETS.field, m.field) },
      { title: { zhCN: '阶段', en: 'Stage' }, sort: 'stage', render: (m) => L.label(SETS.stage, m.stage) },
      { title: { zhCN: '层级', en: 'Tier' }, sort: 'tier', render: (m) => (m.tier ? L.label(SETS.tier, m.tier) : '—') },
      { title: { zhCN: '推荐', en: 'Recommendation' }, render: (m) => L.label(SETS.recommendation, m.recommendation)
        + (m.pendingUnitName ? t({ zhCN: `（待${m.pendingUnitName}审核）`, en: ` (at ${m.pendingUnitName})` }) : '') },
    ],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  const exportButton = h('button', { type: 'button', id: 'rm-export', text: t({ zhCN: '导出名单（XLSX）', en: 'Export the list (XLSX)' }),
    onClick: async () => {
      try {
        await download(ctx, `${API}/models/export?${pageQuery({ unit, year: year.value, format: 'XLSX' })}`, `rolemodels-${year.value}.xlsx`);
      } catch (e) {
        ctx.notify(e.message);
      }
    } });
  container.append(filters, h('div', { class: 'actions' }, exportButton));
  if (can(ctx, 'write')) {
    container.append(createForm(ctx, L, () => list.reload()), importPanel(ctx, { id: 'rm-import', path: 'models/import', unit,
      columns: ['类别', '单位代码', '党员编号', '名称', '领域', '年度', '发现日期', '主要事迹'],
      title: { zhCN: '从名单表格导入典型', en: 'Import role models from a sheet' }, done: () => list.reload() }));
  }
  container.append(list.element);
  await list.ready;
}

function createForm(ctx, L, done) {
  const t = ctx.t;
  const kind = select(L.options(SETS.subject), { id: 'rm-new-kind', name: 'subjectKind' });
  const member = memberPicker(ctx, { id: 'rm-new-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }) });
  const org = unitPicker(ctx, { id: 'rm-new-org', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const fieldSel = select(L.options(SETS.field), { id: 'rm-new-field', name: 'field' });
  const year = h('input', { type: 'number', id: 'rm-new-year', name: 'year', value: String(new Date().getFullYear()) });
  const on = h('input', { type: 'date', id: 'rm-new-on', name: 'discoveredOn', value: today() });
  const deeds = h('textarea', { id: 'rm-new-deeds', name: 'deeds', maxlength: '2000', rows: '3' });
  const form = h('form', { class: 'stacked-form panel', id: 'rm-new-form', 'aria-labelledby': 'rm-new-title' },
    h('h2', { id: 'rm-new-title', text: t({ zhCN: '登记典型（发现）', en: 'Register a role model (discovered)' }) }),
    field(t({ zhCN: '类别', en: 'Kind' }), kind), member.element, org.element, field(t({ zhCN: '领域', en: 'Field' }), fieldSel),
    field(t({ zhCN: '年度', en: 'Year' }), year), field(t({ zhCN: '发现日期', en: 'Discovered on' }), on),
    field(t({ zhCN: '主要事迹', en: 'Deeds' }), deeds),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '登记', en: 'Register' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const m = member.value();
    const o = org.value();
    const result = await submitForm(ctx, form, () => ctx.api(`${API}/models`, { method: 'POST', body: {
      subjectKind: kind.value, memberId: m.length ? Number(m[0]) : null, organizationId: o.length ? Number(o[0]) : null,
      field: fieldSel.value, year: year.value ? Number(year.value) : null, discoveredOn: on.value || null, deeds: deeds.value } }));
    if (result) {
      ctx.notify(t({ zhCN: '已登记。', en: 'Registered.' }), 'success');
      done();
    }
  });
  return form;
}

async function renderModel(container, ctx, id) {
  const t = ctx.t;
  let m;
  let L;
  let parts;
  const base = `${API}/models/${encodeURIComponent(id)}`;
  try {
    L = await moduleLabels(ctx);
    m = await ctx.api(base);
    parts = await Promise.all(['steps', 'tracking', 'publicity', 'learning', 'recommendations'].map((p) => ctx.api(`${base}/${p}`)));
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/rolemodel/models', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const [steps, tracking, publicity, learning, history] = parts;
  const again = () => { container.replaceChildren(); renderModel(container, ctx, id); };
  const facts = h('dl', { class: 'facts', id: 'rm-model-facts' },
    ...[[{ zhCN: '名称', en: 'Name' }, m.name], [{ zhCN: '所在单位', en: 'Unit' }, m.organizationName],
      [{ zhCN: '领域', en: 'Field' }, L.label(SETS.field, m.field)], [{ zhCN: '阶段', en: 'Stage' }, L.label(SETS.stage, m.stage)],
      [{ zhCN: '层级', en: 'Tier' }, m.tier ? L.label(SETS.tier, m.tier) : '—'],
      [{ zhCN: '推荐', en: 'Recommendation' }, L.label(SETS.recommendation, m.recommendation) + (m.pendingUnitName ? ` · ${m.pendingUnitName}` : '')],
      [{ zhCN: '主要事迹', en: 'Deeds' }, m.deeds || '']].flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v || '' })]));
  const actions = h('div', { class: 'actions', id: 'rm-model-actions' });
  const post = (path, body) => ctx.api(`${base}/${path}`, { method: 'POST', body, headers: ifMatch(m.version) });
  if (can(ctx, 'write')) {
    m.allowedSteps.forEach((a) => actions.append(h('button', { type: 'button', class: 'primary', dataset: { step: a },
      text: L.label(SETS.action, a), onClick: async () => {
        const on = h('input', { type: 'date', name: 'on', value: today() });
        const note = h('textarea', { name: 'note', maxlength: '1000' });
        if (await formDialog(ctx, { title: texts(L, SETS.action, a), fields: [field(t({ zhCN: '日期', en: 'Date' }), on),
          field(t({ zhCN: '说明', en: 'Note' }), note)], submit: () => post('steps', { action: a, on: on.value || null, note: note.value }) })) again();
      } })));
    if (m.stage !== 'DISCOVERED') {
      actions.append(button(ctx, { zhCN: '登记跟踪培养', en: 'Record tracking' }, 'rm-track', async () => {
        const on = h('input', { type: 'date', name: 'contactedOn', value: today() });
        const who = memberPicker(ctx, { id: 'rm-track-who', name: 'responsibleMemberId', caption: t({ zhCN: '责任人', en: 'Responsible' }) });
        const note = h('textarea', { name: 'note', maxlength: '2000' });
        const next = h('input', { type: 'date', name: 'nextContactOn' });
        if (await formDialog(ctx, { title: { zhCN: '跟踪培养', en: 'Cultivation tracking' }, fields: [field(t({ zhCN: '联系日期', en: 'Contacted on' }), on),
          who.element, field(t({ zhCN: '情况', en: 'Notes' }), note), field(t({ zhCN: '下次联系日期', en: 'Next contact' }), next)],
        submit: () => ctx.api(`${base}/tracking`, { method: 'POST', body: { contactedOn: on.value || null,
          responsibleMemberId: who.value().length ? Number(who.value()[0]) : null, note: note.value, nextContactOn: next.value || null } }) })) again();
      }));
      actions.append(button(ctx, { zhCN: '登记宣传报道', en: 'Record publicity' }, 'rm-publicity', async () => {
        const title = h('input', { name: 'title', maxlength: '200' });
        const channel = select(L.options(SETS.channel), { name: 'channel' });
        const on = h('input', { type: 'date', name: 'publishedOn', value: today() });
        const link = h('input', { type: 'url', name: 'link', maxlength: '500' });
        if (await formDialog(ctx, { title: { zhCN: '宣传报道', en: 'Publicity' }, fields: [field(t({ zhCN: '标题', en: 'Title' }), title),
          field(t({ zhCN: '渠道', en: 'Channel' }), channel), field(t({ zhCN: '日期', en: 'Date' }), on), field(t({ zhCN: '链接', en: 'Link' }), link)],
        submit: () => ctx.api(`${base}/publicity`, { method: 'POST', body: { title: title.value, channel: channel.value,
          publishedOn: on.value || null, link: link.value || null } }) })) again();
      }));
    }
    if (m.stage === 'PUBLICIZED' || m.stage === 'LEARNING') {
      actions.append(button(ctx, { zhCN: '登记组织学做', en: 'Record learning' }, 'rm-learning', async () => {
        const title = h('input', { name: 'title', maxlength: '200' });
        const on = h('input', { type: 'date', name: 'heldOn', value: today() });
        const count = h('input', { type: 'number', name: 'attendees', min: '1' });
        if (await formDialog(ctx, { title: { zhCN: '组织学做', en: 'Learning activity' }, fields: [field(t({ zhCN: '活动名称', en: 'Title' }), title),
          field(t({ zhCN: '日期', en: 'Date' }), on), field(t({ zhCN: '参加人数', en: 'Attendees' }), count)],
        submit: () => ctx.api(`${base}/learning`, { method: 'POST', body: { title: title.value, heldOn: on.value || null,
          attendees: count.value ? Number(count.value) : null } }) })) again();
      }));
    }
  }
  if (can(ctx, 'recommend')) {
    const decide = (decision, path, reasonRequired) => button(ctx, texts(L, SETS.decision, decision), `rm-${path}`, async () => {
      const opinion = h('textarea', { name: 'opinion', maxlength: '1000', required: reasonRequired });
      if (await formDialog(ctx, { title: texts(L, SETS.decision, decision),
        fields: [field(t(reasonRequired ? { zhCN: '退回理由', en: 'Reason' } : { zhCN: '意见', en: 'Opinion' }), opinion)],
        submit: () => post(path, { opinion: opinion.value }) })) again();
    });
    if (m.recommendation === 'NONE' || m.recommendation === 'RETURNED') actions.append(decide('SUBMIT', 'recommend', false));
    if (m.recommendation === 'PENDING') actions.append(decide('APPROVE', 'approve', false), decide('RETURN', 'return', true));
  }
  container.append(h('p', {}, h('a', { href: '#/m/rolemodel/models', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })),
    facts, actions,
    table(ctx, { id: 'rm-steps', caption: { zhCN: '培树过程', en: 'Lifecycle' }, rows: steps, columns: [
      { title: { zhCN: '步骤', en: 'Step' }, head: true, render: (s) => L.label(SETS.action, s.action) },
      { title: { zhCN: '日期', en: 'Date' }, render: (s) => s.on },
      { title: { zhCN: '经办人', en: 'By' }, render: (s) => `${s.actor} · ${dateTime(ctx, s.at)}` },
      { title: { zhCN: '说明', en: 'Note' }, render: (s) => s.note || '' }] }),
    table(ctx, { id: 'rm-recommendations', caption: { zhCN: '逐级推荐', en: 'Recommendation' }, rows: history, columns: [
      { title: { zhCN: '操作', en: 'Decision' }, head: true, render: (s) => L.label(SETS.decision, s.decision) },
      { title: { zhCN: '单位', en: 'Unit' }, render: (s) => s.unitName || '' },
      { title: { zhCN: '转至', en: 'Sent to' }, render: (s) => s.toUnitName || '—' },
      { title: { zhCN: '意见', en: 'Opinion' }, render: (s) => s.opinion || '' },
      { title: { zhCN: '经办人', en: 'By' }, render: (s) => `${s.actor} · ${dateTime(ctx, s.at)}` }] }),
    table(ctx, { id: 'rm-tracking', caption: { zhCN: '跟踪培养', en: 'Cultivation tracking' }, rows: tracking, columns: [
      { title: { zhCN: '联系日期', en: 'Contacted' }, head: true, render: (r) => r.contactedOn },
      { title: { zhCN: '责任人', en: 'Responsible' }, render: (r) => r.responsibleName },
      { title: { zhCN: '情况', en: 'Notes' }, render: (r) => r.note },
      { title: { zhCN: '下次联系', en: 'Next contact' }, render: (r) => r.nextContactOn || '—' }] }),
    table(ctx, { id: 'rm-publicity', caption: { zhCN: '宣传报道', en: 'Publicity' }, rows: publicity, columns: [
      { title: { zhCN: '标题', en: 'Title' }, head: true, render: (p) => (p.link ? h('a', { href: p.link, rel: 'noopener', target: '_blank', text: p.title }) : p.title) },
      { title: { zhCN: '渠道', en: 'Channel' }, render: (p) => L.label(SETS.channel, p.channel) },
      { title: { zhCN: '日期', en: 'Date' }, render: (p) => p.publishedOn }] }),
    table(ctx, { id: 'rm-learning', caption: { zhCN: '组织学做', en: 'Learning' }, rows: learning, columns: [
      { title: { zhCN: '活动', en: 'Activity' }, head: true, render: (l) => l.title },
      { title: { zhCN: '单位', en: 'Unit' }, render: (l) => l.organizationName || '' },
      { title: { zhCN: '日期', en: 'Date' }, render: (l) => l.heldOn },
      { title: { zhCN: '参加人数', en: 'Attendees' }, class: 'num', render: (l) => String(l.attendees) }] }));
}

function button(ctx, text, id, onClick) {
  return h('button', { type: 'button', id, text: ctx.t(text), onClick });
}
