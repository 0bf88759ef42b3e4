// 强村共富 (strong villages) pages for the grassroots console.
// Contract: the console imports this ES module and calls page.render(container, ctx); ctx.api(path, options)
// fetches JSON from /api/..., ctx.t(text) picks the user's language from {zhCN, en}.

const CATEGORY = {
  DEMONSTRATION: { zhCN: '示范村', en: 'Demonstration' },
  EXCELLENCE: { zhCN: '创优村', en: 'Excellence' },
  FOUNDATION: { zhCN: '强基村', en: 'Foundation' },
};
const STATUS = {
  COMPUTED: { zhCN: '已测算', en: 'Computed' },
  PROPOSED: { zhCN: '街道已提名', en: 'Proposed' },
  CONFIRMED: { zhCN: '区已确认', en: 'Confirmed' },
  AGREED: { zhCN: '已商定', en: 'Agreed' },
  ACTIVE: { zhCN: '帮扶中', en: 'Active' },
  ENDED: { zhCN: '已结束', en: 'Ended' },
  OPEN: { zhCN: '待办', en: 'Open' },
  IN_PROGRESS: { zhCN: '办理中', en: 'In progress' },
  DONE: { zhCN: '已完成', en: 'Done' },
};
const NEED = {
  INDUSTRY: { zhCN: '产业', en: 'Industry' }, SALES: { zhCN: '销售', en: 'Sales' },
  LABOUR: { zhCN: '就业', en: 'Labour' }, TECHNOLOGY: { zhCN: '技术', en: 'Technology' },
  FUNDS: { zhCN: '资金', en: 'Funds' }, INFRASTRUCTURE: { zhCN: '基础设施', en: 'Infrastructure' },
};
const PART = {
  business: { zhCN: '业务匹配', en: 'Business match' }, industry: { zhCN: '行业匹配', en: 'Industry match' },
  distance: { zhCN: '距离', en: 'Distance' }, load: { zhCN: '帮扶负荷', en: 'Current load' },
  outcomes: { zhCN: '以往成效', en: 'Past outcomes' },
};

function el(tag, text, attrs = {}) {
  const element = document.createElement(tag);
  if (text != null) element.textContent = text;
  Object.entries(attrs).forEach(([k, v]) => element.setAttribute(k, v));
  return element;
}

function label(ctx, map, key) {
  return ctx.t(map[key] ?? { zhCN: key, en: key });
}

function unitOf(ctx) {
  return ctx.unit ?? (ctx.user && ctx.user.unitId);
}

function yearInput(container, ctx, year, onChange) {
  const input = el('input', null, { type: 'number', min: '2000', max: '2100', value: String(year) });
  input.addEventListener('change', () => onChange(Number(input.value)));
  const wrap = el('label', ctx.t({ zhCN: '年度 ', en: 'Year ' }));
  wrap.append(input);
  container.append(wrap);
}

function problemText(error) {
  return error && (error.detail || error.message) ? (error.detail || error.message) : String(error);
}

