// 阵地活动: the events of the scope with their sign-in code and attendance (signed up, signed in, places left), the
// year's attendance figures, a new event at a position (optionally in one of its rooms, booked with it), who came, and
// the reminder to the members signed up for the next day's events.
import { h, field, select, scopeOf, pagedTable, pageQuery, load, formDialog, dateTime, number, yearPicker } from '/assets/kit.js';
import { API, SETS, moduleLabels, can } from './module.js';
import { num, input } from './forms.js';

const when = (ctx, e) => `${e.startsAt.slice(0, 16).replace('T', ' ')}—${e.endsAt.slice(11, 16)}`;

export async function renderEvents(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const figures = h('div', { 'aria-live': 'polite' });
  const year = await yearPicker(ctx, { id: 'position-event-year', years: [new Date().getFullYear()], onChange: () => drawFigures() });
  const drawFigures = () => load(figures, ctx, async () => {
    const f = await ctx.api(`${API}/events/figures?unit=${unit}&year=${year.value()}`);
    const kpi = (caption, value) => h('li', { class: 'kpi' }, h('strong', { class: 'kpi-value', text: value }),
      h('span', { class: 'kpi-label', text: t(caption) }));
    return h('ul', { class: 'kpis', id: 'position-event-kpis' },
      kpi({ zhCN: '活动', en: 'Events' }, number(ctx, f.events)), kpi({ zhCN: '已举办', en: 'Held' }, number(ctx, f.held)),
      kpi({ zhCN: '报名人次', en: 'Sign-ups' }, number(ctx, f.signedUp)), kpi({ zhCN: '签到人次', en: 'Sign-ins' }, number(ctx, f.signedIn)),
      kpi({ zhCN: '未报名直接签到', en: 'Walk-ins' }, number(ctx, f.walkIns)),
      kpi({ zhCN: '报名到场率', en: 'Turnout' }, f.turnout == null ? '—' : `${f.turnout}%`));
  });
  const list = pagedTable(ctx, {
    id: 'position-event-table',
    caption: { zhCN: '阵地活动', en: 'Events' },
    load: (paging) => ctx.api(`${API}/events?${pageQuery({ unit }, paging)}`),
    rowAttrs: (e) => ({ dataset: { event: e.id, phase: e.phase } }),
    emptyText: { zhCN: '还没有活动。', en: 'No event yet.' },
    columns: [
      { title: { zhCN: '活动', en: 'Event' }, sort: 'title', head: true, render: (e) => e.title },
      { title: { zhCN: '阵地', en: 'Position' }, render: (e) => e.positionName },
      { title: { zhCN: '类型', en: 'Type' }, render: (e) => L.label(SETS.service, e.serviceType) },
      { title: { zhCN: '时间', en: 'Time' }, sort: 'startsAt', render: (e) => when(ctx, e) },
      { title: { zhCN: '功能室', en: 'Room' }, render: (e) => e.room || '—' },
      { title: { zhCN: '签到码', en: 'Code' }, render: (e) => h('code', { class: 'position-event-code', text: e.code }) },
      { title: { zhCN: '状态', en: 'Phase' }, render: (e) => L.label(SETS.phase, e.phase) },
      { title: { zhCN: '名额', en: 'Places' }, class: 'num', render: (e) => number(ctx, e.capacity) },
      { title: { zhCN: '报名', en: 'Signed up' }, class: 'num', render: (e) => number(ctx, e.signedUp) },
      { title: { zhCN: '签到', en: 'Signed in' }, class: 'num', render: (e) => number(ctx, e.signedIn) },
      { title: { zhCN: '剩余名额', en: 'Left' }, class: 'num', render: (e) => number(ctx, e.placesLeft) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (e) => h('button', { type: 'button', class: 'link', dataset: { action: 'attendees' },
        text: t({ zhCN: '签到名单', en: 'Attendees' }), onClick: () => attendees(ctx, e) }) },
    ],
  });
  const add = can(ctx, 'manage') ? h('button', { type: 'button', class: 'primary', id: 'position-event-add',
    text: t({ zhCN: '发布活动', en: 'New event' }), onClick: async () => {
      if (await eventDialog(ctx, L, unit)) { list.reload(); drawFigures(); }
    } }) : null;
  const remind = can(ctx, 'manage') ? h('button', { type: 'button', id: 'position-event-remind',
    text: t({ zhCN: '提醒已报名党员', en: 'Remind those signed up' }), onClick: async () => {
      const answer = await ctx.api(`${API}/events/remind`, { method: 'POST', body: {} });
      ctx.notify(t({ zhCN: `已向 ${answer.reminded} 名报名党员发送明日活动提醒`, en: `${answer.reminded} sign-ups reminded of their event` }),
        'success');
    } }) : null;
  container.append(h('div', { class: 'kit-toolbar' }, year.element, add, remind), figures, list.element);
  await Promise.all([drawFigures(), list.ready]);
}

