// 工业社区 (industrial community) pages for the grassroots console.
// Contract: the console imports this ES module and calls page.render(container, ctx) where
// ctx.api(path, options) fetches JSON from /api/... and ctx.t({zhCN, en}) picks the user's language.

const STATUS = {
  SUBMITTED: { zhCN: '已提交', en: 'Submitted' },
  ASSIGNED: { zhCN: '已分派', en: 'Assigned' },
  IN_PROGRESS: { zhCN: '办理中', en: 'In progress' },
  RESOLVED: { zhCN: '已办结', en: 'Resolved' },
  RATED: { zhCN: '已评价', en: 'Rated' },
};

function cell(tag, text) {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

async function renderRequests(container, ctx) {
  container.replaceChildren(cell('h2', ctx.t({ zhCN: '企业诉求', en: 'Service requests' })));
  const unit = ctx.unit ?? (ctx.user && ctx.user.unitId);
  if (unit == null) {
    container.append(cell('p', ctx.t({ zhCN: '请选择单位。', en: 'Choose a unit first.' })));
    return;
  }
  let page;
  try {
    page = await ctx.api(`/api/industrial/requests?unit=${encodeURIComponent(unit)}&size=50`);
  } catch (error) {
    container.append(cell('p', error.message || String(error)));
    return;
  }
  const table = document.createElement('table');
  const head = document.createElement('tr');
  for (const title of [{ zhCN: '提交时间', en: 'Submitted' }, { zhCN: '标题', en: 'Title' }, { zhCN: '状态', en: 'Status' }]) {
    head.append(cell('th', ctx.t(title)));
  }
  table.append(head);
  for (const request of page.items) {
    const row = document.createElement('tr');
    row.append(cell('td', new Date(request.submittedAt).toLocaleString()),
      cell('td', request.title),
      cell('td', ctx.t(STATUS[request.status] ?? { zhCN: request.status, en: request.status })));
    table.append(row);
  }
  container.append(table,
    cell('p', ctx.t({ zhCN: `共 ${page.total} 条`, en: `${page.total} in total` })));
}

export default {
  id: 'industrial',
  pages: [
    {
      path: 'requests',
      title: { zhCN: '企业诉求', en: 'Service requests' },
      render: renderRequests,
    },
  ],
};
