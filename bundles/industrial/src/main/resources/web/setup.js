// 网格与企业: the park's industrial community (details editable), its grids with grid workers (assigned from the
// park's Party members, removable), and each enterprise's
// Party-organization coverage (filterable, editable, and as a spreadsheet to download, fill in and upload).
import { h, field, select, scopeOf, table, pagedTable, pageQuery, empty, download, ifMatch, submitForm, confirmDialog,
  memberPicker, rowErrorTable } from '/assets/kit.js';
import { API, SETS, can, moduleLabels } from './module.js';

export async function renderSetup(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  let communities;
  let L;
  try {
    L = await moduleLabels(ctx);
    communities = await ctx.api(`${API}/communities?unit=${unit}`);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  if (!communities.length) {
    container.append(empty(ctx, { zhCN: '此范围内还没有工业社区。', en: 'No industrial community here yet.' },
      can(ctx, 'handle') ? { zhCN: '用下面的表单建立园区的工业社区。', en: 'Set up the park\'s community with the form below.' } : null));
    if (can(ctx, 'handle')) container.append(createCommunityForm(ctx, unit, () => rerender(container, ctx)));
    return;
  }
  const allGrids = [];
  for (const community of communities) {
    const section = h('section', { class: 'panel', 'aria-labelledby': `ind-community-${community.id}` },
      h('h2', { id: `ind-community-${community.id}`, text: community.name }),
      h('p', { class: 'muted', text: [community.parkName, community.serviceCenter].filter(Boolean).join(' · ') }),
      community.description ? h('p', { text: community.description }) : null);
    if (can(ctx, 'handle')) section.append(communityEditor(ctx, community, () => rerender(container, ctx)));
    container.append(section);
    let grids = [];
    try {
      grids = await ctx.api(`${API}/communities/${community.id}/grids`);
    } catch (e) {
      ctx.notify(e.message);
    }
    allGrids.push(...grids);
    section.append(table(ctx, { id: 'ind-grid-table', caption: { zhCN: '网格', en: 'Grids' }, rows: grids, columns: [
      { title: { zhCN: '网格', en: 'Grid' }, head: true, render: (g) => g.name },
      { title: { zhCN: '代码', en: 'Code' }, class: 'mono', render: (g) => g.code },
      { title: { zhCN: '登记企业', en: 'Enterprises' }, class: 'num', render: (g) => String(g.enterprises) },
      { title: { zhCN: '党组织覆盖', en: 'Covered' }, class: 'num',
        render: (g) => `${g.covered}${g.enterprises ? ` (${Math.round((100 * g.covered) / g.enterprises)}%)` : ''}` },
      { title: { zhCN: '网格员', en: 'Grid workers' }, class: 'num', render: (g) => String(g.workers) },
    ] }));
    if (can(ctx, 'handle')) section.append(gridForm(ctx, L, community, () => rerender(container, ctx)));
  }
  container.append(await workersSection(ctx, L, unit, allGrids), await enterprisesSection(ctx, L, unit));
}

function rerender(container, ctx) {
  container.replaceChildren();
  return renderSetup(container, ctx);
}

function createCommunityForm(ctx, unit, done) {
  const t = ctx.t;
  const name = h('input', { id: 'ind-community-name', name: 'name', required: true, placeholder: t({ zhCN: '如：智造谷工业社区', en: 'e.g. 智造谷工业社区' }) });
  const center = h('input', { id: 'ind-community-center', name: 'serviceCenter' });
  const form = h('form', { class: 'stacked-form' }, field(t({ zhCN: '社区名称', en: 'Community name' }), name),
    field(t({ zhCN: '党群服务中心', en: 'Service centre' }), center),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '建立工业社区', en: 'Set up the community' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/communities`, { method: 'POST',
      body: { parkId: unit, name: name.value, serviceCenter: center.value } }));
    if (created) await done();
  });
  return form;
}

/** 修改社区信息: name, description and service centre, saved with the version the reader saw. */
function communityEditor(ctx, community, done) {
  const t = ctx.t;
  const name = h('input', { id: `ind-community-name-${community.id}`, name: 'name', required: true, maxlength: '200', value: community.name });
  const center = h('input', { id: `ind-community-center-${community.id}`, name: 'serviceCenter', maxlength: '200', value: community.serviceCenter || '' });
  const description = h('textarea', { id: `ind-community-description-${community.id}`, name: 'description', rows: '3', maxlength: '2000' });
  description.value = community.description || '';
  const form = h('form', { class: 'stacked-form ind-community-form', 'aria-label': t({ zhCN: '修改社区信息', en: 'Edit the community' }) },
    field(t({ zhCN: '社区名称', en: 'Community name' }), name), field(t({ zhCN: '党群服务中心', en: 'Service centre' }), center),
    field(t({ zhCN: '简介', en: 'Description' }), description),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存社区信息', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const saved = await submitForm(ctx, form, () => ctx.api(`${API}/communities/${community.id}`, { method: 'PUT',
      headers: ifMatch(community.version),
      body: { name: name.value, serviceCenter: center.value, description: description.value } }), { onStale: done });
    if (saved) {
      ctx.notify(t({ zhCN: '社区信息已保存。', en: 'Community saved.' }), 'success');
      await done();
    }
  });
  return h('details', {}, h('summary', { text: t({ zhCN: '修改社区信息', en: 'Edit the community' }) }), form);
}

function gridForm(ctx, L, community, done) {
  const t = ctx.t;
  const code = h('input', { id: `ind-grid-code-${community.id}`, name: 'code', required: true });
  const name = h('input', { id: `ind-grid-name-${community.id}`, name: 'name', required: true });
  const party = select([['NONE', 'JOINT_BRANCH', 'BRANCH']].flat().map((code) => [code, L.label('core.PartyOrgType', code)]),
    { id: `ind-grid-party-${community.id}`, name: 'partyOrgType' });
  const form = h('form', { class: 'stacked-form', 'aria-label': t({ zhCN: '新增网格', en: 'Add a grid' }) },
    field(t({ zhCN: '网格代码', en: 'Grid code' }), code), field(t({ zhCN: '网格名称', en: 'Grid name' }), name),
    field(t({ zhCN: '网格党组织', en: 'Grid Party organization' }), party),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', text: t({ zhCN: '新增网格', en: 'Add grid' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/communities/${community.id}/grids`, { method: 'POST',
      body: { code: code.value, name: name.value, partyOrgType: party.value } }));
    if (created) {
      ctx.notify(t({ zhCN: '网格已建立。', en: 'Grid added.' }), 'success');
      await done();
    }
  });
  return h('details', {}, h('summary', { text: t({ zhCN: '新增网格', en: 'Add a grid' }) }), form);
}