async function eventDialog(ctx, L, unit) {
  const t = ctx.t;
  const positions = (await ctx.api(`${API}/positions?unit=${unit}&size=500`)).items.filter((p) => p.status !== 'CLOSED');
  const position = select(positions.map((p) => [String(p.id), p.name]), { name: 'positionId', id: 'position-event-position' });
  const title = input('title', { id: 'position-event-title', maxlength: '200' });
  const type = select(L.options(SETS.service), { name: 'serviceType', id: 'position-event-type' });
  const starts = input('startsAt', { type: 'datetime-local', id: 'position-event-starts' });
  const ends = input('endsAt', { type: 'datetime-local', id: 'position-event-ends' });
  const capacity = input('capacity', { type: 'number', min: '1', step: '1', id: 'position-event-capacity', value: '30' });
  // the rooms of the chosen position; none chosen = the event books no room
  const room = h('select', { name: 'room', id: 'position-event-room' });
  const rooms = () => {
    const chosen = positions.find((p) => String(p.id) === position.value);
    room.replaceChildren(h('option', { value: '', text: t({ zhCN: '不占用功能室', en: 'No room' }) }),
      ...(chosen ? chosen.rooms : []).map((r) => h('option', { value: r, text: r })));
  };
  position.addEventListener('change', rooms);
  rooms();
  return formDialog(ctx, {
    id: 'position-event-dialog',
    title: { zhCN: '发布阵地活动', en: 'New event' },
    submitText: { zhCN: '发布', en: 'Publish' },
    fields: [field(t({ zhCN: '阵地', en: 'Position' }), position), field(t({ zhCN: '活动名称', en: 'Title' }), title),
      field(t({ zhCN: '服务类型', en: 'Service type' }), type), field(t({ zhCN: '开始时间', en: 'Starts' }), starts),
      field(t({ zhCN: '结束时间', en: 'Ends' }), ends), field(t({ zhCN: '名额', en: 'Places' }), capacity),
      field(t({ zhCN: '功能室', en: 'Room' }), room)],
    submit: () => ctx.api(`${API}/events`, { method: 'POST', body: { positionId: position.value ? Number(position.value) : null,
      title: title.value, serviceType: type.value, startsAt: starts.value || null, endsAt: ends.value || null, capacity: num(capacity),
      room: room.value || null } }),
  });
}

async function attendees(ctx, event) {
  const t = ctx.t;
  const people = await ctx.api(`${API}/events/${event.id}/attendees`);
  await formDialog(ctx, {
    id: 'position-attendees-dialog',
    title: { zhCN: `签到名单：${event.title}`, en: `Attendees: ${event.title}` },
    submitText: { zhCN: '关闭', en: 'Close' },
    fields: [people.length ? h('ul', { class: 'result-list', id: 'position-attendees' }, ...people.map((p) => h('li', {},
      `${p.name || t({ zhCN: '（已删除的党员）', en: '(removed member)' })} · `
      + `${p.signedUpAt ? t({ zhCN: '已报名', en: 'signed up' }) : t({ zhCN: '未报名', en: 'no sign-up' })} · `
      + `${p.signedInAt ? `${t({ zhCN: '签到', en: 'signed in' })} ${dateTime(ctx, p.signedInAt)}` : t({ zhCN: '未签到', en: 'not signed in' })}`)))
      : h('p', { class: 'muted', text: t({ zhCN: '还没有人报名或签到。', en: 'Nobody signed up or in yet.' }) })],
    submit: async () => null,
  });
}
