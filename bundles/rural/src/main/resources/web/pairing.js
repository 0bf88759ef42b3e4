// 企村结对: the pairings and their workflow (propose → agree → active → ended), pairings to re-pair, and the
// recommendations for a village found by name: per need, the enterprises ranked with each score's reasons, and a
// pairing proposed in one click.
import { h, field, scopeOf, table, pagedTable, pageQuery, load, formDialog, unitPicker, number } from '/assets/kit.js';
import { API, SETS, can, moduleLabels, step } from './module.js';

const PARTS = {
  business: { zhCN: '业务匹配', en: 'Business match' }, industry: { zhCN: '行业匹配', en: 'Industry match' },
  distance: { zhCN: '距离', en: 'Distance' }, load: { zhCN: '帮扶负荷', en: 'Current load' },
  outcomes: { zhCN: '以往成效', en: 'Past outcomes' },
};

export async function renderPairing(container, ctx) {
  const unit = scopeOf(container, ctx);
  if (unit == null) return;
  const t = ctx.t;
  const L = await moduleLabels(ctx);
  const manage = can(ctx, 'pairing');
  const list = pagedTable(ctx, {
    id: 'rural-pairing-table',
    caption: { zhCN: '企村结对', en: 'Pairings' },
    sort: 'status',
    load: (paging) => ctx.api(`${API}/pairings?${pageQuery({ unit }, paging)}`),
    rowAttrs: (p) => ({ dataset: { pairing: p.id, status: p.status } }),
    emptyText: { zhCN: '还没有结对。', en: 'No pairings yet.' },
    emptyHint: { zhCN: '在下方“推荐企业”中为村选择企业。', en: 'Choose an enterprise for a village under Recommendations below.' },
    columns: [
      { title: { zhCN: '村', en: 'Village' }, sort: 'village', head: true, render: (p) => p.villageName },
      { title: { zhCN: '企业', en: 'Enterprise' }, sort: 'enterprise', render: (p) => p.enterpriseName },
      { title: { zhCN: '状态', en: 'Status' }, sort: 'status', render: (p) => L.label(SETS.pairing, p.status) },
      { title: { zhCN: '操作', en: 'Actions' }, render: (p) => (manage ? actions(p) : '') },
    ],
  });
  function actions(p) {
    const next = { PROPOSED: ['agree', { zhCN: '商定', en: 'Agree' }], AGREED: ['activate', { zhCN: '启动帮扶', en: 'Activate' }] }[p.status];
    return h('div', { class: 'actions' },
      next ? h('button', { type: 'button', dataset: { action: next[0] }, text: t(next[1]),
        onClick: async () => { if (await step(ctx, `pairings/${p.id}/${next[0]}`, null, p.version)) await list.reload(true); } }) : null,
      p.status !== 'ENDED' ? h('button', { type: 'button', class: 'danger', dataset: { action: 'end' }, text: t({ zhCN: '结束', en: 'End' }),
        onClick: () => end(p) }) : null);
  }
  async function end(p) {
    const reason = h('textarea', { id: 'rural-end-reason', name: 'reason', rows: '3', required: true, maxlength: '1000' });
    const successful = h('input', { type: 'checkbox', id: 'rural-end-successful', name: 'successful' });
    const ended = await formDialog(ctx, {
      id: 'rural-end-dialog',
      title: { zhCN: `结束结对：${p.villageName} — ${p.enterpriseName}`, en: `End the pairing: ${p.villageName} — ${p.enterpriseName}` },
      submitText: { zhCN: '结束结对', en: 'End pairing' },
      fields: [field(t({ zhCN: '结束原因', en: 'Reason for ending' }), reason),
        h('label', { class: 'kit-check', for: successful.id }, successful, h('span', { text: t({ zhCN: '帮扶取得成效', en: 'The help was successful' }) }))],
      submit: () => ctx.api(`${API}/pairings/${p.id}/end`, { method: 'POST', body: { reason: reason.value, successful: successful.checked },
        headers: { 'If-Match': `"${p.version}"` } }),
    });
    if (ended) {
      ctx.notify(t({ zhCN: '结对已结束。', en: 'Pairing ended.' }), 'success');
      await list.reload(true);
    }
  }

  const repairing = h('div', { 'aria-live': 'polite' });
  const drawRepairing = () => load(repairing, ctx, async () => {
    const rows = await ctx.api(`${API}/repairing?unit=${unit}`);
    if (!rows.length) return null;
    return table(ctx, { id: 'rural-repairing-table', caption: { zhCN: '需重新结对', en: 'To re-pair' }, rows, columns: [
      { title: { zhCN: '村', en: 'Village' }, head: true, render: (r) => r.pairing.villageName },
      { title: { zhCN: '现结对企业', en: 'Current enterprise' }, render: (r) => r.pairing.enterpriseName },
      { title: { zhCN: '原因', en: 'Reason' }, class: 'wrap', render: (r) => r.reason },
      { title: { zhCN: '建议企业', en: 'Suggested' }, render: (r) => (r.suggestion
        ? `${r.suggestion.enterpriseName}（${number(ctx, r.suggestion.score, 1)}）` : '—') },
    ] });
  }, { zhCN: '目前没有需要重新结对的村。', en: 'No pairing needs re-pairing now.' });

  const village = unitPicker(ctx, { id: 'rural-recommend-village', name: 'village', unitType: 'VILLAGE',
    caption: { zhCN: '村（按名称查找）', en: 'Village (find by name)' } });
  const recommendations = h('div', { id: 'rural-recommendations', 'aria-live': 'polite' });
  const recommend = () => load(recommendations, ctx, async () => {
    const [chosen] = village.items();
    if (!chosen) return h('p', { class: 'muted', text: t({ zhCN: '请先查找并点选一个村。', en: 'Find and click a village first.' }) });
    const needs = await ctx.api(`${API}/recommendations?village=${chosen.id}&limit=5`);
    return needs.map((n) => recommendationTable(ctx, L, chosen, n, manage, () => list.reload()));
  }, { zhCN: '这个村还没有登记需求。', en: 'This village has no needs recorded.' });

  container.append(list.element,
    h('section', { class: 'panel kit-section', 'aria-labelledby': 'rural-repairing-title' },
      h('h2', { id: 'rural-repairing-title', text: t({ zhCN: '需重新结对（精准帮扶）', en: 'To re-pair (business no longer matches)' }) }), repairing),
    h('section', { class: 'panel kit-section', 'aria-labelledby': 'rural-recommend-title' },
      h('h2', { id: 'rural-recommend-title', text: t({ zhCN: '推荐企业', en: 'Recommendations' }) }),
      village.element, h('div', { class: 'form-buttons' }, h('button', { type: 'button', class: 'primary', id: 'rural-recommend',
        text: t({ zhCN: '推荐', en: 'Recommend' }), onClick: recommend })), recommendations));
  await Promise.all([list.ready, drawRepairing()]);
}

