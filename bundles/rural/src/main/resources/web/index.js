// 强村共富 (strong villages) pages for the grassroots console, one file per page, all on the console kit
// (/assets/kit.js). Contract: docs/ui-contributions.md.
import { renderClassification } from './classification.js';
import { renderVisits } from './visits.js';
import { renderPairing } from './pairing.js';
import { renderEconomy } from './economy.js';
import { renderSheets } from './sheets.js';

export default {
  id: 'rural',
  pages: [
    { path: 'classification', title: { zhCN: '村分类', en: 'Classification' }, render: renderClassification },
    { path: 'visits', title: { zhCN: '村村到', en: 'Visits' }, render: renderVisits },
    { path: 'pairing', title: { zhCN: '企村结对', en: 'Pairing' }, render: renderPairing },
    { path: 'economy', title: { zhCN: '集体经济', en: 'Collective economy' }, render: renderEconomy },
    { path: 'sheets', title: { zhCN: '表格导入导出', en: 'Spreadsheets' }, render: renderSheets },
  ],
};
