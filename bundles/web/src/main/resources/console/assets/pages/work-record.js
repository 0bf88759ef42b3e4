// 年度工作纪实: the year-end work record of the scope unit, written by the platform from every module's data
// (GET /api/core/work-record/edition). Each installed module enabled in the subtree contributes a section: its
// headline figures with the year before, each linking to the list it counts, notable items by name, and a text.
// The text starts as the module's template; the department edits it and saves it on the server as a new version
// (If-Match), and a figure that moved since the text was saved is flagged. A frozen year shows its frozen figures
// beside the live ones. The record exports as Word (DOCX) and PDF.
import { h, clear, field } from '../dom.js';
import { yearPicker } from '../kit/pickers.js';
import { loading, empty, failed as failedState } from '../kit/states.js';
import { confirmDialog } from '../kit/dialog.js';
import { ifMatch } from '../kit/forms.js';
import { download, dateTime, actor } from '../kit/format.js';
import { unitLabel } from '../i18n.js';
import { formatNumber } from '../format.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const WRITERS = ['DISTRICT_ADMIN', 'UNIT_ADMIN'];

const TEXT = {
  noScope: { zhCN: '请先在“组织架构”中选择范围。', en: 'Choose a scope under Organizations first.' },
  heading: { zhCN: '{name}{year}年度基层党建工作纪实', en: 'Work record {year}: {name}' },
  intro: {
    zhCN: '以下数字由平台按各专项行动模块的数据自动统计，点击指标可查看所统计的记录；每节文字可修改并保存，保存后数字如有变化会标出。',
    en: 'The figures are counted by the platform from each module\'s data; open a figure to see the records it counts. Each section\'s text can be edited and saved; figures that change after it was saved are marked.',
  },
  item: { zhCN: '指标', en: 'Figure' },
  value: { zhCN: '本年', en: 'This year' },
  previous: { zhCN: '上年', en: 'Year before' },
  change: { zhCN: '增减', en: 'Change' },
  frozen: { zhCN: '冻结值', en: 'Frozen' },
  highlights: { zhCN: '典型与亮点', en: 'Notable' },
  summary: { zhCN: '文字稿', en: 'Text' },
  save: { zhCN: '保存文字稿', en: 'Save the text' },
  saved: { zhCN: '文字稿已保存（第{version}版）。', en: 'The text is saved (version {version}).' },
  stale: { zhCN: '未保存：他人刚保存了这一节的文字稿，已载入最新版本，请核对后再改。', en: 'Not saved: someone else saved this section meanwhile. The latest version is shown; check it and redo your change.' },
  template: { zhCN: '模板生成的文字，尚未保存。', en: 'Written from the template; not saved yet.' },
  version: { zhCN: '第{version}版，{who}于{when}保存。', en: 'Version {version}, saved by {who} on {when}.' },
  changed: { zhCN: '文字稿保存后以下数字已变化，请核对文字：', en: 'These figures changed after the text was saved; check the text:' },
  changedItem: { zhCN: '{label}：原为{then}，现为{now}', en: '{label}: was {then}, now {now}' },
  gone: { zhCN: '（已不再统计）', en: '(no longer counted)' },
  history: { zhCN: '历史版本', en: 'Earlier versions' },
  noHistory: { zhCN: '尚无保存的版本。', en: 'No saved version yet.' },
  entry: { zhCN: '第{version}版 · {who} · {when}', en: 'Version {version} · {who} · {when}' },
  print: { zhCN: '打印', en: 'Print' },
  copy: { zhCN: '复制全文', en: 'Copy the text' },
  copied: { zhCN: '全文已复制。', en: 'The text is copied.' },
  docx: { zhCN: '导出 Word', en: 'Export Word' },
  pdf: { zhCN: '导出 PDF', en: 'Export PDF' },
  freeze: { zhCN: '定稿冻结', en: 'Freeze the figures' },
  freezeTitle: { zhCN: '冻结{year}年度纪实的数字？', en: 'Freeze the figures of {year}?' },
  freezeMessage: { zhCN: '冻结后将保存当前全部数字，导出的纪实使用冻结值；以后数据更正时，页面会标出与冻结值不同的数字。冻结不能撤销。', en: 'The current figures are stored and exports print them; when data is corrected later, the page marks the figures that differ. Freezing cannot be undone.' },
  frozenState: { zhCN: '本年度纪实已于{when}由{who}定稿冻结。', en: 'Frozen on {when} by {who}.' },
  differing: { zhCN: '有{count}个数字与冻结值不同（已标出）。', en: '{count} figures differ from the frozen ones (marked).' },
  same: { zhCN: '实时数字与冻结值一致。', en: 'The live figures equal the frozen ones.' },
  live: { zhCN: '未冻结：显示实时统计数字。', en: 'Not frozen: the figures are live.' },
  differs: { zhCN: '与冻结值不同', en: 'differs from the frozen figure' },
  none: { zhCN: '本年度暂无可写入纪实的数据。', en: 'Nothing to report for this year yet.' },
  noneHint: { zhCN: '纪实由已启用的专项行动模块生成；请确认模块已在本范围启用并已录入本年度数据。', en: 'Sections come from the action modules enabled here; check that they are enabled and hold this year\'s data.' },
  missing: { zhCN: '“{name}”的内容暂时无法生成，请联系系统管理员查看日志。', en: 'The section of "{name}" could not be written; ask the system administrator to check the log.' },
  noPrevious: { zhCN: '—', en: '—' },
};