/** One need's candidates, best first, each score split into its parts with the reason in words. */
function recommendationTable(ctx, L, village, recommendation, manage, proposed) {
  const t = ctx.t;
  const need = recommendation.need;
  const rows = recommendation.enterprises.map((r, i) => ({ ...r, rank: i + 1 }));
  return h('div', { class: 'kit-section' },
    h('h3', { text: `${L.label(SETS.need, need.type)}：${need.description || ''}` }),
    rows.length ? table(ctx, { caption: { zhCN: '推荐企业', en: 'Recommended enterprises' }, rows,
      rowAttrs: (r) => ({ dataset: { enterprise: r.enterpriseId } }),
      columns: [
        { title: { zhCN: '排名', en: 'Rank' }, class: 'num', render: (r) => String(r.rank) },
        { title: { zhCN: '企业', en: 'Enterprise' }, head: true, render: (r) => r.enterpriseName },
        { title: { zhCN: '得分', en: 'Score' }, class: 'num', render: (r) => number(ctx, r.score, 1) },
        { title: { zhCN: '得分构成', en: 'How it scores' }, class: 'wrap', render: (r) => h('ul', { class: 'plain-list' },
          r.components.map((c) => h('li', { text: `${t(PARTS[c.name] || { zhCN: c.name, en: c.name })} ${number(ctx, c.points, 1)}：${c.reason}` }))) },
        { title: { zhCN: '操作', en: 'Actions' }, render: (r) => (manage ? h('button', { type: 'button', class: 'primary', dataset: { action: 'pair' },
          text: t({ zhCN: '提出结对', en: 'Propose pairing' }), onClick: async (event) => {
            event.currentTarget.disabled = true;
            try {
              await ctx.api(`${API}/pairings`, { method: 'POST', body: { enterpriseId: r.enterpriseId, villageId: village.id, needId: need.id } });
              ctx.notify(t({ zhCN: `已提出结对：${village.name} — ${r.enterpriseName}`, en: `Pairing proposed: ${village.name} — ${r.enterpriseName}` }), 'success');
              await proposed();
            } catch (e) {
              ctx.notify(e.message);
            }
          } }) : '') },
      ] })
      : h('p', { class: 'muted', text: t({ zhCN: '没有能帮助这项需求的企业。', en: 'No enterprise can help with this need.' }) }));
}
