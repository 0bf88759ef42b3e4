// 集中培训: the sessions of the scope (server-paged, by year and status), each with the steps it allows now —
// record as held with the roster's attendance, correct the attendance, archive, cancel with a reason — and the
// form that plans a session of a "新+" program for target organizations.
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, confirmDialog, submitForm,
  unitPicker } from '/assets/kit.js';
import { API, SETS, can, ifMatchOf, labelsOrNotify } from './module.js';
import { traineesDialog } from './trainees.js';

export async function renderSessions(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await labelsOrNotify(ctx);
  if (!L) return;
  const status = select([['', t({ zhCN: '全部', en: 'All' })], ...L.options(SETS.session)], { id: 'edu-session-status' });
  const year = await yearPicker(ctx, { id: 'edu-session-year', allYears: true, onChange: () => list.reload() });
  const filters = () => ({ unit, status: status.value, year: year.select.value });
  const list = pagedTable(ctx, {
    id: 'edu-session-table',
    caption: { zhCN: '集中培训', en: 'Training sessions' },
    sort: '-startsAt',
    load: (paging) => ctx.api(`${API}/sessions?${pageQuery(filters(), paging)}`),
    rowAttrs: (s) => ({ dataset: { session: s.id, status: s.status } }),
    emptyText: { zhCN: '没有符合条件的培训。', en: 'No sessions match.' },
    columns: [
      { title: { zhCN: '开始', en: 'Starts' }, sort: 'startsAt', render: (s) => s.startsAt.replace('T', ' ').slice(0, 16) },
      { title: { zhCN: '培训', en: 'Session' }, sort: 'title', head: true, class: 'wrap', render: (s) => s.title },
      { title: { zhCN: '项目', en: 'Program' }, render: (s) => s.programName || '—' },
      { title: { zhCN: '地点', en: 'Where' }, class: 'wrap', render: (s) => s.siteName || s.routeName || '—' },
      { title: { zhCN: '参训组织', en: 'For' }, class: 'wrap', render: (s) => s.targetUnitNames.join('、') },
      { title: { zhCN: '学时', en: 'Hours' }, class: 'num', render: (s) => String(s.creditedHours) },
      { title: { zhCN: '签到码', en: 'Check-in code' }, class: 'mono', render: (s) => (s.status === 'PLANNED' ? s.checkInCode || '' : '') },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (s) => L.label(SETS.session, s.status) },
      { title: { zhCN: '出勤', en: 'Attendance' }, class: 'num',
        render: (s) => (s.attendanceRate == null ? '—' : `${s.presentCount}/${s.rosterSize}（${s.attendanceRate}%）`) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (s) => actions(ctx, L, s, () => list.reload(true)) },
    ],
  });
  const form = h('form', { class: 'filter-form', role: 'search', 'aria-label': t({ zhCN: '查找培训', en: 'Find sessions' }) },
    year.element, field(t({ zhCN: '状态', en: 'Status' }), status),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '查询', en: 'Search' }) })));
  form.addEventListener('submit', (event) => { event.preventDefault(); list.reload(); });
  container.append(form, list.element);
  await list.ready;
  if (can(ctx, 'session')) container.append(await planForm(ctx, unit, () => list.reload()));
}

function actions(ctx, L, session, reload) {
  if (!can(ctx, 'session')) return '';
  const t = ctx.t;
  // 发展对象 attend beside the members: their hours prove the training step of membership's pipeline
  const trainees = session.status === 'CANCELLED' ? null : h('button', { type: 'button', class: 'link-button',
    dataset: { action: 'trainees' }, text: t({ zhCN: '发展对象学员', en: 'Candidates' }), onClick: async () => {
      const added = await traineesDialog(ctx, session);
      if (added && added.fileId) ctx.notify(t({ zhCN: `已添加学员 ${added.name}。`, en: `${added.name} added.` }), 'success');
    } });
  return h('span', { class: 'actions' }, trainees, ...session.allowedActions.map((action) => h('button', { type: 'button',
    class: 'link-button', dataset: { action: action.toLowerCase() }, text: L.label(SETS.sessionAction, action),
    onClick: async () => {
      let done;
      if (action === 'HOLD' || action === 'CORRECT') {
        done = await attendance(ctx, L, session, action);
      } else if (action === 'CANCEL') {
        const reason = h('textarea', { id: 'edu-cancel-reason', name: 'reason', required: true, maxlength: '1000' });
        done = await formDialog(ctx, { id: 'edu-cancel-dialog', title: { zhCN: `取消培训：${session.title}`, en: `Cancel: ${session.title}` },
          submitText: { zhCN: '取消培训', en: 'Cancel session' }, fields: [field(t({ zhCN: '取消原因', en: 'Reason' }), reason)],
          submit: () => ctx.api(`${API}/sessions/${session.id}/cancel`, { method: 'POST', body: { reason: reason.value }, headers: ifMatchOf(session) }) });
      } else if (await confirmDialog(ctx, { id: 'edu-archive-confirm', title: { zhCN: `归档：${session.title}`, en: `Archive: ${session.title}` },
        message: { zhCN: '归档后考勤不能再更正。', en: 'Once archived, the attendance can no longer be corrected.' },
        confirmText: { zhCN: '归档', en: 'Archive' } })) {
        try {
          done = await ctx.api(`${API}/sessions/${session.id}/archive`, { method: 'POST', body: {}, headers: ifMatchOf(session) });
        } catch (e) {
          ctx.notify(e.message);
        }
      }
      if (done) {
        ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
        await reload();
      }
    } })));
}