export async function render(container, ctx) {
  const { t } = ctx;
  if (!ctx.unit) {
    container.append(h('p', { class: 'muted', text: t(TEXT.noScope) }));
    return;
  }
  const writer = (ctx.roles || []).some((r) => WRITERS.includes(r));
  const { select: year } = await yearPicker(ctx, { id: 'wr-year', name: 'year' });
  const body = h('article', { class: 'work-record', id: 'work-record', 'aria-live': 'polite' });
  const query = () => `subtreeOf=${ctx.unit.id}&year=${Number(year.value)}`;
  const button = (id, text, onclick, cls = 'secondary') => h('button', { type: 'button', class: cls, id, text: t(text), onclick });
  const exportAs = (format) => async () => {
    try {
      await download(ctx, `work-record/export?${query()}&format=${format}`, `work-record.${format}`);
    } catch (e) {
      ctx.notify(e.message, 'error');
    }
  };
  const freeze = writer ? button('wr-freeze', TEXT.freeze, async () => {
    const title = { zhCN: TEXT.freezeTitle.zhCN.replace('{year}', year.value), en: TEXT.freezeTitle.en.replace('{year}', year.value) };
    const yes = await confirmDialog(ctx, { title,
      message: TEXT.freezeMessage, confirmText: TEXT.freeze, id: 'wr-freeze-dialog' });
    if (!yes) return;
    try {
      await ctx.api(`work-record/snapshot?${query()}`, { method: 'POST' });
    } catch (e) {
      ctx.notify(e.message, 'error');
    }
    await load();
  }) : null;
  container.append(h('div', { class: 'toolbar no-print' }, field(ctx.t('common.year'), year),
    button('wr-print', TEXT.print, () => window.print(), ''), button('wr-copy', TEXT.copy, async () => {
      await navigator.clipboard.writeText(plainText(body));
      ctx.notify(t(TEXT.copied));
    }), button('wr-docx', TEXT.docx, exportAs('docx')), button('wr-pdf', TEXT.pdf, exportAs('pdf')), freeze), body);

  async function load() {
    clear(body).append(loading(ctx));
    let edition;
    try {
      edition = await ctx.api(`work-record/edition?${query()}`);
    } catch (e) {
      clear(body).append(failedState(ctx, e));
      return;
    }
    const { record, snapshot } = edition;
    if (freeze) freeze.hidden = Boolean(snapshot);
    clear(body).append(
      h('h1', { id: 'wr-title', text: t(TEXT.heading, { name: record.unitName, year: record.year }) }),
      h('p', { class: 'muted no-print', text: t(TEXT.intro) }),
      h('p', { class: `wr-state no-print${snapshot && snapshot.differing ? ' wr-differs' : ''}`, id: 'wr-state', role: 'status',
        text: snapshot ? `${t(TEXT.frozenState, { when: dateTime(ctx, snapshot.frozenAt), who: actor(ctx, snapshot.frozenBy) })}${
          t(snapshot.differing ? TEXT.differing : TEXT.same, { count: snapshot.differing })}` : t(TEXT.live) }));
    const names = new Map((ctx.registry().registry || []).map((m) => [m.id, ctx.t(m.name)]));
    for (const module of record.failed || []) {
      body.append(h('p', { class: 'field-error', role: 'status', dataset: { module },
        text: t(TEXT.missing, { name: names.get(module) || module }) }));
    }
    if (!record.sections.length) {
      body.append(empty(ctx, t(TEXT.none), t(TEXT.noneHint)));
      return;
    }
    const drafts = new Map((edition.drafts || []).map((d) => [d.module, d]));
    const frozen = new Map(((snapshot && snapshot.figures) || []).map((f) => [`${f.module}/${f.id}`, f]));
    record.sections.forEach((section, i) => body.append(sectionOf({ ctx, section, index: i, draft: drafts.get(section.module),
      frozen: snapshot ? frozen : null, year: record.year, writer, query, reload: load })));
  }

  year.addEventListener('change', () => load());
  await load();
}

