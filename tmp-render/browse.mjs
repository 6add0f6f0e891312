import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['en', 'lo']) {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`file:///tmp/calc-${lang}.html`);
  const set = async (name, v) => { await page.$eval(`input[name=${name}]`, (el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }, String(v)); };
  // Chanthala (w03): paid 3,800,000, declared 2,500,000, 12 months, all declared, 2 unpaid
  await set('wagePaid', 3800000); await set('wageDeclared', 2500000); await set('monthsWorked', 12); await set('monthsDeclared', 12); await set('monthsUnpaid', 2);
  const out = await page.$$eval('[data-out]', (els) => els.map((e) => `${e.dataset.out}=${e.textContent}`));
  await set('monthsDeclared', 13);
  const bad = await page.$eval('[data-out=problems]', (e) => e.textContent);
  console.log(lang, out.join(' | '), '| problems:', bad, '| requests:', requests.length, '| errors:', errors);
}
await browser.close();
