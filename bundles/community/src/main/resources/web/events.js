// 活动与微心愿: the events of the communities in scope (志愿服务活动, 培训, 先锋论坛) with their sign-in codes, the sign-up
// and sign-in counts and who came; close an event (a volunteer event's sign-ins become confirmed service hours and
// its code dies) or cancel it. Below, the micro-wishes (微心愿): publish, record a paired unit's claim, fulfil,
// release a claim or withdraw an unclaimed wish.
import { h, field, scopeOf, pagedTable, pageQuery, formDialog, confirmDialog, unitPicker, table, dateOnly, dateTime, number } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, today, version } from './module.js';

export async function renderEvents(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const kind = h('select', { id: 'community-event-kind', name: 'kind' }, h('option', { value: '', text: t({ zhCN: '全部', en: 'All' }) }),
    ...L.options(SETS.eventKind).map(([c, l]) => h('option', { value: c, text: l })));
  const events = pagedTable(ctx, {
    id: 'community-event-table',
    caption: { zhCN: '社区活动', en: 'Community events' },
    load: (paging) => ctx.api(`${API}/events?${pageQuery({ unit, kind: kind.value }, paging)}`),
    rowAttrs: (e) => ({ dataset: { id: e.id, status: e.status } }),
    emptyText: { zhCN: '还没有活动。', en: 'No event yet.' },
    columns: [
      { title: { zhCN: '活动', en: 'Event' }, head: true, class: 'wrap', render: (e) => e.title },
      { title: { zhCN: '类型', en: 'Kind' }, render: (e) => L.label(SETS.eventKind, e.kind) },
      { title: { zhCN: '社区', en: 'Community' }, render: (e) => e.communityName },
      { title: { zhCN: '日期', en: 'Day' }, render: (e) => dateOnly(ctx, e.heldOn) },
      { title: { zhCN: '时长（小时）', en: 'Hours' }, class: 'num', render: (e) => (e.hours == null ? '' : number(ctx, e.hours)) },
      { title: { zhCN: '签到码', en: 'Sign-in code' }, render: (e) => h('code', { class: 'community-code', text: e.status === 'PUBLISHED' ? e.code : '' }) },
      { title: { zhCN: '报名 / 签到', en: 'Signed up / in' }, class: 'num', render: (e) => `${number(ctx, e.signUps)} / ${number(ctx, e.signIns)}` },
      { title: { zhCN: '状态', en: 'State' }, render: (e) => L.label(SETS.eventStatus, e.status) + (e.cancelReason ? `：${e.cancelReason}` : '') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (e) => eventActions(ctx, e, events) },
    ],
  });
  const wishStatus = h('select', { id: 'community-wish-status', name: 'status' }, h('option', { value: '', text: t({ zhCN: '全部', en: 'All' }) }),
    ...L.options(SETS.wish).map(([c, l]) => h('option', { value: c, text: l })));
  const wishes = pagedTable(ctx, {
    id: 'community-wish-table',
    caption: { zhCN: '微心愿', en: 'Micro-wishes' },
    load: (paging) => ctx.api(`${API}/wishes?${pageQuery({ unit, status: wishStatus.value }, paging)}`),
    rowAttrs: (w) => ({ dataset: { id: w.id, status: w.status } }),
    emptyText: { zhCN: '还没有微心愿。', en: 'No micro-wish yet.' },
    columns: [
      { title: { zhCN: '心愿', en: 'Wish' }, head: true, class: 'wrap', render: (w) => w.title },
      { title: { zhCN: '对象', en: 'For' }, render: (w) => w.beneficiary },
      { title: { zhCN: '社区', en: 'Community' }, render: (w) => w.communityName },
      { title: { zhCN: '发布日期', en: 'Published' }, render: (w) => dateOnly(ctx, w.publishedOn) },
      { title: { zhCN: '认领', en: 'Claimed by' }, render: (w) => w.partnerName || w.memberName || '' },
      { title: { zhCN: '状态', en: 'State' }, render: (w) => L.label(SETS.wish, w.status) + (w.fulfilledOn ? ` ${dateOnly(ctx, w.fulfilledOn)}` : '') },
      { title: { zhCN: '操作', en: 'Actions' }, render: (w) => wishActions(ctx, w, wishes) },
    ],
  });
  kind.addEventListener('change', () => events.reload());
  wishStatus.addEventListener('change', () => wishes.reload());
  const eventBar = h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '类型', en: 'Kind' }), kind));
  const wishBar = h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '心愿状态', en: 'Wish state' }), wishStatus));
  if (can(ctx, 'manage')) {
    eventBar.append(h('button', { type: 'button', class: 'primary', id: 'community-event-new', text: t({ zhCN: '发布活动', en: 'Publish an event' }),
      onclick: () => publishEvent(ctx, unit, L, events) }));
    wishBar.append(h('button', { type: 'button', class: 'primary', id: 'community-wish-new', text: t({ zhCN: '发布微心愿', en: 'Publish a wish' }),
      onclick: () => publishWish(ctx, unit, wishes) }));
  }
  const attendees = h('section', { id: 'community-attendees', class: 'panel', hidden: true });
  container.append(eventBar, events.element, attendees, wishBar, wishes.element);
  await Promise.all([events.ready, wishes.ready]);
}

