/**
 * Generates the Day 2 practice data set: a SYNTHETIC register of labour units in
 * three provinces, and the facilitator's solution of the risk exercise computed
 * from it. Deterministic (seeded), so running it again gives the same files:
 *
 *   npx tsx scripts/generate-practice-data.ts          # writes the files
 *   npx tsx scripts/generate-practice-data.ts --check  # fails if the files differ
 *
 * Writes content/data/practice-units.csv (what participants get),
 * content/data/practice-solution.json (what the pages and the manual read), and
 * content/data/indicators.json, the checked copy of indicators.yaml that the pages read,
 * content/data/practice-units.xlsx (the same table for Excel and Calc), and
 * content/data/practice-table.json (indicators and the XLSX for the page's live table).
 * No figure here is a real wage, rate or statistic: every number is invented.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateUnits,
  solvePracticeExercise,
  unitsToCsv,
  unitsToSheets,
  indicatorTable,
  RISK_WEIGHTS,
} from './practice-data';
import { readIndicatorSheet } from './indicator-sheet';
import { toXlsx } from './xlsx-writer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csvPath = join(root, 'content/data/practice-units.csv');
const solutionPath = join(root, 'content/data/practice-solution.json');
const indicatorsYaml = join(root, 'content/data/indicators.yaml');
const indicatorsJson = join(root, 'content/data/indicators.json');
const xlsxPath = join(root, 'content/data/practice-units.xlsx');
const tableJsonPath = join(root, 'content/data/practice-table.json');

const units = generateUnits();
const csv = unitsToCsv(units);
const solution = JSON.stringify(solvePracticeExercise(units), null, 2) + '\n';
const xlsx = toXlsx(unitsToSheets(units));
const table =
  JSON.stringify({ weights: RISK_WEIGHTS, indicators: indicatorTable(units), xlsxBase64: Buffer.from(xlsx).toString('base64') }) + '\n';
let indicators: string;
try {
  indicators = JSON.stringify(readIndicatorSheet(indicatorsYaml), null, 2) + '\n';
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  const stale = [
    [csvPath, csv],
    [solutionPath, solution],
    [indicatorsJson, indicators],
    [tableJsonPath, table],
  ].filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  try {
    if (!Buffer.from(xlsx).equals(readFileSync(xlsxPath))) stale.push([xlsxPath, '']);
  } catch {
    stale.push([xlsxPath, '']);
  }
  if (stale.length > 0) {
    console.error(`Out of date: ${stale.map(([p]) => p).join(', ')}. Run: npx tsx scripts/generate-practice-data.ts`);
    process.exit(1);
  }
  console.log('Practice data is up to date.');
} else {
  mkdirSync(dirname(csvPath), { recursive: true });
  writeFileSync(csvPath, csv);
  writeFileSync(solutionPath, solution);
  writeFileSync(indicatorsJson, indicators);
  writeFileSync(xlsxPath, xlsx);
  writeFileSync(tableJsonPath, table);
  console.log(`Wrote ${units.length} synthetic units to ${csvPath} and the solution to ${solutionPath}.`);
}
