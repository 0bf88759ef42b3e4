// 登记阵地 / 修改阵地: the registry form in a dialog. A new position names its host unit (the level must agree with the
// unit's type, the server says so beside 层级); a change sends If-Match with the version the reader saw.
import { h, field, select, formDialog, unitPicker, multiSelect, ifMatch } from '/assets/kit.js';
import { API, SETS } from './module.js';
import { num, text, input, listFieldsAsOne } from './forms.js';

/** Opens the form; position null records a new one. Answers the saved position, or null when cancelled. */
export async function positionDialog(ctx, L, position) {
  const t = ctx.t;
  const p = position || {};
  const host = position ? null : unitPicker(ctx, { id: 'position-form-host', name: 'organizationId',
    caption: { zhCN: '所属单位', en: 'Host unit' } });
  const name = input('name', { id: 'position-form-name', maxlength: '200', value: p.name || '' });
  const level = select([['', t({ zhCN: '请选择', en: 'Choose' })], ...L.options(SETS.level)], { name: 'level', id: 'position-form-level' });
  level.value = p.level || '';
  const status = select(L.options(SETS.status), { name: 'status', id: 'position-form-status' });
  status.value = p.status || 'PLANNED';
  const address = input('address', { id: 'position-form-address', maxlength: '300', value: p.address || '' });
  const area = input('area', { id: 'position-form-area', type: 'number', step: '0.1', min: '0', value: p.area ?? '' });
  const rooms = input('rooms', { id: 'position-form-rooms', value: (p.rooms || []).join('、') });
  const functions = multiSelect(ctx, { id: 'position-form-functions', name: 'functions', caption: { zhCN: '功能', en: 'Functions' },
    options: L.options(SETS.func), selected: p.functions || [] });
  const hours = input('openingHours', { id: 'position-form-hours', maxlength: '200', value: p.openingHours || '' });
  const lat = input('latitude', { id: 'position-form-lat', type: 'number', step: '0.000001', value: p.latitude ?? '' });
  const lon = input('longitude', { id: 'position-form-lon', type: 'number', step: '0.000001', value: p.longitude ?? '' });
  const onlineName = input('onlineName', { id: 'position-form-online-name', maxlength: '200', value: p.onlineName || '' });
  const onlineUrl = input('onlineUrl', { id: 'position-form-online-url', maxlength: '500', value: p.onlineUrl || '' });
  const featured = h('input', { type: 'checkbox', name: 'featured', id: 'position-form-featured', checked: !!p.featured });
  const body = () => ({
    organizationId: position ? position.organizationId : (host.value()[0] ?? null),
    name: name.value,
    level: level.value || null,
    status: status.value,
    address: text(address),
    area: num(area),
    rooms: rooms.value.split(/[、,，\n]/).map((r) => r.trim()).filter(Boolean),
    functions: functions.value(),
    openingHours: text(hours),
    latitude: num(lat),
    longitude: num(lon),
    onlineName: text(onlineName),
    onlineUrl: text(onlineUrl),
    featured: featured.checked,
  });
  return formDialog(ctx, {
    id: 'position-form-dialog',
    title: position ? { zhCN: `修改阵地：${p.name}`, en: `Change position: ${p.name}` } : { zhCN: '登记阵地', en: 'Record a position' },
    submitText: { zhCN: '保存', en: 'Save' },
    fields: [
      host ? host.element : field(t({ zhCN: '所属单位', en: 'Host unit' }), h('output', { text: p.organizationName || '' })),
      field(t({ zhCN: '阵地名称', en: 'Name' }), name),
      field(t({ zhCN: '层级', en: 'Level' }), level, t({ zhCN: '须与所属单位的类型相符', en: 'Must agree with the host unit\'s type' })),
      field(t({ zhCN: '状态', en: 'Status' }), status),
      field(t({ zhCN: '地址', en: 'Address' }), address),
      field(t({ zhCN: '面积（平方米）', en: 'Area (m²)' }), area),
      field(t({ zhCN: '功能室', en: 'Rooms' }), rooms, t({ zhCN: '用顿号或逗号分隔，如：党员活动室、议事协商室', en: 'Separated by commas' })),
      functions.element,
      field(t({ zhCN: '开放时间', en: 'Opening hours' }), hours),
      field(t({ zhCN: '纬度', en: 'Latitude' }), lat),
      field(t({ zhCN: '经度', en: 'Longitude' }), lon),
      field(t({ zhCN: '线上阵地名称', en: 'Online counterpart' }), onlineName),
      field(t({ zhCN: '线上阵地网址', en: 'Online address' }), onlineUrl),
      h('label', { class: 'check' }, featured, t({ zhCN: ' 特色综合阵地', en: ' Featured position' })),
    ],
    submit: () => listFieldsAsOne(() => (position
      ? ctx.api(`${API}/positions/${position.id}`, { method: 'PUT', body: body(), headers: ifMatch(position.version) })
      : ctx.api(`${API}/positions`, { method: 'POST', body: body() }))),
  });
}
