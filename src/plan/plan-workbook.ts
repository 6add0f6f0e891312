/**
 * The implementation plan as an editable spreadsheet (XLSX) for LSSO: a sheet
 * with the worked example, and a blank template with the same columns for
 * the groups' drafts and LSSO's own plan. Built from the same rows as the
 * chart and the tables.
 */
import ExcelJS from 'exceljs';
import type { Lang } from '../schemas/common';
import type { ImplementationPlan } from '../schemas/implementation-plan';
import { planRows } from './implementation-plan';

/** Column headings and sheet names, per language. */
export const WORKBOOK_TEXT: Record<Lang, { example: string; template: string; number: string; workstream: string; activity: string; month: string; responsible: string; outputs: string; indicator: string; resources: string; risk: string; mitigation: string; templateNote: string; mark: string }> = {
  en: {
    example: 'Example plan',
    template: 'Blank template',
    number: 'No.',
    workstream: 'Workstream',
    activity: 'Activity',
    month: 'M',
    responsible: 'Responsible',
    outputs: 'Outputs',
    indicator: 'Indicator',
    resources: 'Resources',
    risk: 'Risk',
    mitigation: 'Mitigation',
    templateNote: 'Write one activity per row. Put an x under each month (counted from the end of the course) in which the activity runs. Name a role, or an LSSO unit as LSSO names it.',
    mark: 'x',
  },
  lo: {
    example: 'ແຜນຕົວຢ່າງ',
    template: 'ແບບຟອມເປົ່າ',
    number: 'ລ/ດ',
    workstream: 'ກຸ່ມວຽກ',
    activity: 'ກິດຈະກຳ',
    month: 'ດ',
    responsible: 'ຜູ້ຮັບຜິດຊອບ',
    outputs: 'ຜົນໄດ້ຮັບ',
    indicator: 'ຕົວຊີ້ວັດ',
    resources: 'ຊັບພະຍາກອນ',
    risk: 'ຄວາມສ່ຽງ',
    mitigation: 'ມາດຕະການຫຼຸດຜ່ອນ',
    templateNote: 'ຂຽນກິດຈະກຳໜຶ່ງຢ່າງ ຕໍ່ແຖວ. ໝາຍ x ໃຕ້ເດືອນ (ນັບຈາກວັນສິ້ນສຸດຫຼັກສູດ) ທີ່ກິດຈະກຳດຳເນີນ. ລະບຸບົດບາດ, ຫຼື ໜ່ວຍງານຂອງ ອປຊ ຕາມຊື່ທີ່ ອປຊ ໃຊ້.',
    mark: 'x',
  },
};

/** Blank rows in the template. */
export const TEMPLATE_ROWS = 20;
/** A fixed date, so that the same plan always gives the same file. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');
const FONT: Record<Lang, string> = { en: 'Calibri', lo: 'Phetsarath OT' };

export async function planWorkbook(plan: ImplementationPlan, lang: Lang): Promise<Buffer> {
  const text = WORKBOOK_TEXT[lang];
  const book = new ExcelJS.Workbook();
  book.creator = 'LSSO inspection curriculum';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  const months = Array.from({ length: plan.months }, (_, m) => `${text.month}${m + 1}`);
  const headers = [text.number, text.workstream, text.activity, ...months, text.responsible, text.outputs, text.indicator, text.resources, text.risk, text.mitigation];
  const widths = [5, 18, 40, ...months.map(() => 4.5), 26, 32, 30, 26, 26, 26];
  const font = { name: FONT[lang], size: 10 };

  const sheet = (name: string, note: string) => {
    const ws = book.addWorksheet(name, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 }, views: [{ state: 'frozen', ySplit: 3 }] });
    ws.columns = widths.map((width) => ({ width }));
    ws.getCell('A1').value = plan.title[lang];
    ws.getCell('A1').font = { ...font, size: 13, bold: true };
    ws.getCell('A2').value = note;
    ws.getCell('A2').font = { ...font, italic: true };
    ws.mergeCells(2, 1, 2, headers.length);
    const head = ws.getRow(3);
    head.values = headers;
    head.eachCell((cell) => {
      cell.font = { ...font, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E8F0' } };
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
    return ws;
  };
  const style = (row: ExcelJS.Row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = font;
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });

  const example = sheet(text.example, plan.status[lang]);
  planRows(plan, lang).forEach((r, i) => {
    const a = r.activity;
    const row = example.addRow([i + 1, r.workstream, a.title[lang], ...r.active.map((on) => (on ? text.mark : '')), a.responsible[lang], a.outputs[lang], a.indicator[lang], a.resources[lang], a.risk[lang], a.mitigation[lang]]);
    style(row);
    r.active.forEach((on, m) => {
      if (on) row.getCell(4 + m).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0072B2' } };
    });
  });

  const template = sheet(text.template, text.templateNote);
  for (let i = 0; i < TEMPLATE_ROWS; i++) {
    const row = template.addRow([i + 1, ...Array(headers.length - 1).fill('')]);
    style(row);
    row.height = 30;
  }
  // A month cell takes an x or nothing; anything else is refused with a message.
  for (let m = 0; m < plan.months; m++) {
    for (let r = 4; r < 4 + TEMPLATE_ROWS; r++) {
      template.getCell(r, 4 + m).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${text.mark}"`], showErrorMessage: true, error: text.templateNote };
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