function sectionOf({ ctx, section, index, draft, frozen, year, writer, query, reload }) {
  const { t } = ctx;
  const numeral = NUMERALS[index] || String(index + 1);
  const heading = ctx.lang === 'en' ? `${index + 1}. ${ctx.t(section.title)}` : `${numeral}、${ctx.t(section.title)}`;
  const columns = [TEXT.item, TEXT.value, TEXT.previous, TEXT.change, ...(frozen ? [TEXT.frozen] : [])];
  const rows = section.figures.map((f) => {
    const kept = frozen && frozen.get(`${section.module}/${f.id}`);
    const differs = Boolean(frozen && (!kept || kept.differs));
    return h('tr', { dataset: { figure: f.id }, class: differs ? 'wr-differs' : '' },
      h('th', { scope: 'row' }, f.drillDown ? h('a', { class: 'wr-drill', href: `#/${withYear(f.drillDown, year)}`, text: ctx.t(f.label) }) : ctx.t(f.label)),
      h('td', { class: 'num', text: amount(ctx, f.value, f.unit) }),
      h('td', { class: 'num', text: f.previousYear == null ? t(TEXT.noPrevious) : amount(ctx, f.previousYear, f.unit) }),
      h('td', { class: 'num', text: f.previousYear == null ? t(TEXT.noPrevious) : signed(ctx, f.value - f.previousYear) }),
      frozen ? h('td', { class: 'num wr-frozen', title: differs ? t(TEXT.differs) : '',
        text: kept ? `${amount(ctx, kept.frozen, f.unit)}${differs ? ' ≠' : ''}` : t(TEXT.noPrevious) }) : null);
  });
  const summary = h('textarea', { class: 'wr-summary', rows: 5, name: 'text', 'aria-label': `${ctx.t(section.title)}：${t(TEXT.summary)}` });
  summary.value = draft ? draft.text : ctx.t(section.summary);
  summary.readOnly = !writer;
  const meta = h('p', { class: 'muted wr-version no-print', text: draft ? t(TEXT.version, { version: draft.version,
    who: actor(ctx, draft.writtenBy), when: dateTime(ctx, draft.writtenAt) }) : t(TEXT.template) });
  const changes = draft && draft.changed.length ? h('div', { class: 'wr-changed field-error no-print', role: 'status' },
    h('p', { text: t(TEXT.changed) }), h('ul', {}, draft.changed.map((c) => h('li', { dataset: { figure: c.id },
      text: t(TEXT.changedItem, { label: c.label ? ctx.t(c.label) : c.id, then: amount(ctx, c.then, c.unit),
        now: c.now == null ? t(TEXT.gone) : amount(ctx, c.now, c.unit) }) })))) : null;
  const save = writer ? h('button', { type: 'button', class: 'primary wr-save no-print', text: t(TEXT.save), onclick: async () => {
    save.disabled = true;
    try {
      const saved = await ctx.api(`work-record/texts/${encodeURIComponent(section.module)}?${query()}`,
        { method: 'PUT', body: { text: summary.value }, headers: ifMatch(draft ? draft.version : 0) });
      ctx.notify(t(TEXT.saved, { version: saved.version }), 'success');
      await reload();
    } catch (e) {
      if (e.status === 409) {
        ctx.notify(t(TEXT.stale), 'error');
        await reload();
      } else {
        ctx.notify(e.message, 'error');
      }
    } finally {
      save.disabled = false;
    }
  } }) : null;
  return h('section', { class: 'panel wr-section', dataset: { module: section.module } },
    h('h2', { text: heading }),
    h('table', { class: 'kit-table wr-figures' },
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', text: t(c) })))),
      h('tbody', {}, rows)),
    section.highlights.length ? h('div', { class: 'wr-highlights' }, h('h3', { text: t(TEXT.highlights) }),
      h('ul', {}, section.highlights.map((x) => h('li', { text: ctx.t(x) })))) : null,
    field(t(TEXT.summary), summary), changes, meta, save, history(ctx, section.module, query));
}