async function action(ctx, path, body, version, after) {
  try {
    await ctx.api(path, { method: 'POST', body: body == null ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${version}"` } });
    await after();
  } catch (error) {
    alert(problemText(error));
  }
}

async function renderClassification(container, ctx, year = new Date().getFullYear() - 1) {
  container.replaceChildren(el('h2', ctx.t({ zhCN: '村党组织分类', en: 'Village classification' })));
  const unit = unitOf(ctx);
  if (unit == null) {
    container.append(el('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  yearInput(container, ctx, year, (y) => renderClassification(container, ctx, y));
  const run = el('button', ctx.t({ zhCN: '重新测算', en: 'Re-run classification' }));
  run.addEventListener('click', async () => {
    if (!confirm(ctx.t({ zhCN: '重新测算将重置本年度的提名和确认，是否继续？', en: 'A re-run resets this year\'s proposals and confirmations. Continue?' }))) return;
    try {
      await ctx.api(`/api/rural/classifications/${year}/run?rerun=true`, { method: 'POST' });
    } catch (error) {
      alert(problemText(error));
    }
    renderClassification(container, ctx, year);
  });
  container.append(run);
  let page;
  try {
    const stats = await ctx.api(`/api/rural/statistics?unit=${unit}&year=${year}`);
    const categories = stats.find((s) => s.id === 'rural.villages.category');
    const summary = el('p');
    Object.keys(CATEGORY).forEach((k) => summary.append(`${label(ctx, CATEGORY, k)} ${categories.breakdown[k] ?? 0}　`));
    container.append(summary);
    page = await ctx.api(`/api/rural/classifications?unit=${unit}&year=${year}&size=500&sort=-score`);
  } catch (error) {
    container.append(el('p', problemText(error)));
    return;
  }
  const t = el('table');
  const head = el('tr');
  [{ zhCN: '村', en: 'Village' }, { zhCN: '得分', en: 'Score' }, { zhCN: '测算类别', en: 'Computed' },
    { zhCN: '类别', en: 'Category' }, { zhCN: '状态', en: 'Status' }, { zhCN: '操作', en: 'Actions' }]
    .forEach((h) => head.append(el('th', ctx.t(h))));
  t.append(head);
  for (const c of page.items) {
    const row = el('tr');
    row.append(el('td', c.villageName), el('td', c.score.toFixed(1)), el('td', label(ctx, CATEGORY, c.computedCategory)),
      el('td', label(ctx, CATEGORY, c.category)), el('td', label(ctx, STATUS, c.status)));
    const actions = el('td');
    if (c.status === 'COMPUTED') {
      const propose = el('button', ctx.t({ zhCN: '街道提名', en: 'Propose' }));
      propose.addEventListener('click', () => action(ctx, `/api/rural/classifications/${c.id}/propose`, {}, c.version,
        () => renderClassification(container, ctx, year)));
      actions.append(propose);
    }
    if (c.status === 'PROPOSED') {
      const confirmButton = el('button', ctx.t({ zhCN: '区确认', en: 'Confirm' }));
      confirmButton.addEventListener('click', () => action(ctx, `/api/rural/classifications/${c.id}/confirm`, null, c.version,
        () => renderClassification(container, ctx, year)));
      actions.append(confirmButton);
    }
    row.append(actions);
    t.append(row);
  }
  container.append(t);
}

async function renderVisits(container, ctx, year = new Date().getFullYear() - 1) {
  container.replaceChildren(el('h2', ctx.t({ zhCN: '村村到调研走访', en: '村村到 research visits' })));
  const unit = unitOf(ctx);
  if (unit == null) {
    container.append(el('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  yearInput(container, ctx, year, (y) => renderVisits(container, ctx, y));
  try {
    const coverage = await ctx.api(`/api/rural/visits/coverage?unit=${unit}&year=${year}`);
    container.append(el('p', ctx.t({
      zhCN: `已走访 ${coverage.visited} / ${coverage.villages} 个村；未走访：${coverage.notVisited.map((v) => v.name).join('、') || '无'}`,
      en: `${coverage.visited} of ${coverage.villages} villages visited; not yet: ${coverage.notVisited.map((v) => v.name).join(', ') || 'none'}`,
    })));
    const page = await ctx.api(`/api/rural/visits?unit=${unit}&year=${year}&size=200`);
    const t = el('table');
    const head = el('tr');
    [{ zhCN: '日期', en: 'Date' }, { zhCN: '村', en: 'Village' }, { zhCN: '走访领导', en: 'Leader' },
      { zhCN: '发现问题', en: 'Findings' }, { zhCN: '跟进任务', en: 'Follow-up tasks' }]
      .forEach((h) => head.append(el('th', ctx.t(h))));
    t.append(head);
    for (const v of page.items) {
      const row = el('tr');
      const tasks = el('td');
      v.tasks.forEach((task) => {
        const line = el('div', `${task.description}（${task.owner}，${task.dueOn}）${label(ctx, STATUS, task.status)}`);
        if (task.status !== 'DONE') {
          const done = el('button', ctx.t({ zhCN: '完成', en: 'Done' }));
          done.addEventListener('click', () => action(ctx, `/api/rural/tasks/${task.id}/status`, { status: 'DONE' }, task.version,
            () => renderVisits(container, ctx, year)));
          line.append(done);
        }
        tasks.append(line);
      });
      row.append(el('td', v.visitedOn), el('td', v.villageName), el('td', v.leaderName), el('td', v.findings ?? ''), tasks);
      t.append(row);
    }
    container.append(t);
  } catch (error) {
    container.append(el('p', problemText(error)));
  }
}

async function renderPairing(container, ctx) {
  container.replaceChildren(el('h2', ctx.t({ zhCN: '企村结对', en: 'Enterprise–village pairing' })));
  const unit = unitOf(ctx);
  if (unit == null) {
    container.append(el('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  try {
    const page = await ctx.api(`/api/rural/pairings?unit=${unit}&size=500&sort=status`);
    const t = el('table');
    const head = el('tr');
    [{ zhCN: '村', en: 'Village' }, { zhCN: '企业', en: 'Enterprise' }, { zhCN: '状态', en: 'Status' },
      { zhCN: '操作', en: 'Actions' }].forEach((h) => head.append(el('th', ctx.t(h))));
    t.append(head);
    for (const p of page.items) {
      const row = el('tr');
      const actions = el('td');
      const next = { PROPOSED: ['agree', { zhCN: '商定', en: 'Agree' }], AGREED: ['activate', { zhCN: '启动', en: 'Activate' }] }[p.status];
      if (next) {
        const b = el('button', ctx.t(next[1]));
        b.addEventListener('click', () => action(ctx, `/api/rural/pairings/${p.id}/${next[0]}`, null, p.version, () => renderPairing(container, ctx)));
        actions.append(b);
      }
      if (p.status !== 'ENDED') {
        const end = el('button', ctx.t({ zhCN: '结束', en: 'End' }));
        end.addEventListener('click', () => {
          const reason = prompt(ctx.t({ zhCN: '结束原因', en: 'Reason for ending' }));
          if (reason) {
            action(ctx, `/api/rural/pairings/${p.id}/end`, { reason, successful: confirm(ctx.t({ zhCN: '帮扶是否成功？', en: 'Was it successful?' })) },
              p.version, () => renderPairing(container, ctx));
          }
        });
        actions.append(end);
      }
      row.append(el('td', p.villageName), el('td', p.enterpriseName), el('td', label(ctx, STATUS, p.status)), actions);
      t.append(row);
    }
    container.append(t);

    container.append(el('h3', ctx.t({ zhCN: '需重新结对（精准帮扶）', en: 'To re-pair (business no longer matches)' })));
    const repairing = await ctx.api(`/api/rural/repairing?unit=${unit}`);
    const list = el('ul');
    repairing.forEach((r) => list.append(el('li', `${r.pairing.villageName} — ${r.pairing.enterpriseName}: ${r.reason}`
      + (r.suggestion ? ` → ${r.suggestion.enterpriseName} (${r.suggestion.score.toFixed(1)})` : ''))));
    container.append(list);

    container.append(el('h3', ctx.t({ zhCN: '推荐企业', en: 'Recommendations' })));
    const input = el('input', null, { placeholder: ctx.t({ zhCN: '村编码或 ID', en: 'village code or id' }) });
    const go = el('button', ctx.t({ zhCN: '推荐', en: 'Recommend' }));
    const result = el('div');
    go.addEventListener('click', async () => {
      result.replaceChildren();
      try {
        const needs = await ctx.api(`/api/rural/recommendations?village=${encodeURIComponent(input.value)}&limit=5`);
        needs.forEach((n) => {
          result.append(el('h4', `${label(ctx, NEED, n.need.type)}：${n.need.description}`));
          n.enterprises.forEach((r, i) => {
            const parts = r.components.map((c) => `${label(ctx, PART, c.name)} ${c.points.toFixed(1)}（${c.reason}）`).join('；');
            result.append(el('p', `${i + 1}. ${r.enterpriseName} ${r.score.toFixed(1)} = ${parts}`));
          });
        });
      } catch (error) {
        result.append(el('p', problemText(error)));
      }
    });
    container.append(input, go, result);
  } catch (error) {
    container.append(el('p', problemText(error)));
  }
}

async function renderEconomy(container, ctx, year = new Date().getFullYear() - 1) {
  container.replaceChildren(el('h2', ctx.t({ zhCN: '村集体经济', en: 'Collective economy' })));
  const unit = unitOf(ctx);
  if (unit == null) {
    container.append(el('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  yearInput(container, ctx, year, (y) => renderEconomy(container, ctx, y));
  try {
    const page = await ctx.api(`/api/rural/income?unit=${unit}&year=${year}&size=500&sort=-amount`);
    const t = el('table');
    const head = el('tr');
    [{ zhCN: '村', en: 'Village' }, { zhCN: '收入（万元）', en: 'Income (10k yuan)' }, { zhCN: '上年', en: 'Previous year' },
      { zhCN: '增长', en: 'Growth' }].forEach((h) => head.append(el('th', ctx.t(h))));
    t.append(head);
    page.items.forEach((i) => {
      const row = el('tr');
      row.append(el('td', i.villageName), el('td', i.amount.toFixed(1)), el('td', i.previousAmount == null ? '—' : i.previousAmount.toFixed(1)),
        el('td', i.growth == null ? '—' : `${(i.growth * 100).toFixed(1)}%`));
      t.append(row);
    });
    container.append(t);
    const projects = await ctx.api(`/api/rural/projects?unit=${unit}&size=200`);
    container.append(el('h3', ctx.t({ zhCN: '村级项目', en: 'Village projects' })));
    const list = el('ul');
    projects.items.forEach((p) => list.append(el('li', `${p.villageName} · ${p.name}（${p.startYear}）投资 ${p.investment} 万元，产值 ${p.output} 万元，${p.status}`)));
    container.append(list);
  } catch (error) {
    container.append(el('p', problemText(error)));
  }
}

// Spreadsheets: each sheet downloads as XLSX (or CSV) and uploads back in the same layout, all rows or none.
const SHEETS = [
  { id: 'scores', yearly: true, title: { zhCN: '村评分表', en: 'Criterion scores' }, upload: true },
  { id: 'classifications', yearly: true, title: { zhCN: '村分类结果', en: 'Classification' }, upload: false },
  { id: 'visits', yearly: false, title: { zhCN: '村村到走访', en: 'Visits' }, upload: true },
  { id: 'needs', yearly: false, title: { zhCN: '村需求', en: 'Village needs' }, upload: true },
  { id: 'enterprises', yearly: false, title: { zhCN: '帮扶企业', en: 'Enterprises' }, upload: true, district: true },
  { id: 'income', yearly: true, title: { zhCN: '集体经济收入', en: 'Collective income' }, upload: true },
];

function sheetPath(sheet, unit, year, format) {
  const query = [`format=${format}`];
  if (!sheet.district) query.push(`unit=${unit}`);
  return `/api/rural/sheets/${sheet.id}${sheet.yearly ? `/${year}` : ''}?${query.join('&')}`;
}

// Downloads need the bearer token, so the file is fetched and offered under the name the server gave it.
async function downloadSheet(ctx, path) {
  const response = await ctx.api(path, { raw: true, headers: { Accept: '*/*' } });
  const blob = await response.blob();
  const match = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') || '');
  const link = el('a', null, { href: URL.createObjectURL(blob), download: match ? decodeURIComponent(match[1]) : 'rural.xlsx' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60000);
}

function rowErrors(ctx, problem) {
  const list = el('ul');
  (problem.rowErrors || []).forEach((e) => list.append(el('li', ctx.t({
    zhCN: `第 ${e.row} 行「${e.column}」：${e.reason}`, en: `row ${e.row}, ${e.column}: ${e.reason}` }))));
  return list;
}

async function renderSheets(container, ctx, year = new Date().getFullYear() - 1) {
  container.replaceChildren(el('h2', ctx.t({ zhCN: '表格导入导出', en: 'Spreadsheets' })));
  const unit = unitOf(ctx);
  if (unit == null) {
    container.append(el('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  container.append(el('p', ctx.t({ zhCN: '下载表格，在 Excel 中填写或修改后上传。有错误时整个文件不导入，并列出每个错误的行、列和原因。',
    en: 'Download a sheet, fill it in or change it in Excel, upload it back. A file with errors is not imported at all; every error is listed by row, column and reason.' })));
  yearInput(container, ctx, year, (y) => renderSheets(container, ctx, y));
  const t = el('table');
  SHEETS.forEach((sheet) => {
    const row = el('tr');
    row.append(el('td', ctx.t(sheet.title)));
    const actions = el('td');
    ['XLSX', 'CSV'].forEach((format) => {
      const button = el('button', ctx.t({ zhCN: `下载 ${format}`, en: `Download ${format}` }));
      button.addEventListener('click', () => downloadSheet(ctx, sheetPath(sheet, unit, year, format)).catch((e) => alert(problemText(e))));
      actions.append(button);
    });
    const result = el('div');
    if (sheet.upload) {
      const file = el('input', null, { type: 'file', accept: '.xlsx,.csv' });
      file.addEventListener('change', async () => {
        const chosen = file.files[0];
        if (!chosen) return;
        const format = chosen.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'XLSX';
        result.replaceChildren();
        try {
          // 422 is answered as a body here: it carries the refused cells (rowErrors)
          const done = await ctx.api(sheetPath(sheet, unit, year, format), { method: 'POST', body: await chosen.arrayBuffer(),
            headers: { 'Content-Type': 'application/octet-stream' }, accept: [422] });
          if (done.status === 422) {
            result.append(el('p', done.detail || done.title), rowErrors(ctx, done));
            return;
          }
          result.append(el('p', ctx.t({ zhCN: `已导入：新增 ${done.created}，更新 ${done.updated}，未变 ${done.unchanged}`,
            en: `Imported: ${done.created} added, ${done.updated} changed, ${done.unchanged} unchanged` })));
        } catch (error) {
          result.append(el('p', problemText(error)));
        } finally {
          file.value = '';
        }
      });
      actions.append(file);
    }
    actions.append(result);
    row.append(actions);
    t.append(row);
  });
  container.append(t);
}

export default {
  id: 'rural',
  pages: [
    { path: 'classification', title: { zhCN: '村分类', en: 'Classification' }, render: (c, ctx) => renderClassification(c, ctx) },
    { path: 'visits', title: { zhCN: '村村到', en: 'Visits' }, render: (c, ctx) => renderVisits(c, ctx) },
    { path: 'pairing', title: { zhCN: '企村结对', en: 'Pairing' }, render: (c, ctx) => renderPairing(c, ctx) },
    { path: 'economy', title: { zhCN: '集体经济', en: 'Collective economy' }, render: (c, ctx) => renderEconomy(c, ctx) },
    { path: 'sheets', title: { zhCN: '表格导入导出', en: 'Spreadsheets' }, render: (c, ctx) => renderSheets(c, ctx) },
  ],
};
