// 功能室预约: a position's calendar of a day, room by room; a unit books a room for a slot (an overlap is refused by
// the server, shown in the form), a booking is cancelled with a reason.
import { h, field, select, scopeOf, table, load, formDialog, unitPicker, ifMatch, actor } from '/assets/kit.js';
import { API, SETS, moduleLabels, can } from './module.js';
import { input } from './forms.js';

/** The positions of the scope that have rooms, by name: [[id, name]] with the positions themselves. */
export async function positionsWithRooms(ctx, unit) {
  const page = await ctx.api(`${API}/positions?unit=${unit}&size=500`);
  return page.items.filter((p) => p.rooms.length > 0);
}

export async function renderBookings(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const positions = await positionsWithRooms(ctx, unit);
  if (!positions.length) {
    container.append(h('p', { class: 'muted', id: 'position-booking-none',
      text: t({ zhCN: '本范围内还没有登记了功能室的阵地。', en: 'No position with rooms in this scope yet.' }) }));
    return;
  }
  const position = select(positions.map((p) => [String(p.id), p.name]), { id: 'position-booking-position' });
  const day = h('input', { type: 'date', id: 'position-booking-day', value: new Date().toISOString().slice(0, 10) });
  const body = h('div', { 'aria-live': 'polite' });
  const current = () => positions.find((p) => String(p.id) === position.value);
  const draw = () => load(body, ctx, async () => {
    const bookings = await ctx.api(`${API}/bookings?position=${position.value}&day=${day.value}`);
    return table(ctx, {
      id: 'position-booking-table',
      caption: { zhCN: `${current().name} ${day.value} 的预约`, en: `Bookings of ${current().name} on ${day.value}` },
      rows: bookings,
      rowAttrs: (b) => ({ dataset: { booking: b.id, status: b.status } }),
      columns: [
        { title: { zhCN: '功能室', en: 'Room' }, head: true, render: (b) => b.room },
        { title: { zhCN: '时间', en: 'Time' }, render: (b) => `${b.from}—${b.to}` },
        { title: { zhCN: '预约单位', en: 'Unit' }, render: (b) => b.unitName || '' },
        { title: { zhCN: '用途', en: 'Purpose' }, render: (b) => b.purpose },
        { title: { zhCN: '状态', en: 'Status' }, render: (b) => L.label(SETS.booking, b.status)
          + (b.cancelReason ? `（${b.cancelReason}）` : '') },
        { title: { zhCN: '登记人', en: 'Booked by' }, render: (b) => actor(ctx, b.createdBy) },
        { title: { zhCN: '操作', en: 'Actions' }, render: (b) => (b.status === 'BOOKED' && can(ctx, 'manage')
          ? h('button', { type: 'button', class: 'link', dataset: { action: 'cancel' }, text: t({ zhCN: '取消预约', en: 'Cancel' }),
            onClick: () => cancel(ctx, b, draw) }) : '') },
      ],
    });
  });
  position.addEventListener('change', draw);
  day.addEventListener('change', draw);
  const book = can(ctx, 'manage') ? h('button', { type: 'button', class: 'primary', id: 'position-booking-add',
    text: t({ zhCN: '预约功能室', en: 'Book a room' }), onClick: async () => {
      if (await bookDialog(ctx, current(), day.value)) await draw();
    } }) : null;
  container.append(h('div', { class: 'kit-toolbar' }, field(t({ zhCN: '阵地', en: 'Position' }), position),
    field(t({ zhCN: '日期', en: 'Day' }), day), book), body);
  await draw();
}

function bookDialog(ctx, position, day) {
  const t = ctx.t;
  const room = select(position.rooms.map((r) => [r, r]), { name: 'room', id: 'position-book-room' });
  const date = input('day', { type: 'date', id: 'position-book-day', value: day });
  const from = input('from', { type: 'time', step: '900', id: 'position-book-from', value: '09:00' });
  const to = input('to', { type: 'time', step: '900', id: 'position-book-to', value: '11:00' });
  const unit = unitPicker(ctx, { id: 'position-book-unit', name: 'unitId', caption: { zhCN: '预约单位', en: 'Booking unit' } });
  const purpose = input('purpose', { id: 'position-book-purpose', maxlength: '200' });
  return formDialog(ctx, {
    id: 'position-book-dialog',
    title: { zhCN: `预约功能室：${position.name}`, en: `Book a room: ${position.name}` },
    submitText: { zhCN: '预约', en: 'Book' },
    fields: [field(t({ zhCN: '功能室', en: 'Room' }), room), field(t({ zhCN: '日期', en: 'Day' }), date),
      field(t({ zhCN: '开始时间', en: 'From' }), from), field(t({ zhCN: '结束时间', en: 'To' }), to), unit.element,
      field(t({ zhCN: '用途（活动名称）', en: 'Purpose (the event)' }), purpose)],
    submit: () => ctx.api(`${API}/bookings`, { method: 'POST', body: { positionId: position.id, room: room.value,
      day: date.value || null, from: from.value || null, to: to.value || null, unitId: unit.value()[0] ?? null, purpose: purpose.value } }),
  });
}

async function cancel(ctx, booking, draw) {
  const t = ctx.t;
  const reason = h('textarea', { name: 'reason', id: 'position-cancel-reason', maxlength: '500' });
  const done = await formDialog(ctx, { id: 'position-cancel-dialog', title: { zhCN: '取消预约', en: 'Cancel the booking' },
    submitText: { zhCN: '确认取消', en: 'Cancel it' },
    fields: [h('p', { text: `${booking.room} ${booking.day} ${booking.from}—${booking.to} · ${booking.purpose}` }),
      field(t({ zhCN: '取消原因', en: 'Reason' }), reason)],
    submit: () => ctx.api(`${API}/bookings/${booking.id}/cancel`, { method: 'POST', body: { reason: reason.value },
      headers: ifMatch(booking.version) }) });
  if (done) await draw();
}
