// 入驻企业与党组织覆盖: the enterprises in the buildings of the scope (now, or those moved out), how the Party covers
// each (own organization, the building's joint branch, none), 应建未建 flagged; move in, change coverage, move out.
import { h, field, select, scopeOf, pagedTable, pageQuery, formDialog, unitPicker, dateOnly, ifMatch, download, rowErrorTable } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today } from './module.js';

export async function renderTenancies(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const shown = select([['current', t({ zhCN: '在驻企业', en: 'In the building now' })],
    ['shouldForm', t({ zhCN: '应建未建', en: 'Should form an organization' })],
    ['past', t({ zhCN: '已迁出', en: 'Moved out' })]], { id: 'bld-tenancy-filter' });
  const coverage = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.coverage)], { id: 'bld-tenancy-coverage' });
  shown.addEventListener('change', () => list.reload());
  coverage.addEventListener('change', () => list.reload());
  const toolbar = h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '范围', en: 'Show' }), shown),
    field(t({ zhCN: '覆盖方式', en: 'Coverage' }), coverage));
  if (can(ctx, 'manage')) {
    toolbar.append(h('button', { type: 'button', class: 'primary', id: 'bld-tenancy-new', text: t({ zhCN: '企业迁入', en: 'Enterprise moves in' }),
      onClick: () => moveIn(ctx, L, () => list.reload()) }));
  }
  const outcome = h('div', { class: 'import-outcome', 'aria-live': 'polite' });
  const sheets = sheetActions(ctx, unit, outcome, () => list.reload());
  const query = () => ({ unit, current: shown.value !== 'past', shouldForm: shown.value === 'shouldForm' ? true : undefined,
    coverage: coverage.value || undefined });
  const list = pagedTable(ctx, {
    id: 'bld-tenancy-table',
    caption: { zhCN: '入驻企业', en: 'Enterprises in buildings' },
    load: (paging) => ctx.api(`${API}/tenancies?${pageQuery(query(), paging)}`),
    rowAttrs: (r) => ({ dataset: { tenancy: r.id } }),
    emptyText: { zhCN: '没有符合条件的企业。', en: 'No enterprises match.' },
    columns: [
      { title: { zhCN: '企业', en: 'Enterprise' }, sort: 'enterpriseName', head: true, render: (r) => r.enterpriseName },
      { title: { zhCN: '楼宇', en: 'Building' }, render: (r) => r.buildingName },
      { title: { zhCN: '楼层/房间', en: 'Floor / room' }, render: (r) => `${r.floor ?? '—'} / ${r.room || '—'}` },
      { title: { zhCN: '覆盖方式', en: 'Coverage' }, sort: 'coverage', render: (r) => L.label(SETS.coverage, r.coverage) },
      { title: { zhCN: '覆盖党组织', en: 'Covering organization' }, render: (r) => r.coveringOrgName || '—' },
      { title: { zhCN: '党建指导员', en: 'Instructor' }, render: (r) => r.instructorName || '—' },
      { title: { zhCN: '正式党员', en: 'Full members' }, sort: 'fullMembers', class: 'num', render: (r) => String(r.fullMembers) },
      { title: { zhCN: '应建未建', en: 'Should form' }, render: (r) => r.shouldForm ? h('span', { class: 'kit-badge', text: t({ zhCN: '应建未建', en: 'Should form' }) }) : '—' },
      { title: { zhCN: '迁入', en: 'Moved in' }, sort: 'movedIn', render: (r) => dateOnly(ctx, r.movedIn) },
      { title: { zhCN: '迁出', en: 'Moved out' }, sort: 'movedOut', render: (r) => r.movedOut ? `${dateOnly(ctx, r.movedOut)} ${r.moveOutReason || ''}` : '—' },
      { title: { zhCN: '操作', en: 'Actions' }, render: (r) => r.current && can(ctx, 'manage') ? h('span', {},
        h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '调整覆盖', en: 'Change coverage' }),
          onClick: () => changeCoverage(ctx, L, r, () => list.reload(true)) }),
        h('button', { type: 'button', class: 'link-button', text: t({ zhCN: '迁出', en: 'Move out' }),
          onClick: () => moveOut(ctx, r, () => list.reload(true)) })) : '—' },
    ],
  });
  container.append(toolbar, sheets, outcome, list.element);
  await list.ready;
}

