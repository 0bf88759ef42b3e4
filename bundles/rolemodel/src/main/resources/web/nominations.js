// 表彰推荐: the nominations the reader's level must decide (oldest first) and the nominations of the scope; one
// nomination with its deeds (事迹材料) and files, its review history and the steps it allows (同意、退回、报送、撤回).
import { h, field, select, scopeOf, table, pagedTable, pageQuery, dateTime, ifMatch, formDialog, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, texts } from './module.js';

export async function renderNominations(container, ctx) {
  if (ctx.params[0]) return renderNomination(container, ctx, ctx.params[0]);
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
  const columns = [
    { title: { zhCN: '姓名 / 名称', en: 'Nominee' }, sort: 'name', head: true, render: (n) => h('a', { href: `#/m/rolemodel/nominations/${n.id}`, text: n.name }) },
    { title: { zhCN: '评选表彰', en: 'Campaign' }, render: (n) => n.campaignName || '' },
    { title: { zhCN: '表彰类别', en: 'Category' }, sort: 'category', render: (n) => L.label(SETS.awardCategory, n.category) },
    { title: { zhCN: '所在单位', en: 'Unit' }, render: (n) => n.organizationName || '' },
  ];
  const inbox = pagedTable(ctx, {
    id: 'rm-nm-inbox',
    caption: { zhCN: '待本级审核的表彰推荐', en: 'Nominations this level must decide' },
    load: (paging) => ctx.api(`${API}/nominations?${pageQuery({ unit, pendingAt: true }, paging)}`),
    emptyText: { zhCN: '没有待审核的表彰推荐。', en: 'Nothing to decide.' },
    columns: [...columns, { title: { zhCN: '提交时间', en: 'Waiting since' }, sort: 'pendingSince', render: (n) => dateTime(ctx, n.pendingSince) }],
  });
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.nominationStatus)], { id: 'rm-nm-status' });
  const filters = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找表彰推荐', en: 'Find nominations' }) },
    field(t({ zhCN: '状态', en: 'Status' }), status),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const all = pagedTable(ctx, {
    id: 'rm-nm-table',
    caption: { zhCN: '本范围的表彰推荐', en: 'Nominations in scope' },
    load: (paging) => ctx.api(`${API}/nominations?${pageQuery({ unit, status: status.value }, paging)}`),
    rowAttrs: (n) => ({ dataset: { status: n.status, nomination: n.id } }),
    emptyText: { zhCN: '没有表彰推荐。', en: 'No nomination.' },
    columns: [...columns, { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (n) => L.label(SETS.nominationStatus, n.status)
      + (n.pendingUnitName ? t({ zhCN: `（待${n.pendingUnitName}审核）`, en: ` (at ${n.pendingUnitName})` }) : '') }],
  });
  filters.addEventListener('submit', (event) => { event.preventDefault(); all.reload(); });
  container.append(inbox.element, filters, all.element);
  await Promise.all([inbox.ready, all.ready]);
}

// which permission each step needs (the server checks again): the nominating unit submits and withdraws, levels decide
const NEEDS = { SUBMIT: 'write', WITHDRAW: 'write', APPROVE: 'recommend', RETURN: 'recommend' };