/** The roster with a present / excused / absent choice per member; everyone starts present when first recorded. */
async function attendance(ctx, L, session, action) {
  const t = ctx.t;
  let roster;
  try {
    roster = await ctx.api(`${API}/sessions/${session.id}/roster`);
  } catch (e) {
    ctx.notify(e.message);
    return null;
  }
  const choices = roster.map((m) => select(L.options(SETS.attendance), { id: `edu-att-${m.memberId}`,
    'aria-label': m.memberName, dataset: { member: m.memberId } }));
  // first recording: the members who checked in with the code are present, everyone else too when nobody did
  const anyCheckedIn = roster.some((m) => m.checkedIn);
  roster.forEach((m, i) => { choices[i].value = m.status || (!anyCheckedIn || m.checkedIn ? 'PRESENT' : 'ABSENT'); });
  const rows = h('table', { class: 'data-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t({ zhCN: '党员', en: 'Member' }) }),
      h('th', { scope: 'col', text: t({ zhCN: '所在组织', en: 'Unit' }) }), h('th', { scope: 'col', text: t({ zhCN: '考勤', en: 'Attendance' }) }))),
    h('tbody', {}, ...roster.map((m, i) => h('tr', {}, h('th', { scope: 'row', text: m.memberName }), h('td', { text: m.unitName || '' }),
      h('td', {}, choices[i])))));
  const present = h('input', { type: 'hidden', name: 'present' });
  const path = action === 'HOLD' ? 'hold' : 'attendance';
  return formDialog(ctx, { id: 'edu-attendance-dialog',
    title: { zhCN: `考勤：${session.title}（${roster.length} 人）`, en: `Attendance: ${session.title} (${roster.length})` },
    submitText: { zhCN: '保存考勤', en: 'Save attendance' }, fields: [h('div', { class: 'table-scroll' }, rows), present],
    submit: () => {
      const pick = (code) => roster.filter((m, i) => choices[i].value === code).map((m) => m.memberId);
      return ctx.api(`${API}/sessions/${session.id}/${path}`, { method: action === 'HOLD' ? 'POST' : 'PUT',
        body: { present: pick('PRESENT'), excused: pick('EXCUSED') }, headers: ifMatchOf(session) });
    } });
}

async function planForm(ctx, unit, reload) {
  const t = ctx.t;
  const [programs, sites, routes] = await Promise.all([ctx.api(`${API}/programs?unit=${unit}&size=200`),
    ctx.api(`${API}/sites?unit=${unit}&status=APPROVED&size=500`), ctx.api(`${API}/routes?unit=${unit}&status=PUBLISHED&size=100`)]);
  const none = t({ zhCN: '（无）', en: '(none)' });
  const program = select([['', none], ...programs.items.map((p) => [String(p.id), `${p.name}（${p.year}）`])], { id: 'edu-plan-program', name: 'programId' });
  const title = h('input', { id: 'edu-plan-title', name: 'title', required: true, maxlength: '200' });
  const startsAt = h('input', { id: 'edu-plan-start', name: 'startsAt', type: 'datetime-local', required: true });
  const endsAt = h('input', { id: 'edu-plan-end', name: 'endsAt', type: 'datetime-local', required: true });
  const site = select([['', none], ...sites.items.map((s) => [String(s.id), s.name])], { id: 'edu-plan-site', name: 'siteId' });
  const route = select([['', none], ...routes.items.map((r) => [String(r.id), `${r.name} · ${r.theme}`])], { id: 'edu-plan-route', name: 'routeId' });
  const capacity = h('input', { id: 'edu-plan-capacity', name: 'capacity', type: 'number', min: '1', value: '50' });
  const hours = h('input', { id: 'edu-plan-hours', name: 'creditedHours', type: 'number', min: '0.5', step: '0.5', value: '3' });
  const targets = unitPicker(ctx, { id: 'edu-plan-targets', name: 'targetUnitIds', multiple: true,
    caption: t({ zhCN: '参训组织（可多选，其党员即培训名单）', en: 'Target organizations (their members form the roster)' }) });
  const form = h('form', { class: 'stacked-form panel', id: 'edu-plan-form', 'aria-labelledby': 'edu-plan-title-h' },
    h('h2', { id: 'edu-plan-title-h', text: t({ zhCN: `安排集中培训（${ctx.unit.name}）`, en: `Plan a session (${ctx.unit.name})` }) }),
    field(t({ zhCN: '所属项目', en: 'Program' }), program), field(t({ zhCN: '培训名称', en: 'Title' }), title),
    field(t({ zhCN: '开始时间', en: 'Starts' }), startsAt), field(t({ zhCN: '结束时间', en: 'Ends' }), endsAt),
    field(t({ zhCN: '实践教学点', en: 'Site' }), site), field(t({ zhCN: '或精品路线', en: 'Or route' }), route),
    field(t({ zhCN: '容量（人）', en: 'Capacity' }), capacity), field(t({ zhCN: '认定学时', en: 'Hours credited' }), hours),
    targets.element,
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '安排培训', en: 'Plan' }) })));
  const id = (s) => (s.value ? Number(s.value) : null);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/sessions`, { method: 'POST', body: { unitId: unit,
      programId: id(program), title: title.value, startsAt: startsAt.value || null, endsAt: endsAt.value || null,
      siteId: id(site), routeId: id(route), capacity: capacity.value ? Number(capacity.value) : null,
      creditedHours: hours.value ? Number(hours.value) : null, targetUnitIds: targets.value() } }));
    if (created) {
      ctx.notify(t({ zhCN: '培训已安排。', en: 'Session planned.' }), 'success');
      form.reset();
      targets.set([]);
      await reload();
    }
  });
  return form;
}