// the enterprises as a spreadsheet: download (current ones, or the empty template), and import move-ins — a sheet with
// any bad cell is refused whole, every refused cell listed
function sheetActions(ctx, unit, outcome, done) {
  const t = ctx.t;
  const actions = h('div', { class: 'actions', id: 'bld-tenancy-sheets' });
  for (const format of ['XLSX', 'CSV']) {
    actions.append(h('button', { type: 'button', text: t({ zhCN: `导出入驻企业（${format}）`, en: `Export enterprises (${format})` }),
      onClick: () => download(ctx, `${API}/tenancies/export?unit=${unit}&format=${format}`, `tenancies.${format.toLowerCase()}`)
        .catch((e) => ctx.notify(e.message)) }));
  }
  actions.append(h('button', { type: 'button', text: t({ zhCN: '下载导入模板', en: 'Download the template' }),
    onClick: () => download(ctx, `${API}/tenancies/export?unit=${unit}&format=XLSX&template=true`, 'tenancies-template.xlsx')
      .catch((e) => ctx.notify(e.message)) }));
  if (!can(ctx, 'manage')) return actions;
  const file = h('input', { type: 'file', id: 'bld-tenancy-file', accept: '.xlsx,.csv' });
  actions.append(field(t({ zhCN: '填好的入驻企业表', en: 'Filled-in sheet' }), file), h('button', { type: 'button', id: 'bld-tenancy-import',
    text: t({ zhCN: '导入入驻企业表', en: 'Import the sheet' }), onClick: async () => {
      const chosen = file.files[0];
      if (!chosen) return;
      const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
      outcome.replaceChildren();
      try {
        const result = await ctx.api(`${API}/tenancies/import?unit=${unit}&format=${format}`, { method: 'POST', body: chosen,
          headers: { 'Content-Type': 'application/octet-stream' } });
        ctx.notify(t({ zhCN: `已导入 ${result.rows} 行：迁入 ${result.created} 家，变更覆盖 ${result.coverageChanged} 家，迁出 ${result.movedOut} 家。`,
          en: `${result.rows} rows imported: ${result.created} moved in, ${result.coverageChanged} coverage changes, ${result.movedOut} moved out.` }), 'success');
        await done();
      } catch (e) {
        if (e.rowErrors && e.rowErrors.length) {
          outcome.replaceChildren(h('p', { class: 'form-error', text: t({ zhCN: '表格未导入，请按下表修改后重新导入：',
            en: 'The sheet was not imported; correct these rows and import it again:' }) }), rowErrorTable(ctx, e.rowErrors, 'bld-tenancy-errors'));
        } else {
          ctx.notify(e.message);
        }
      }
    } }));
  return actions;
}

function coverageFields(ctx, L, current) {
  const t = ctx.t;
  const coverage = select(L.options(SETS.coverage), { id: 'bld-tenancy-coverage-value', name: 'coverage' });
  if (current) coverage.value = current.coverage;
  const org = unitPicker(ctx, { id: 'bld-tenancy-org', name: 'coveringOrgId',
    caption: { zhCN: '覆盖党组织（不填：单建为企业自身，联建为本楼宇）', en: 'Covering organization (default: the enterprise itself, or the building)' } });
  const instructor = h('input', { id: 'bld-tenancy-instructor', name: 'instructorName', maxlength: '50', value: current?.instructorName || '' });
  const members = h('input', { id: 'bld-tenancy-members', name: 'fullMembers', type: 'number', min: '0', value: String(current?.fullMembers ?? 0) });
  return {
    fields: [field(t({ zhCN: '覆盖方式', en: 'Coverage' }), coverage), org.element,
      field(t({ zhCN: '党建指导员', en: 'Party-building instructor' }), instructor), field(t({ zhCN: '正式党员人数', en: 'Full members' }), members)],
    body: () => ({ coverage: coverage.value, coveringOrgId: org.value()[0] ?? null, instructorName: instructor.value || null,
      fullMembers: members.value === '' ? null : Number(members.value) }),
  };
}