async function renderNomination(container, ctx, id) {
  const t = ctx.t;
  const base = `${API}/nominations/${encodeURIComponent(id)}`;
  let L;
  let n;
  let history;
  let files;
  try {
    L = await moduleLabels(ctx);
    n = await ctx.api(base);
    [history, files] = await Promise.all([ctx.api(`${base}/history`),
      ctx.api(`/api/core/attachments?module=rolemodel&ownerType=nomination&ownerId=${n.id}`)]);
  } catch (e) {
    container.append(h('p', {}, h('a', { href: '#/m/rolemodel/nominations', text: t({ zhCN: '← 返回列表', en: '← Back to the list' }) })));
    ctx.notify(e.message);
    return;
  }
  const again = () => { container.replaceChildren(); renderNomination(container, ctx, id); };
  const facts = h('dl', { class: 'facts', id: 'rm-nm-facts' },
    ...[[{ zhCN: '姓名 / 名称', en: 'Nominee' }, n.name], [{ zhCN: '评选表彰', en: 'Campaign' }, n.campaignName],
      [{ zhCN: '表彰类别', en: 'Category' }, L.label(SETS.awardCategory, n.category)], [{ zhCN: '所在单位', en: 'Unit' }, n.organizationName],
      [{ zhCN: '领域', en: 'Field' }, L.label(SETS.field, n.field)],
      [{ zhCN: '状态', en: 'Status' }, L.label(SETS.nominationStatus, n.status) + (n.pendingUnitName ? t({ zhCN: `（待${n.pendingUnitName}审核）`, en: ` (at ${n.pendingUnitName})` }) : '')],
      [{ zhCN: '事迹材料', en: 'Deeds' }, n.deeds]].flatMap(([k, v]) => [h('dt', { text: t(k) }), h('dd', { text: v || '' })]));
  const actions = h('div', { class: 'actions', id: 'rm-nm-actions' });
  n.allowedActions.filter((a) => can(ctx, NEEDS[a])).forEach((a) => actions.append(h('button', { type: 'button', dataset: { action: a },
    class: a === 'APPROVE' || a === 'SUBMIT' ? 'primary' : undefined, text: L.label(SETS.nominationAction, a), onClick: async () => {
      const opinion = h('textarea', { name: 'opinion', maxlength: '1000' });
      const caption = a === 'RETURN' ? { zhCN: '退回理由', en: 'Reason' } : { zhCN: '意见', en: 'Opinion' };
      if (await formDialog(ctx, { title: texts(L, SETS.nominationAction, a), fields: [field(t(caption), opinion)],
        submit: () => ctx.api(`${base}/${a.toLowerCase()}`, { method: 'POST', body: { opinion: opinion.value }, headers: ifMatch(n.version) }) })) again();
    } })));
  const upload = h('input', { type: 'file', id: 'rm-nm-file' });
  const fileList = h('ul', { id: 'rm-nm-files' }, files.map((f) => h('li', {}, `${f.fileName} (${Math.round(f.sizeBytes / 1024)} KB) `,
    h('button', { type: 'button', text: t({ zhCN: '下载', en: 'Download' }),
      onClick: () => download(ctx, `/api/core/attachments/${f.id}/content`, f.fileName).catch((e) => ctx.notify(e.message)) }))));
  container.append(h('p', {}, h('a', { href: `#/m/rolemodel/campaigns/${n.campaignId}`, text: t({ zhCN: '← 返回评选表彰', en: '← Back to the campaign' }) })),
    facts, actions, h('h3', { text: t({ zhCN: '事迹材料附件', en: 'Deeds files' }) }), fileList);
  if (can(ctx, 'write')) {
    container.append(h('div', { class: 'actions' }, field(t({ zhCN: '上传附件（PDF、Word、图片）', en: 'Add a file (PDF, Word, image)' }), upload),
      h('button', { type: 'button', id: 'rm-nm-upload', text: t({ zhCN: '上传', en: 'Upload' }), onClick: async () => {
        const file = upload.files[0];
        if (!file) return;
        try {
          await ctx.api(`/api/core/attachments?module=rolemodel&ownerType=nomination&ownerId=${n.id}&filename=${encodeURIComponent(file.name)}`,
            { method: 'POST', body: file, headers: { 'Content-Type': 'application/octet-stream' } });
          again();
        } catch (e) {
          ctx.notify(e.message);
        }
      } })));
  }
  container.append(table(ctx, { id: 'rm-nm-history', caption: { zhCN: '逐级审核记录', en: 'Review history' }, rows: history, columns: [
    { title: { zhCN: '操作', en: 'Step' }, head: true, render: (s) => L.label(SETS.nominationAction, s.action) },
    { title: { zhCN: '单位', en: 'Unit' }, render: (s) => s.unitName || '' },
    { title: { zhCN: '转至', en: 'Sent to' }, render: (s) => s.toUnitName || '—' },
    { title: { zhCN: '意见', en: 'Opinion' }, render: (s) => s.opinion || '' },
    { title: { zhCN: '经办人', en: 'By' }, render: (s) => `${s.actor} · ${dateTime(ctx, s.at)}` }] }));
}
