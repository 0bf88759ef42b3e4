// 年度工作纪实: the year-end work record of the scope unit, written by the platform from every module's data
// (GET /api/core/work-record). Each installed module that is enabled in the subtree contributes a section: its
// headline figures with the year before, notable items by name and a few sentences from its templates. The
// sentences are a draft: the reader edits them here, then prints the page or copies the text into the report.
import { h, clear, field } from '../dom.js';
import { yearPicker } from '../kit/pickers.js';
import { loading, empty, failed as failedState } from '../kit/states.js';
import { unitLabel } from '../i18n.js';
import { formatNumber } from '../format.js';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

const TEXT = {
  noScope: { zhCN: '请先在“组织架构”中选择范围。', en: 'Choose a scope under Organizations first.' },
  heading: { zhCN: '{name}{year}年度基层党建工作纪实', en: 'Work record {year}: {name}' },
  intro: {
    zhCN: '以下数字由平台按各专项行动模块的数据自动统计；每节的文字为模板生成的草稿，可在此修改后打印或复制。',
    en: 'The figures are counted by the platform from each module\'s data; each section\'s text is a draft written from a template, to edit here before printing or copying.',
  },
  item: { zhCN: '指标', en: 'Figure' },
  value: { zhCN: '本年', en: 'This year' },
  previous: { zhCN: '上年', en: 'Year before' },
  change: { zhCN: '增减', en: 'Change' },
  highlights: { zhCN: '典型与亮点', en: 'Notable' },
  summary: { zhCN: '文字稿（可修改）', en: 'Text (editable)' },
  print: { zhCN: '打印', en: 'Print' },
  copy: { zhCN: '复制全文', en: 'Copy the text' },
  copied: { zhCN: '全文已复制。', en: 'The text is copied.' },
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
  const { select: year } = await yearPicker(ctx, { id: 'wr-year', name: 'year' });
  const body = h('article', { class: 'work-record', id: 'work-record', 'aria-live': 'polite' });
  const copy = h('button', { type: 'button', class: 'secondary', id: 'wr-copy', text: t(TEXT.copy) });
  const print = h('button', { type: 'button', id: 'wr-print', text: t(TEXT.print), onclick: () => window.print() });
  container.append(h('div', { class: 'toolbar no-print' }, field(ctx.t('common.year'), year), print, copy), body);
  copy.addEventListener('click', async () => {
    await navigator.clipboard.writeText(plainText(body));
    ctx.notify(t(TEXT.copied));
  });

  async function load() {
    clear(body).append(loading(ctx));
    let record;
    try {
      record = await ctx.api(`work-record?subtreeOf=${ctx.unit.id}&year=${Number(year.value)}`);
    } catch (e) {
      clear(body).append(failedState(ctx, e));
      return;
    }
    clear(body).append(
      h('h1', { id: 'wr-title', text: t(TEXT.heading, { name: record.unitName, year: record.year }) }),
      h('p', { class: 'muted no-print', text: t(TEXT.intro) }));
    const names = new Map((ctx.registry().registry || []).map((m) => [m.id, ctx.t(m.name)]));
    for (const module of record.failed || []) {
      body.append(h('p', { class: 'field-error', role: 'status', dataset: { module },
        text: t(TEXT.missing, { name: names.get(module) || module }) }));
    }
    if (!record.sections.length) {
      body.append(empty(ctx, t(TEXT.none), t(TEXT.noneHint)));
      return;
    }
    record.sections.forEach((section, i) => body.append(sectionOf(ctx, t, section, i)));
  }

  year.addEventListener('change', () => load());
  await load();
}

function sectionOf(ctx, t, section, index) {
  const numeral = NUMERALS[index] || String(index + 1);
  const heading = ctx.lang === 'en' ? `${index + 1}. ${ctx.t(section.title)}` : `${numeral}、${ctx.t(section.title)}`;
  const rows = section.figures.map((f) => h('tr', { dataset: { figure: f.id } },
    h('th', { scope: 'row' }, f.drillDown ? h('a', { href: `#/${f.drillDown}`, text: ctx.t(f.label) }) : ctx.t(f.label)),
    h('td', { class: 'num', text: amount(ctx, f.value, f.unit) }),
    h('td', { class: 'num', text: f.previousYear == null ? t(TEXT.noPrevious) : amount(ctx, f.previousYear, f.unit) }),
    h('td', { class: 'num', text: f.previousYear == null ? t(TEXT.noPrevious) : signed(ctx, f.value - f.previousYear) })));
  const summary = h('textarea', { class: 'wr-summary', rows: 4, 'aria-label': `${ctx.t(section.title)}：${t(TEXT.summary)}` });
  summary.value = ctx.t(section.summary);
  return h('section', { class: 'panel wr-section', dataset: { module: section.module } },
    h('h2', { text: heading }),
    h('table', { class: 'kit-table wr-figures' },
      h('thead', {}, h('tr', {}, [TEXT.item, TEXT.value, TEXT.previous, TEXT.change].map((c) => h('th', { scope: 'col', text: t(c) })))),
      h('tbody', {}, rows)),
    section.highlights.length ? h('div', { class: 'wr-highlights' }, h('h3', { text: t(TEXT.highlights) }),
      h('ul', {}, section.highlights.map((x) => h('li', { text: ctx.t(x) })))) : null,
    field(t(TEXT.summary), summary));
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
  body.querySelectorAll('h1, h2, h3, tbody tr, li, textarea').forEach((el) => {
    if (el.tagName === 'TEXTAREA') lines.push(el.value, '');
    else if (el.tagName === 'TR') lines.push([...el.children].map((c) => c.textContent).join('\t'));
    else lines.push(el.textContent);
  });
  return lines.join('\n');
}