/** The saved versions of a section's text, fetched when the reader opens them. */
function history(ctx, module, query) {
  const { t } = ctx;
  const list = h('ol', { class: 'wr-history-list' });
  const details = h('details', { class: 'wr-history no-print' }, h('summary', { text: t(TEXT.history) }), list);
  details.addEventListener('toggle', async () => {
    if (!details.open) return;
    try {
      const versions = await ctx.api(`work-record/texts/${encodeURIComponent(module)}?${query()}`);
      clear(list).append(...(versions.length ? versions.map((v) => h('li', { dataset: { version: v.version } },
        h('p', { class: 'muted', text: t(TEXT.entry, { version: v.version, who: actor(ctx, v.writtenBy), when: dateTime(ctx, v.writtenAt) }) }),
        h('p', { class: 'notice-body', text: v.text }))) : [h('li', { class: 'muted', text: t(TEXT.noHistory) })]));
    } catch (e) {
      clear(list).append(h('li', { class: 'field-error', text: e.message }));
    }
  });
  return details;
}

/** The module page of a figure, opened on the report's year (the scope stays the report's unit). */
function withYear(route, year) {
  return /[?&]year=/.test(route) ? route : `${route}${route.includes('?') ? '&' : '?'}year=${year}`;
}

function amount(ctx, value, unit) {
  return `${formatNumber(value, ctx.lang)}${ctx.lang === 'en' ? ' ' : ''}${unitLabel(ctx.lang, unit)}`;
}

function signed(ctx, delta) {
  if (delta === 0) return '0';
  return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta), ctx.lang)}`;
}

/** The record as text for the report: headings, figures as sentences' raw material, the edited drafts. */
function plainText(body) {
  const lines = [];
  body.querySelectorAll('h1, h2, h3, tbody tr, .wr-highlights li, textarea').forEach((el) => {
    if (el.tagName === 'TEXTAREA') lines.push(el.value, '');
    else if (el.tagName === 'TR') lines.push([...el.children].map((c) => c.textContent).join('\t'));
    else lines.push(el.textContent);
  });
  return lines.join('\n');
}