function eventActions(ctx, e, list) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' }, h('button', { type: 'button', dataset: { action: 'attendees' }, text: t({ zhCN: '签到名单', en: 'Who came' }),
    onclick: () => showAttendees(ctx, e) }));
  if (e.status !== 'PUBLISHED' || !can(ctx, 'manage')) return cell;
  cell.append(h('button', { type: 'button', dataset: { action: 'close-event' }, text: t({ zhCN: '结束活动', en: 'Close' }), onclick: async () => {
    if (await confirmDialog(ctx, { id: 'community-close-dialog', title: { zhCN: '结束活动', en: 'Close the event' },
      message: { zhCN: `结束“${e.title}”？签到码将失效${e.kind === 'VOLUNTEER' ? '，签到党员的服务时长记为已确认' : ''}。`,
        en: `Close "${e.title}"? Its code stops working${e.kind === 'VOLUNTEER' ? ' and the sign-ins become confirmed service hours' : ''}.` } })) {
      await ctx.api(`${API}/events/${e.id}/close`, { method: 'POST', body: {}, headers: version(e.version) });
      list.reload(true);
    }
  } }), h('button', { type: 'button', dataset: { action: 'cancel-event' }, text: t({ zhCN: '取消活动', en: 'Cancel' }), onclick: async () => {
    const reason = h('input', { id: 'community-event-cancel-reason', name: 'reason' });
    const done = await formDialog(ctx, { id: 'community-event-cancel-dialog', title: { zhCN: '取消活动', en: 'Cancel the event' },
      submitText: { zhCN: '取消活动', en: 'Cancel the event' }, fields: [field(t({ zhCN: '原因', en: 'Reason' }), reason)],
      submit: () => ctx.api(`${API}/events/${e.id}/cancel`, { method: 'POST', body: { reason: reason.value }, headers: version(e.version) }) });
    if (done) list.reload(true);
  } }));
  return cell;
}

async function showAttendees(ctx, e) {
  const t = ctx.t;
  const panel = document.getElementById('community-attendees');
  const rows = await ctx.api(`${API}/events/${e.id}/attendees`);
  panel.replaceChildren(h('h2', { text: `${e.title} · ${t({ zhCN: '签到名单', en: 'Who came' })}` }), table(ctx, {
    id: 'community-attendee-table', rows, caption: { zhCN: '报名与签到', en: 'Sign-ups and sign-ins' },
    columns: [
      { title: { zhCN: '姓名', en: 'Name' }, head: true, render: (a) => a.memberName || '' },
      { title: { zhCN: '报名时间', en: 'Signed up' }, render: (a) => (a.signedUpAt ? dateTime(ctx, a.signedUpAt) : '') },
      { title: { zhCN: '签到时间', en: 'Signed in' }, render: (a) => (a.signedInAt ? dateTime(ctx, a.signedInAt) : '') },
      { title: { zhCN: '记入时长（小时）', en: 'Hours recorded' }, class: 'num', render: (a) => (a.hours == null ? '' : number(ctx, a.hours)) },
    ],
  }));
  panel.hidden = false;
}

