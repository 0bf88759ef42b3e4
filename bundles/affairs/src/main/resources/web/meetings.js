// 三会一课: the meetings of the scope, planned → held (attendance) → minutes submitted → approved or returned by the
// level above → archived. Each row offers the steps its state allows (the server checks state and rights again).
import { h, field, select, scopeOf, pagedTable, pageQuery, yearPicker, formDialog, confirmDialog, unitPicker, memberPicker,
  dateOnly, submitForm, download } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';

export async function renderMeetings(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const year = await yearPicker(ctx, { id: 'aff-meeting-year', allYears: true, onChange: () => list.reload() });
  const type = select([['', t({ zhCN: '全部类型', en: 'All types' })], ...L.options(SETS.type)], { id: 'aff-meeting-type', name: 'type' });
  const status = select([['', t({ zhCN: '全部状态', en: 'All states' })], ...L.options(SETS.status)], { id: 'aff-meeting-status', name: 'status' });
  type.addEventListener('change', () => list.reload());
  status.addEventListener('change', () => list.reload());
  const list = pagedTable(ctx, {
    id: 'aff-meeting-table',
    caption: { zhCN: '会议', en: 'Meetings' },
    sort: '-plannedOn',
    load: (paging) => ctx.api(`${API}/meetings?${pageQuery({ unit, year: year.value(), type: type.value, status: status.value }, paging)}`),
    rowAttrs: (m) => ({ dataset: { meeting: m.id, status: m.status } }),
    emptyText: { zhCN: '没有符合条件的会议。', en: 'No meetings match.' },
    columns: [
      { title: { zhCN: '计划日期', en: 'Planned' }, sort: 'plannedOn', render: (m) => dateOnly(ctx, m.plannedOn) },
      { title: { zhCN: '会议', en: 'Meeting' }, sort: 'title', head: true, class: 'wrap', render: (m) => m.title },
      { title: { zhCN: '类型', en: 'Type' }, sort: 'type', render: (m) => L.label(SETS.type, m.type) },
      { title: { zhCN: '党组织', en: 'Organization' }, render: (m) => m.organizationName || '' },
      { title: { zhCN: '召开日期', en: 'Held' }, sort: 'heldOn', render: (m) => (m.heldOn ? dateOnly(ctx, m.heldOn) : '—') },
      { title: { zhCN: '到会/应到', en: 'Present' }, class: 'num', render: (m) => (m.heldOn ? `${m.present}/${m.entitled}` : '—') },
      { title: { zhCN: '计入', en: 'Counts' }, render: (m) => (m.heldOn ? t(m.counted ? { zhCN: '是', en: 'Yes' } : { zhCN: '否（未过半数）', en: 'No (no quorum)' }) : '—') },
      { title: { zhCN: '状态', en: 'State' }, sort: 'status', render: (m) => L.label(SETS.status, m.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (m) => actions(m) },
    ],
  });

  function actions(m) {
    const box = h('div', { class: 'actions' });
    for (const a of m.allowedActions) {
      const who = ['APPROVE', 'RETURN', 'ARCHIVE'].includes(a) ? 'review' : 'write';
      if (!can(ctx, who)) continue;
      const button = h('button', { type: 'button', text: L.label(SETS.action, a), dataset: { action: a } });
      button.addEventListener('click', () => take(m, a));
      box.append(button);
    }
    if (m.heldOn) {
      // the minutes as Word (会议记录), written by the server from what was recorded
      const word = h('button', { type: 'button', class: 'aff-minutes', text: t({ zhCN: '会议记录（Word）', en: 'Minutes (Word)' }), dataset: { action: 'MINUTES' } });
      word.addEventListener('click', () => download(ctx, `${API}/meetings/${m.id}/minutes?format=docx`, `minutes-${m.id}.docx`)
        .catch((e) => ctx.notify(e.message)));
      box.append(word);
    }
    return box;
  }

  async function take(m, action) {
    let done;
    if (action === 'HOLD') {
      done = await hold(m);
    } else if (action === 'SUBMIT') {
      const summary = h('textarea', { id: 'aff-summary', name: 'summary', rows: '5', maxlength: '4000' });
      done = await formDialog(ctx, { id: 'aff-submit-dialog', title: { zhCN: `提交纪要：${m.title}`, en: `Submit minutes: ${m.title}` },
        submitText: { zhCN: '提交审核', en: 'Submit' },
        fields: [field(t({ zhCN: '纪要摘要（或先上传纪要附件）', en: 'Summary of the minutes (or attach the minutes first)' }), summary)],
        submit: () => step(ctx, `meetings/${m.id}/submit`, m.version, { summary: summary.value }) });
    } else if (action === 'RETURN' || action === 'CANCEL') {
      const reason = h('textarea', { id: 'aff-reason', name: 'reason', rows: '3', maxlength: '1000', required: true });
      done = await formDialog(ctx, { id: 'aff-reason-dialog', title: { zhCN: `${L.label(SETS.action, action)}：${m.title}`, en: `${L.label(SETS.action, action)}: ${m.title}` },
        fields: [field(t({ zhCN: '原因', en: 'Reason' }), reason)],
        submit: () => step(ctx, `meetings/${m.id}/${action.toLowerCase()}`, m.version, { reason: reason.value }) });
    } else {
      const ok = await confirmDialog(ctx, { id: 'aff-confirm', title: { zhCN: L.label(SETS.action, action), en: L.label(SETS.action, action) },
        message: { zhCN: `${L.label(SETS.action, action)}“${m.title}”？`, en: `${L.label(SETS.action, action)} "${m.title}"?` } });
      done = ok ? await step(ctx, `meetings/${m.id}/${action.toLowerCase()}`, m.version).catch((e) => { ctx.notify(e.message); return null; }) : null;
    }
    if (done) {
      ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
      await list.reload(true);
    }
  }

  function hold(m) {
    const heldOn = h('input', { id: 'aff-held-on', name: 'heldOn', type: 'date', required: true });
    const place = h('input', { id: 'aff-place', name: 'place', value: m.place || '' });
    const chair = memberPicker(ctx, { id: 'aff-chair', name: 'chairMemberId', caption: t({ zhCN: '主持人', en: 'Chair' }), unit: m.organizationId });
    const recorder = memberPicker(ctx, { id: 'aff-recorder', name: 'recorderMemberId', caption: t({ zhCN: '记录人', en: 'Recorder' }), unit: m.organizationId });
    const lecturer = memberPicker(ctx, { id: 'aff-lecturer', name: 'lecturerMemberId', caption: t({ zhCN: '授课人（党课）', en: 'Lecturer (Party lecture)' }), unit: m.organizationId });
    const present = memberPicker(ctx, { id: 'aff-present', name: 'presentMemberIds', multiple: true, caption: t({ zhCN: '出席党员', en: 'Members present' }), unit: m.organizationId });
    const absent = memberPicker(ctx, { id: 'aff-absent', name: 'absences', multiple: true, caption: t({ zhCN: '缺席党员', en: 'Members absent' }), unit: m.organizationId });
    const reason = h('input', { id: 'aff-absent-reason', name: 'absences[0].reason', placeholder: t({ zhCN: '如：因公出差', en: 'e.g. on a business trip' }) });
    // an absence without a proper reason counts towards the six-month rule (无正当理由连续六个月不参加组织生活)
    const excused = h('input', { type: 'checkbox', id: 'aff-absent-excused', name: 'absences[0].excused', checked: true });
    return formDialog(ctx, { id: 'aff-hold-dialog', title: { zhCN: `记录召开：${m.title}`, en: `Record as held: ${m.title}` },
      submitText: { zhCN: '保存', en: 'Save' },
      fields: [field(t({ zhCN: '召开日期', en: 'Held on' }), heldOn), field(t({ zhCN: '地点', en: 'Place' }), place),
        chair.element, recorder.element, ...(m.type === 'LECTURE' ? [lecturer.element] : []), present.element, absent.element,
        field(t({ zhCN: '缺席原因', en: 'Reason for the absences' }), reason),
        field(t({ zhCN: '属正当理由（不勾选则计入连续六个月未参加组织生活）', en: 'A proper reason (unticked: counts towards the six-month rule)' }), excused)],
      submit: () => step(ctx, `meetings/${m.id}/hold`, m.version, {
        heldOn: heldOn.value || null, place: place.value, chairMemberId: chair.value()[0] || null,
        recorderMemberId: recorder.value()[0] || null, lecturerMemberId: lecturer.value()[0] || null,
        presentMemberIds: present.value(), absences: absent.value().map((id) => ({ memberId: id, reason: reason.value, excused: excused.checked })) }) });
  }

  container.append(h('div', { class: 'kit-toolbar' }, year.element, field(t({ zhCN: '类型', en: 'Type' }), type),
    field(t({ zhCN: '状态', en: 'State' }), status)), list.element);
  await list.ready;
  if (!can(ctx, 'write')) return;

  const org = unitPicker(ctx, { id: 'aff-plan-org', name: 'organizationId', caption: t({ zhCN: '党组织', en: 'Organization' }) });
  const planType = select(L.options(SETS.type), { id: 'aff-plan-type', name: 'type' });
  const title = h('input', { id: 'aff-plan-title', name: 'title', required: true, maxlength: '200' });
  const plannedOn = h('input', { id: 'aff-plan-date', name: 'plannedOn', type: 'date', required: true });
  const topics = h('textarea', { id: 'aff-plan-topics', name: 'topics', rows: '3', maxlength: '2000' });
  // the month's guides the scope follows (主题党日, 党课); a meeting may take one as its topic
  let guides = [];
  try {
    guides = await ctx.api(`${API}/guides?unit=${unit}&year=${new Date().getFullYear()}`);
  } catch (e) {
    guides = [];
  }
  const guide = select([['', t({ zhCN: '（不关联）', en: '(none)' })], ...guides.map((g) => [String(g.id),
    `${g.month} ${L.label(SETS.type, g.type)}：${g.title}`])], { id: 'aff-plan-guide', name: 'guideId' });
  // a 党小组会 names the group that holds it (the scope's 党小组)
  let groups = [];
  try {
    groups = await ctx.api(`${API}/groups?unit=${unit}`);
  } catch (e) {
    groups = [];
  }
  const group = select([['', t({ zhCN: '（党小组会时选择）', en: '(for a Party group meeting)' })], ...groups.map((g) => [String(g.id),
    `${g.organizationName || ''} ${g.name}`])], { id: 'aff-plan-group', name: 'groupId' });
  guide.addEventListener('change', () => {
    const chosen = guides.find((g) => String(g.id) === guide.value);
    if (chosen) {
      planType.value = chosen.type;
      if (!title.value) title.value = chosen.title;
    }
  });
  const form = h('form', { class: 'stacked-form panel', id: 'aff-plan-form', 'aria-labelledby': 'aff-plan-title-h' },
    h('h2', { id: 'aff-plan-title-h', text: t({ zhCN: '计划会议', en: 'Plan a meeting' }) }),
    org.element, field(t({ zhCN: '类型', en: 'Type' }), planType), field(t({ zhCN: '会议名称', en: 'Title' }), title),
    field(t({ zhCN: '计划日期', en: 'Planned on' }), plannedOn), field(t({ zhCN: '议题', en: 'Topics' }), topics),
    field(t({ zhCN: '月度指引', en: 'Monthly guide' }), guide), field(t({ zhCN: '党小组', en: 'Party group' }), group),
    h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存计划', en: 'Save' }) })));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await submitForm(ctx, form, () => ctx.api(`${API}/meetings`, { method: 'POST', body: {
      organizationId: org.value()[0] || null, type: planType.value, title: title.value, plannedOn: plannedOn.value || null,
      topics: topics.value, guideId: guide.value ? Number(guide.value) : null,
      groupId: group.value ? Number(group.value) : null } }));
    if (created) {
      ctx.notify(t({ zhCN: '会议已计划。', en: 'Meeting planned.' }), 'success');
      form.reset();
      await list.reload();
    }
  });
  container.append(form);
}
