// The yearly rounds (述职评议, 分类定等) of the scope: listed with how many records are decided, closed by the level
// above when every one is; a form to open the year's round for a unit (a grading round with its scheme and criteria).
import { h, field, select, table, load, unitPicker, submitForm, number } from '/assets/kit.js';
import { API, SETS, can, step } from './module.js';

// the criteria a new grading round starts with (editable, one per line: 名称 满分)
const CRITERIA = '组织建设 20\n党员队伍 20\n制度落实 20\n作用发挥 25\n基础保障 15';

export function roundsPanel(ctx, { unit, year, kind, L, onChange }) {
  const t = ctx.t;
  const body = h('div', { 'aria-live': 'polite' });
  const draw = () => load(body, ctx, async () => {
    const page = await ctx.api(`${API}/rounds?unit=${unit}&kind=${kind}&year=${year.value()}&size=50`);
    return page.items.length ? table(ctx, { id: `aff-rounds-${kind.toLowerCase()}`, caption: { zhCN: '考评轮次', en: 'Rounds' },
      rows: page.items, rowAttrs: (r) => ({ dataset: { round: r.id, status: r.status } }), columns: [
        { title: { zhCN: '组织考评的单位', en: 'Unit' }, head: true, render: (r) => r.unitName || '' },
        { title: { zhCN: '年度', en: 'Year' }, render: (r) => String(r.year) },
        ...(kind === 'GRADING' ? [{ title: { zhCN: '定等方式', en: 'Scheme' }, render: (r) => L.label(SETS.scheme, r.scheme) },
          { title: { zhCN: '评分项目', en: 'Criteria' }, class: 'wrap', render: (r) => r.criteria.map((c) => `${c.name} ${c.maxScore}`).join('、') }] : []),
        { title: { zhCN: '列入', en: 'Listed' }, class: 'num', render: (r) => number(ctx, r.listed) },
        { title: { zhCN: '已评定', en: 'Decided' }, class: 'num', render: (r) => number(ctx, r.decided) },
        { title: { zhCN: '状态', en: 'State' }, render: (r) => L.label(SETS.roundStatus, r.status) },
        { title: { zhCN: '操作', en: 'Actions' }, render: (r) => (r.status === 'OPEN' && can(ctx, 'review') ? closeButton(r) : '') },
      ] }) : h('p', { class: 'kit-empty', text: t({ zhCN: '本年度还没有开展。', en: 'None this year.' }) });
  }, { zhCN: '本年度还没有开展。', en: 'None this year.' });

  function closeButton(r) {
    const b = h('button', { type: 'button', text: t({ zhCN: '结束考评', en: 'Close' }), dataset: { action: 'CLOSE' } });
    b.addEventListener('click', async () => {
      try {
        await step(ctx, `rounds/${r.id}/close`, r.version);
        ctx.notify(t({ zhCN: '考评已结束。', en: 'Round closed.' }), 'success');
        await draw();
      } catch (e) {
        ctx.notify(e.message);
      }
    });
    return b;
  }

  const element = h('div', {}, body);
  if (can(ctx, 'review')) {
    const org = unitPicker(ctx, { id: `aff-round-unit-${kind.toLowerCase()}`, name: 'unitId',
      caption: t({ zhCN: '组织考评的单位（考评其下级党组织）', en: 'Unit (its subtree is assessed)' }) });
    const fields = [org.element];
    let scheme;
    let criteria;
    if (kind === 'GRADING') {
      scheme = select(L.options(SETS.scheme), { id: 'aff-round-scheme', name: 'scheme' });
      criteria = h('textarea', { id: 'aff-round-criteria', name: 'criteria', rows: '5', text: CRITERIA });
      criteria.value = CRITERIA;
      fields.push(field(t({ zhCN: '定等方式', en: 'Scheme' }), scheme),
        field(t({ zhCN: '评分项目（每行一项：名称 满分）', en: 'Criteria (one a line: name full-marks)' }), criteria));
    }
    const form = h('form', { class: 'stacked-form panel', id: `aff-round-form-${kind.toLowerCase()}` },
      h('h2', { text: t(kind === 'GRADING' ? { zhCN: '开展分类定等', en: 'Open a grading round' } : { zhCN: '开展书记述职评议', en: 'Open a report round' }) }),
      ...fields, h('div', { class: 'form-buttons' }, h('button', { type: 'submit', class: 'primary', text: t({ zhCN: '开始', en: 'Open' }) })));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { kind, unitId: org.value()[0] || null, year: year.value() };
      if (kind === 'GRADING') {
        body.scheme = scheme.value;
        body.criteria = criteria.value.split('\n').map((line) => line.trim()).filter((line) => line).map((line) => {
          const m = line.match(/^(.*?)[\s,，]+(\d+)$/);
          return m ? { name: m[1], maxScore: Number(m[2]) } : { name: line, maxScore: null };
        });
      }
      const created = await submitForm(ctx, form, () => ctx.api(`${API}/rounds`, { method: 'POST', body }));
      if (created) {
        ctx.notify(t({ zhCN: `已列入 ${created.listed} 个党组织。`, en: `${created.listed} organizations listed.` }), 'success');
        await draw();
        if (onChange) await onChange();
      }
    });
    element.append(form);
  }
  return { element, draw };
}