async function workersSection(ctx, L, unit, grids) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'ind-workers' }, h('h2', { id: 'ind-workers', text: t({ zhCN: '网格员', en: 'Grid workers' }) }));
  const gridFilter = select([['', t({ zhCN: '全部网格', en: 'All grids' })], ...grids.map((g) => [String(g.id), g.name])], { id: 'ind-worker-grid-filter' });
  const filter = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '按网格查看', en: 'Show one grid' }) },
    field(t({ zhCN: '网格', en: 'Grid' }), gridFilter));
  const list = h('div', { 'aria-live': 'polite' });
  const admin = can(ctx, 'handle');

  async function load() {
    const params = new URLSearchParams({ unit });
    if (gridFilter.value) params.set('grid', gridFilter.value);
    let workers;
    try {
      workers = await ctx.api(`${API}/workers?${params}`);
    } catch (e) {
      ctx.notify(e.message);
      return;
    }
    if (!workers.length) {
      list.replaceChildren(empty(ctx, { zhCN: '还没有网格员。', en: 'No grid workers yet.' }));
      return;
    }
    const columns = [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (w) => w.memberName || '—' },
      { title: { zhCN: '网格', en: 'Grid' }, render: (w) => w.gridName || '' },
      { title: { zhCN: '职责', en: 'Role' }, render: (w) => L.label(SETS.role, w.role) },
      { title: { zhCN: '党员编号', en: 'Member no.' }, class: 'mono', render: (w) => String(w.memberId) },
    ];
    if (admin) {
      columns.push({ title: { zhCN: '操作', en: 'Actions' }, render: (w) => h('button', { type: 'button', class: 'ind-worker-remove',
        text: t({ zhCN: '移除', en: 'Remove' }), 'aria-label': t({ zhCN: `移除 ${w.memberName || ''}`, en: `Remove ${w.memberName || ''}` }),
        onClick: () => remove(w) }) });
    }
    list.replaceChildren(table(ctx, { id: 'ind-worker-table', caption: { zhCN: '网格员', en: 'Grid workers' }, columns, rows: workers,
      rowAttrs: (w) => ({ dataset: { worker: w.id, member: w.memberId } }) }));
  }

  async function remove(w) {
    const sure = await confirmDialog(ctx, { title: { zhCN: '移除网格员', en: 'Remove a grid worker' }, danger: true,
      message: { zhCN: `确定将 ${w.memberName || w.memberId} 移出 ${w.gridName || ''} 吗？`, en: `Remove ${w.memberName || w.memberId} from ${w.gridName || 'the grid'}?` },
      confirmText: { zhCN: '移除', en: 'Remove' } });
    if (!sure) return;
    try {
      await ctx.api(`${API}/workers/${w.id}`, { method: 'DELETE', headers: ifMatch(w.version) });
      ctx.notify(t({ zhCN: '已移除。', en: 'Removed.' }), 'success');
    } catch (e) {
      ctx.notify(e.status === 409 || e.status === 404
        ? t({ zhCN: '未能移除：此网格员刚被他人修改或移除，列表已刷新。', en: 'Not removed: someone else changed or removed this worker meanwhile; the list is fresh now.' })
        : e.message);
    }
    await load();
  }
  gridFilter.addEventListener('change', load);
  filter.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  section.append(filter, list);
  await load();
  if (!admin || !grids.length) return section;

  const grid = select(grids.map((g) => [String(g.id), g.name]), { id: 'ind-worker-grid', name: 'gridId' });
  const role = select(L.options(SETS.role).reverse(), { id: 'ind-worker-role', name: 'role' });
  const picker = memberPicker(ctx, { id: 'ind-worker-member', name: 'memberId', caption: t({ zhCN: '党员', en: 'Member' }), unit });
  const form = h('form', { class: 'stacked-form', id: 'ind-worker-form', 'aria-labelledby': 'ind-worker-form-title' },
    h('h3', { id: 'ind-worker-form-title', text: t({ zhCN: '安排网格员', en: 'Assign a grid worker' }) }),
    field(t({ zhCN: '网格', en: 'Grid' }), grid), picker.element, field(t({ zhCN: '职责', en: 'Role' }), role),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '安排到网格', en: 'Assign' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [memberId] = picker.value();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/workers`, { method: 'POST',
      body: { gridId: Number(grid.value), memberId: memberId ?? null, role: role.value } }));
    if (created) {
      ctx.notify(t({ zhCN: `${created.memberName} 已安排到 ${created.gridName}。`, en: `${created.memberName} now works in ${created.gridName}.` }), 'success');
      picker.set([]);
      gridFilter.value = String(created.gridId);
      await load();
    }
  });
  section.append(form);
  return section;
}

async function enterprisesSection(ctx, L, unit) {
  const t = ctx.t;
  const section = h('section', { class: 'panel', 'aria-labelledby': 'ind-enterprises' },
    h('h2', { id: 'ind-enterprises', text: t({ zhCN: '企业党组织覆盖', en: 'Party-organization coverage of enterprises' }) }));
  const coverage = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.coverage)], { id: 'ind-coverage' });
  const outcome = h('div', { class: 'import-outcome', 'aria-live': 'polite' });
  const filter = h('form', { class: 'filter-form', role: 'search' }, field(t({ zhCN: '覆盖方式', en: 'Coverage' }), coverage),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  const actions = h('div', { class: 'actions' });
  for (const format of ['XLSX', 'CSV']) {
    actions.append(h('button', { type: 'button', text: t({ zhCN: `下载企业表（${format}）`, en: `Download sheet (${format})` }),
      onClick: () => download(ctx, `${API}/enterprises/export?unit=${unit}&format=${format}`, `enterprises.${format.toLowerCase()}`)
        .catch((e) => ctx.notify(e.message)) }));
  }
  if (can(ctx, 'handle')) {
    const file = h('input', { type: 'file', id: 'ind-coverage-file', accept: '.xlsx,.csv' });
    const upload = h('button', { type: 'button', text: t({ zhCN: '导入覆盖情况', en: 'Import coverage' }), onClick: async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
      outcome.replaceChildren();
      try {
        // a refused sheet throws an ApiError whose message lists the rows, columns and reasons (the console's)
        const result = await ctx.api(`${API}/enterprises/import?unit=${unit}&format=${format}`, { method: 'POST', body: chosen,
          headers: { 'Content-Type': 'application/octet-stream' } });
        ctx.notify(t({ zhCN: `已导入 ${result.rows} 行（新增 ${result.created}，更新 ${result.updated}）`,
          en: `${result.rows} rows imported (${result.created} new, ${result.updated} updated)` }), 'success');
        results.reload(true);
      } catch (e) {
        // a refused sheet: every refused cell as a table (row, column, reason); nothing was imported
        if (e.rowErrors && e.rowErrors.length) {
          outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: '企业表未导入，请按下表修改后重新导入：', en: 'The sheet was not imported; correct these rows and import it again:' }) }),
            rowErrorTable(ctx, e.rowErrors, 'ind-coverage-errors'));
        } else {
          ctx.notify(e.message);
        }
      }
    } });
    actions.append(field(t({ zhCN: '填好的企业表', en: 'Filled-in sheet' }), file), upload);
  }
  section.append(h('p', { class: 'muted', text: t({ zhCN: '下载企业表，填写“党组织覆盖”（单独组建、联合组建、未覆盖）和覆盖党组织代码后导入；有错误时整表不导入，并列出行号和原因。',
    en: 'Download the sheet, fill in the coverage (单独组建, 联合组建, 未覆盖) and the covering organization code, and import it; a sheet with errors is refused whole, with each row and reason.' }) }),
  actions, outcome, filter);

  const results = pagedTable(ctx, {
    id: 'ind-enterprise-table',
    caption: { zhCN: '企业', en: 'Enterprises' },
    size: 50,
    load: (paging) => ctx.api(`${API}/enterprises?${pageQuery({ unit, coverage: coverage.value }, paging)}`),
    rowAttrs: (e) => ({ dataset: { coverage: e.coverage } }),
    emptyText: { zhCN: '没有符合条件的企业。', en: 'No enterprises match.' },
    columns: [
      { title: { zhCN: '企业', en: 'Enterprise' }, head: true, render: (e) => e.name },
      { title: { zhCN: '网格', en: 'Grid' }, render: (e) => e.gridName || '' },
      { title: { zhCN: '党组织覆盖', en: 'Coverage' }, render: (e) => h('span', {
        class: e.coverage === 'NONE' ? 'kit-badge kit-badge-warn' : 'kit-badge kit-badge-ok', text: L.label(SETS.coverage, e.coverage) }) },
      { title: { zhCN: '覆盖党组织', en: 'Covered by' }, render: (e) => e.coveringOrganizationName || '—' },
      { title: { zhCN: '联系人', en: 'Contact' }, render: (e) => e.contactName || '' },
      { title: { zhCN: '电话', en: 'Phone' }, class: 'mono', render: (e) => e.contactPhone || '' },
    ],
  });
  section.append(results.element);
  filter.addEventListener('submit', (event) => { event.preventDefault(); results.reload(); });
  coverage.addEventListener('change', () => results.reload());
  await results.ready;
  return section;
}
