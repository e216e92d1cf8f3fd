// Browser test of `veille serve`: builds a store from samples/, serves it,
// and drives Debian's Chromium with playwright-core (no browser download):
// the graph must show RUS, MLI, BFA and NER; clicking a RUS–MLI event must
// show evidence whose highlighted text is exactly the article's text at the
// span's code-point offsets; the article view must underline mentions.
// Saves screenshots into --out. Exit 0 = pass, 1 = fail, 77 = skipped
// (no /usr/bin/chromium).
//
// Usage: node browser.mjs --veille BIN --samples DIR --data-dir DIR --out DIR
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const kChromium = '/usr/bin/chromium';
const kFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i + 1 < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  for (const need of ['veille', 'samples', 'out'])
    if (!out[need]) throw new Error(`missing --${need}`);
  return out;
}

let failures = 0, passes = 0;
function check(ok, what) {
  if (ok) passes++;
  else failures++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

// Starts `veille serve` on a free port; resolves with its URL once printed.
function serve(veille, db) {
  const child = spawn(veille, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.on('exit', (code) => reject(new Error(`veille serve exited early (${code})`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/veille serve: (http:\/\/\S+\/) \(Ctrl-C stops\)/);
      if (m) resolve({ child, url: m[1] });
    });
    setTimeout(() => reject(new Error('veille serve printed no URL in 30 s')), 30000);
  });
}

function stopped(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function getJson(url) {
  const response = await fetch(url);
  return response.json();
}

async function run(page, url, out) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });

  // The graph: nodes in cytoscape and listed in the page.
  const nodes = await page.evaluate(() => window.veille.cy.nodes().map((n) => n.id()));
  for (const code of ['RUS', 'MLI', 'BFA', 'NER']) {
    check(nodes.includes(code), `graph has node ${code}`);
    check(await page.locator(`#graph-nodes li[data-code="${code}"]`).isVisible(), `node ${code} listed in the page`);
  }
  const edge = await page.evaluate(() => window.veille.cy.$id('RUS->MLI').data('colour'));
  check(Boolean(edge), `edge RUS->MLI drawn (colour ${edge})`);

  const items = await page.locator('#timeline .vis-item').count();
  check(items > 0, `the timeline draws ${items} items`);

  // Click an event between RUS and MLI in the event list.
  const row = page.locator('#event-list tr.event-row[data-actor="RUS"][data-recipient="MLI"], ' +
    '#event-list tr.event-row[data-actor="MLI"][data-recipient="RUS"]').first();
  check(await row.count() === 1, 'the event list shows a RUS–MLI event');
  const eventId = await row.getAttribute('data-event-id');
  await row.click();
  await page.waitForSelector('mark.evidence', { timeout: 30000 });
  check(page.url().endsWith(`#event/${eventId}`), `clicking opens event ${eventId}`);

  // Each highlighted span is exactly the article's text at its offsets.
  const marks = await page.locator('mark.evidence').evaluateAll((ms) => ms.map((m) => ({
    doc: m.dataset.doc, start: Number(m.dataset.start), end: Number(m.dataset.end), text: m.textContent })));
  check(marks.length > 0, `${marks.length} evidence span(s) highlighted`);
  const detail = await getJson(`${url}api/events/${eventId}`);
  const apiSpans = detail.reports.flatMap((r) => r.evidence.map((s) => `${r.content_hash}:${s.start}:${s.end}`));
  for (const m of marks) {
    const doc = await getJson(`${url}api/documents/${encodeURIComponent(m.doc)}`);
    const expected = Array.from(doc.text).slice(m.start, m.end).join('');
    check(m.text.length > 0 && m.text === expected,
      `highlight [${m.start}, ${m.end}) equals the article text there: "${m.text.slice(0, 60)}…"`);
    check(apiSpans.includes(`${m.doc}:${m.start}:${m.end}`), 'the span is one the API gives for the event');
  }
  const heading = await page.locator('#side-content h2').textContent();
  check(/RUS/.test(heading) && /MLI/.test(heading), `detail heading names both actors: ${heading}`);
  await page.screenshot({ path: join(out, 'browser-screenshot.png') });

  // The article view: cleaned text with mentions underlined, removal note.
  await page.locator('#side-content .report a[href^="#doc/"]').first().click();
  await page.waitForSelector('#article-text', { timeout: 30000 });
  const mentions = await page.locator('#article-text .mention').count();
  check(mentions > 0, `article view underlines ${mentions} mentions`);
  check(await page.locator('#removed-note, .removed').count() === 1, 'article view says what cleaning removed');
  // The removed blocks shown are the store's, each with its rule.
  const shownHash = decodeURIComponent(new URL(page.url()).hash.replace(/^#doc\//, ''));
  const shownDoc = await getJson(`${url}api/documents/${encodeURIComponent(shownHash)}`);
  const removedItems = await page.locator("#removed-list li").count();
  check(removedItems === shownDoc.removed.length, `article view lists the ${shownDoc.removed.length} removed blocks (${removedItems})`);
  if (removedItems > 0) {
    const firstRule = await page.locator('#removed-list li .rule').first().textContent();
    check(firstRule === shownDoc.removed[0].rule, `a removed block shows its rule: ${firstRule}`);
  }
  await page.screenshot({ path: join(out, 'browser-article.png') });
}

async function main() {
  if (!existsSync(kChromium)) {
    console.log(`SKIP: ${kChromium} is not installed (scripts/install-deps.sh installs it)`);
    process.exit(77);
  }
  const a = args();
  const work = mkdtempSync(join(tmpdir(), 'veille-browser-'));
  const db = join(work, 'samples.db');
  const ingestArgs = ['ingest', '--no-progress', '--db', db, a.samples];
  if (a['data-dir']) ingestArgs.push('--data-dir', a['data-dir']);
  const ingest = spawnSync(a.veille, ingestArgs, { stdio: 'inherit' });
  if (ingest.status !== 0) throw new Error(`veille ingest failed (${ingest.status})`);
  const { child, url } = await serve(a.veille, db);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: kChromium, headless: true, args: kFlags });
  try {
    const page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (e) => check(false, `no script error in the page: ${e.message}`));
    await run(page, url, a.out);
  } finally {
    await context.close();
    const code = await stopped(child);
    check(code === 0, `veille serve stops cleanly on SIGTERM (exit ${code})`);
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`screenshots: ${join(a.out, 'browser-screenshot.png')}, ${join(a.out, 'browser-article.png')}`);
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures ? 1 : 0);
}

main().catch((e) => {
  console.error(`FAIL ${e.stack ?? e}`);
  process.exit(1);
});