async function publishEvent(ctx, unit, L, list) {
  const t = ctx.t;
  const community = unitPicker(ctx, { id: 'community-event-community', name: 'communityId', caption: { zhCN: '社区', en: 'Community' }, unitType: 'COMMUNITY', unit });
  const kind = h('select', { id: 'community-event-new-kind', name: 'kind' }, ...L.options(SETS.eventKind).map(([c, l]) => h('option', { value: c, text: l })));
  const title = h('input', { id: 'community-event-title', name: 'title' });
  const place = h('input', { id: 'community-event-place', name: 'place' });
  const heldOn = h('input', { type: 'date', id: 'community-event-held', name: 'heldOn', value: today() });
  const hours = h('input', { type: 'number', id: 'community-event-hours', name: 'hours', step: '0.5', min: '0.5', max: '24' });
  const done = await formDialog(ctx, { id: 'community-event-dialog', title: { zhCN: '发布活动', en: 'Publish an event' },
    submitText: { zhCN: '发布', en: 'Publish' },
    fields: [community.element, field(t({ zhCN: '类型', en: 'Kind' }), kind), field(t({ zhCN: '活动名称', en: 'Title' }), title),
      field(t({ zhCN: '地点', en: 'Place' }), place), field(t({ zhCN: '日期', en: 'Day' }), heldOn),
      field(t({ zhCN: '志愿服务时长（小时）', en: 'Service hours per volunteer' }), hours)],
    submit: () => ctx.api(`${API}/events`, { method: 'POST', body: { communityId: community.value()[0], kind: kind.value, title: title.value,
      place: place.value, heldOn: heldOn.value || null, hours: hours.value === '' ? null : Number(hours.value) } }) });
  if (done) list.reload();
}

async function publishWish(ctx, unit, list) {
  const t = ctx.t;
  const community = unitPicker(ctx, { id: 'community-wish-community', name: 'communityId', caption: { zhCN: '社区', en: 'Community' }, unitType: 'COMMUNITY', unit });
  const title = h('input', { id: 'community-wish-title', name: 'title' });
  const beneficiary = h('input', { id: 'community-wish-beneficiary', name: 'beneficiary', placeholder: t({ zhCN: '如：独居老人（不填姓名）', en: 'e.g. an elderly person living alone (no name)' }) });
  const detail = h('textarea', { id: 'community-wish-detail', name: 'detail', rows: 2 });
  const done = await formDialog(ctx, { id: 'community-wish-dialog', title: { zhCN: '发布微心愿', en: 'Publish a micro-wish' },
    submitText: { zhCN: '发布', en: 'Publish' },
    fields: [community.element, field(t({ zhCN: '心愿', en: 'Wish' }), title), field(t({ zhCN: '心愿对象', en: 'For whom' }), beneficiary),
      field(t({ zhCN: '说明', en: 'Details' }), detail)],
    submit: () => ctx.api(`${API}/wishes`, { method: 'POST', body: { communityId: community.value()[0], title: title.value,
      beneficiary: beneficiary.value, detail: detail.value } }) });
  if (done) list.reload();
}

function wishActions(ctx, w, list) {
  const t = ctx.t;
  const cell = h('div', { class: 'actions' });
  if (!can(ctx, 'manage')) return cell;
  const step = (action, label, fields, body) => h('button', { type: 'button', dataset: { action: `${action}-wish` }, text: t(label), onclick: async () => {
    const done = await formDialog(ctx, { id: `community-wish-${action}-dialog`, title: label, submitText: label, fields: fields(),
      submit: () => ctx.api(`${API}/wishes/${w.id}/${action}`, { method: 'POST', body: body(), headers: version(w.version) }) });
    if (done) list.reload(true);
  } });
  if (w.status === 'PUBLISHED') {
    const partner = unitPicker(ctx, { id: 'community-wish-partner', name: 'partnerId', caption: { zhCN: '认领单位（结对单位）', en: 'Claiming unit (a paired one)' } });
    const reason = h('input', { id: 'community-wish-withdraw-reason', name: 'note' });
    cell.append(step('claim', { zhCN: '单位认领', en: 'Claimed by a unit' }, () => [partner.element], () => ({ partnerId: partner.value()[0] })),
      step('withdraw', { zhCN: '撤回', en: 'Withdraw' }, () => [field(t({ zhCN: '原因', en: 'Reason' }), reason)], () => ({ note: reason.value })));
  } else if (w.status === 'CLAIMED') {
    const on = h('input', { type: 'date', id: 'community-wish-fulfilled-on', name: 'on', value: today() });
    const note = h('input', { id: 'community-wish-note', name: 'note' });
    const reason = h('input', { id: 'community-wish-release-reason', name: 'note' });
    cell.append(step('fulfil', { zhCN: '已实现', en: 'Fulfilled' }, () => [field(t({ zhCN: '实现日期', en: 'Day' }), on), field(t({ zhCN: '备注', en: 'Note' }), note)],
      () => ({ on: on.value || null, note: note.value })),
    step('release', { zhCN: '退回认领', en: 'Release the claim' }, () => [field(t({ zhCN: '原因', en: 'Reason' }), reason)], () => ({ note: reason.value })));
  }
  return cell;
}
