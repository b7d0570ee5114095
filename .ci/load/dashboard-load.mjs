// bench --load: N dashboard users in one headless Chromium, driven by Playwright (playwright-core, the package the
// .NET Playwright driver ships). Each user opens /map at the 행정동 level and, every 2–5 s (seeded), steps the hour
// (±1, the hour buttons) or switches the level (행정동 ↔ 자치구). An interaction is timed from just before the click to
// the map's repaint (data-painted-at, stamped after the restyled frame was painted; the circuit's own frame for the
// same interaction, data-frame-at, is reported too). Errors: console errors, page errors, HTTP ≥ 400, failed
// requests, a shown reconnect dialog (circuit lost), and an interaction with no repaint within 20 s.
// Usage: node dashboard-load.mjs '{"baseUrl":…,"users":50,"seconds":600,"seed":13,"chromium":"/usr/bin/chromium","playwright":"…/package","rampSeconds":30}'
// Prints "progress {json}" lines and one final "result {json}" line on stdout.
import { createRequire } from 'node:module';

const cfg = JSON.parse(process.argv[2]);
const require = createRequire(import.meta.url);
const { chromium } = require(cfg.playwright);

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = ms => new Promise(r => setTimeout(r, ms));

const painted = [];
const levelPainted = [];
const confirmed = [];
const errors = [];
let errorCount = 0;
let opened = 0;
let allOpenedAt = null; // seconds after the ramp when the last user's map was drawn
let stopping = false;
const started = Date.now();
const end = started + (cfg.rampSeconds + cfg.seconds) * 1000;

function error(user, text) {
  if (stopping) return;
  errorCount++;
  if (errors.length < 40) errors.push(`user ${user}: ${text}`.slice(0, 300));
}

async function waitRepaint(page, after, timeout) {
  await page.waitForFunction(n => {
    const e = document.getElementById('choropleth');
    return e && e.dataset.drawn === 'true' && Number(e.dataset.frame) > n;
  }, after, { timeout, polling: 50 });
}

async function user(i, browser) {
  const rnd = mulberry32(cfg.seed * 7919 + i);
  await sleep((i * cfg.rampSeconds * 1000) / cfg.users);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ko-KR' });
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') error(i, 'console: ' + m.text()); });
  page.on('pageerror', e => error(i, 'pageerror: ' + e.message));
  page.on('response', r => { if (r.status() >= 400) error(i, `http ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', r => error(i, `request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  let level = 'dong';
  try {
    await page.goto(`${cfg.baseUrl}/map?level=dong&hour=${Math.floor(rnd() * 24)}`, { timeout: 60_000 });
    await waitRepaint(page, 0, 60_000);
    opened++;
    if (opened === cfg.users) allOpenedAt = (Date.now() - started) / 1000 - cfg.rampSeconds;
    while (Date.now() < end) {
      await sleep(2000 + rnd() * 3000);
      if (Date.now() >= end) break;
      if (await page.evaluate(() => {
        const m = document.getElementById('components-reconnect-modal');
        return !!m && /show|failed|rejected/.test(m.className + ' ' + (m.open ? 'show' : ''));
      })) {
        error(i, 'circuit lost (reconnect dialog shown)');
        break;
      }
      const frame = Number(await page.getAttribute('#choropleth', 'data-frame'));
      const toLevel = rnd() < 0.25;
      const selector = toLevel
        ? `#filter-level button[data-value='${level === 'dong' ? 'Gu' : 'Dong'}']`
        : (rnd() < 0.5 ? '#hour-next' : '#hour-prev');
      // The click is dispatched inside the page and timed there: the user's click event, not Playwright's
      // actionability checks (which wait for animation frames that 50 pages in one browser make slow).
      const t0 = await page.evaluate(sel => {
        const b = document.querySelector(sel);
        if (!b) return -1;
        const t = performance.now();
        b.click();
        return t;
      }, selector);
      if (t0 < 0) { error(i, `no ${selector} to click`); continue; }
      try {
        await waitRepaint(page, frame, 20_000);
      } catch {
        error(i, `no repaint within 20 s after ${selector}`);
        continue;
      }
      if (toLevel) level = level === 'dong' ? 'gu' : 'dong';
      const stamps = await page.evaluate(() => {
        const d = document.getElementById('choropleth').dataset;
        return [Number(d.paintedAt), Number(d.frameAt)];
      });
      painted.push(Math.max(0, stamps[0] - t0));
      if (toLevel) levelPainted.push(Math.max(0, stamps[0] - t0));
      confirmed.push(Math.max(0, stamps[1] - t0));
    }
  } catch (e) {
    error(i, 'user stopped: ' + String(e.message || e).split('\n')[0]);
  }
  return context;
}

const browser = await chromium.launch({
  executablePath: cfg.chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding', '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows'],
});
const ticker = setInterval(() => {
  process.stdout.write('progress ' + JSON.stringify({ t: (Date.now() - started) / 1000, opened, interactions: painted.length, errors: errorCount }) + '\n');
}, 15_000);
const contexts = await Promise.all(Array.from({ length: cfg.users }, (_, i) => user(i, browser)));
clearInterval(ticker);
stopping = true;
await Promise.all(contexts.map(c => c.close().catch(() => {})));
await browser.close();
process.stdout.write('result ' + JSON.stringify({ users: cfg.users, opened, allOpenedAt, painted, levelPainted, confirmed, errorCount, errors }) + '\n');