async function moveIn(ctx, L, done) {
  const t = ctx.t;
  const building = unitPicker(ctx, { id: 'bld-tenancy-building', name: 'buildingId', unitType: 'BUILDING',
    caption: { zhCN: '楼宇（按名称查找）', en: 'Building (find by name)' } });
  const enterprise = unitPicker(ctx, { id: 'bld-tenancy-enterprise', name: 'enterpriseId', unitType: 'ENTERPRISE',
    caption: { zhCN: '企业（已登记的单位，可选）', en: 'Enterprise (a registered unit, optional)' } });
  const name = h('input', { id: 'bld-tenancy-name', name: 'enterpriseName', maxlength: '200' });
  const floor = h('input', { id: 'bld-tenancy-floor', name: 'floor', type: 'number', min: '-5', max: '200' });
  const room = h('input', { id: 'bld-tenancy-room', name: 'room', maxlength: '20' });
  const movedIn = h('input', { id: 'bld-tenancy-moved-in', name: 'movedIn', type: 'date', value: today() });
  const cover = coverageFields(ctx, L, null);
  const saved = await formDialog(ctx, {
    id: 'bld-tenancy-dialog',
    title: { zhCN: '企业迁入', en: 'Enterprise moves in' },
    submitText: { zhCN: '登记', en: 'Record' },
    fields: [building.element, enterprise.element, field(t({ zhCN: '企业名称（未选单位时填写）', en: 'Name (if no unit chosen)' }), name),
      field(t({ zhCN: '楼层', en: 'Floor' }), floor), field(t({ zhCN: '房间', en: 'Room' }), room), ...cover.fields,
      field(t({ zhCN: '迁入日期', en: 'Moved in on' }), movedIn)],
    submit: () => {
      const [enterpriseId] = enterprise.value();
      return ctx.api(`${API}/tenancies`, { method: 'POST', body: { buildingId: building.value()[0] ?? null,
        enterpriseId: enterpriseId ?? null, enterpriseName: enterpriseId ? null : (name.value || null),
        floor: floor.value ? Number(floor.value) : null, room: room.value || null, movedIn: movedIn.value || null, ...cover.body() } });
    },
  });
  if (saved) {
    ctx.notify(t({ zhCN: '已登记迁入。', en: 'Move-in recorded.' }), 'success');
    await done();
  }
}

async function changeCoverage(ctx, L, row, done) {
  const cover = coverageFields(ctx, L, row);
  const saved = await formDialog(ctx, {
    id: 'bld-coverage-dialog',
    title: { zhCN: `调整党组织覆盖：${row.enterpriseName}`, en: `Change coverage: ${row.enterpriseName}` },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: cover.fields,
    submit: () => ctx.api(`${API}/tenancies/${row.id}/coverage`, { method: 'POST', body: cover.body(),
      headers: ifMatch(row.version) }),
  });
  if (saved) await done();
}

async function moveOut(ctx, row, done) {
  const t = ctx.t;
  const on = h('input', { id: 'bld-move-out-date', name: 'movedOut', type: 'date', value: today() });
  const reason = h('input', { id: 'bld-move-out-reason', name: 'reason', maxlength: '500' });
  const saved = await formDialog(ctx, {
    id: 'bld-move-out-dialog',
    title: { zhCN: `企业迁出：${row.enterpriseName}`, en: `Move out: ${row.enterpriseName}` },
    submitText: { zhCN: '登记迁出', en: 'Record' },
    fields: [field(t({ zhCN: '迁出日期', en: 'Moved out on' }), on), field(t({ zhCN: '原因', en: 'Reason' }), reason)],
    submit: () => ctx.api(`${API}/tenancies/${row.id}/move-out`, { method: 'POST', body: { movedOut: on.value || null,
      reason: reason.value || null }, headers: ifMatch(row.version) }),
  });
  if (saved) await done();
}
