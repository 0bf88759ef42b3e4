// 缴纳标准: the bands of every category (district-wide); the district administrator changes them.
import { h, field, table, ifMatch, submitForm } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, yuan } from './module.js';

export async function renderBands(container, ctx) {
  const t = ctx.t;
  let L;
  let sets;
  try {
    [L, sets] = await Promise.all([moduleLabels(ctx), ctx.api(`${API}/bands`)]);
  } catch (e) {
    ctx.notify(e.message);
    return;
  }
  const describe = (b) => (b.rate != null
    ? t({ zhCN: `月收入 ${b.upTo == null ? '以上' : `${yuan(b.upTo)} 及以下`}：${(b.rate * 100).toFixed(1)}%`,
      en: `income ${b.upTo == null ? 'above' : `up to ${yuan(b.upTo)}`}: ${(b.rate * 100).toFixed(1)}%` })
    : t({ zhCN: `每月 ${yuan(b.fixedMin)} 至 ${yuan(b.fixedMax)}`, en: `${yuan(b.fixedMin)} to ${yuan(b.fixedMax)} a month` }));
  container.append(h('p', { class: 'muted', text: t({ zhCN: '按比例交纳的，以月税后工资收入为基数，全额适用所在档次的比例，金额四舍五入到分。',
    en: 'Percentages apply to the whole monthly after-tax income at its band; amounts are rounded half up to the fen.' }) }),
  table(ctx, { id: 'dues-band-table', caption: { zhCN: '缴纳标准', en: 'Dues bands' }, rows: sets, columns: [
    { title: { zhCN: '类别', en: 'Category' }, head: true, render: (s) => L.label(SETS.category, s.category) },
    { title: { zhCN: '标准', en: 'Bands' }, render: (s) => s.bands.map(describe).join('；') },
    { title: { zhCN: '修改', en: 'Change' }, render: (s) => (can(ctx, 'settings') ? editButton(ctx, L, s, container) : '') },
  ] }));
}

function editButton(ctx, L, set, container) {
  const t = ctx.t;
  return h('button', { type: 'button', text: t({ zhCN: '修改', en: 'Change' }), onClick: () => {
    const text = h('textarea', { name: 'bands', rows: '5', cols: '40',
      value: set.bands.map((b) => (b.rate != null ? `${b.upTo == null ? '' : b.upTo} ${b.rate}` : `${b.fixedMin} ${b.fixedMax}`)).join('\n') });
    const form = h('form', { class: 'stacked-form panel', id: `dues-band-form-${set.category}` },
      h('h2', { text: L.label(SETS.category, set.category) }),
      field(t(set.bands[0].rate != null
        ? { zhCN: '每行一档：上限（最后一档留空）和比例，如 3000 0.005', en: 'One band a line: upper limit (empty for the last) and rate, e.g. 3000 0.005' }
        : { zhCN: '最低和最高金额，如 0.2 1', en: 'Lowest and highest amount, e.g. 0.2 1' }), text),
      h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '保存', en: 'Save' }) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const lines = text.value.split('\n').map((l) => l.trim().split(/\s+/)).filter((p) => p[0] !== '');
      const bands = set.bands[0].rate != null
        ? lines.map((p) => (p.length === 1 ? { upTo: null, rate: Number(p[0]) } : { upTo: Number(p[0]), rate: Number(p[1]) }))
        : lines.map((p) => ({ fixedMin: Number(p[0]), fixedMax: Number(p[1]) }));
      const saved = await submitForm(ctx, form, () => ctx.api(`${API}/bands/${set.category}`, { method: 'PUT',
        body: { bands }, headers: ifMatch(set.version) }));
      if (saved) {
        ctx.notify(t({ zhCN: '已保存。', en: 'Saved.' }), 'success');
        container.replaceChildren();
        renderBands(container, ctx);
      }
    });
    container.append(form);
  } });
}
