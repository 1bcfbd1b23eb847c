// The web UI in a real browser (Debian's Chromium through playwright-core) against the real server
// on a random port, over a corpus built from examples/ plus a hostile article. One screenshot per
// page goes to test-output/screenshots/.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildTestCorpus, hostileArticle, type TestCorpus } from './corpus.js';
import { listen, type Listening } from '../../src/cli/serve.js';

const chromiumPath = '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
const screenshots = new URL('../../test-output/screenshots/', import.meta.url).pathname;

describe.skipIf(!hasChromium)(`web UI in Chromium${hasChromium ? '' : ` (skipped: ${chromiumPath} is not installed; apt-get install chromium)`}`, () => {
  let corpus: TestCorpus;
  let server: Listening;
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    corpus = await buildTestCorpus();
    server = await listen(corpus.store, { port: 0, host: '127.0.0.1' });
    base = server.url.replace(/\/$/, '');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await corpus?.close();
  });

  async function freshPage(viewport = { width: 1100, height: 900 }): Promise<Page> {
    await page?.close();
    page = await browser.newPage({ viewport, acceptDownloads: true });
    return page;
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: `${screenshots}${name}.png`, fullPage: true });
  }

  it('searches from the overview and lists the matching quotation cluster', async () => {
    await freshPage();
    await page.goto(`${base}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Quotations in this corpus');
    await expect(page.locator('.stats dd').first().textContent()).resolves.toBe('13');
    await shot('home');
    await page.fill('#home-q', 'regulator decides');
    await page.press('#home-q', 'Enter');
    await page.waitForURL(/\/search\?q=regulator/);
    const first = page.locator('ol.clusters > li').first();
    await expect(first.textContent()).resolves.toMatch(/We will not raise water (bills|prices) this year/);
    await shot('search');
  });

  it('opens a quotation and shows its wordings as word diffs with <ins>/<del>', async () => {
    await freshPage();
    await page.goto(`${base}/search?q=${encodeURIComponent('raise water bills regulator')}`);
    await page.locator('ol.clusters > li blockquote a').first().click();
    await page.waitForURL(/\/quotes\//);
    const variants = page.locator('ol.variants > li');
    expect(await variants.count()).toBeGreaterThan(1);
    // The elided and truncated versions leave words out; the clarified one adds some.
    expect(await page.locator('ol.variants del').count()).toBeGreaterThan(0);
    expect(await page.locator('ol.variants ins').count()).toBeGreaterThan(0);
    const deleted = (await page.locator('ol.variants del').allTextContents()).join(' ');
    expect(deleted).toMatch(/single penny|regulator decides/);
    await shot('quote');
  });

  it('highlights every quotation of an article and shows the speaker on keyboard focus', async () => {
    await freshPage();
    await page.goto(`${base}/articles/01-halden-courier-water-bills`);
    const marks = page.locator('.article-text mark.q');
    expect(await marks.count()).toBeGreaterThanOrEqual(3);
    const pledge = page.locator('.article-text mark.q[tabindex]', { hasText: 'We will not raise water bills' });
    const tipId = await pledge.getAttribute('aria-describedby');
    const tip = page.locator(`[id="${tipId}"]`);
    await expect(tip.isVisible()).resolves.toBe(false);
    // Reach it with the keyboard: Tab through the page until the pledge has focus.
    for (let i = 0; i < 20 && !(await pledge.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(pledge.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(tip.isVisible()).resolves.toBe(true);
    await expect(tip.textContent()).resolves.toContain('Elena Varga');
    await shot('article');
    // The speaker's name in the tooltip is a link to her page, with a timeline chart.
    await tip.locator('a', { hasText: 'Elena Varga' }).click();
    await page.waitForURL(/\/speakers\//);
    await expect(page.locator('h1').textContent()).resolves.toContain('Elena Varga');
    expect(await page.locator('figure.timeline svg circle').count()).toBeGreaterThan(0);
    await shot('speaker');
  });

  it('labels each quotation by what the source did, and filters search by it', async () => {
    await freshPage();
    await page.goto(`${base}/articles/03-coastline-radio-bbc-interview`);
    const labels = await page.locator('ol.quotations .cue-type').allTextContents();
    expect(labels).toContain('quotation');
    expect(labels).toContain('intention');
    expect(labels).not.toContain('indirect');
    // The tooltip of the refusal names it an intention, not an "indirect quotation".
    const declined = page.locator('.article-text mark.q[tabindex]', { hasText: 'to comment on the interview' });
    const tip = page.locator(`[id="${await declined.getAttribute('aria-describedby')}"]`);
    await expect(tip.textContent()).resolves.toContain('intention');
    await expect(tip.textContent()).resolves.not.toContain('indirect quotation');
    await page.goto(`${base}/search?q=`);
    await page.selectOption('#cueType', 'intention');
    await page.locator('form.filters button[type=submit]').click();
    await page.waitForURL(/cueType=intention/);
    await expect(page.locator('#cueType').inputValue()).resolves.toBe('intention');
    expect(await page.locator('ol.clusters > li').count()).toBeGreaterThan(0);
    await shot('search-by-cue-type');
  });

  it('heads an article with its headline and date lines, and highlights a quotation in the headline', async () => {
    await freshPage();
    await page.goto(`${base}/articles/04-daily-meridian-pipes-quote`);
    const text = (await corpus.store.getArticle('04-daily-meridian-pipes-quote'))!.extraction.text;
    const [headline, , dateLine] = text.split('\n');
    const body = await page.locator('.article-text').innerText();
    // The header lines are shown once, above the body, not as its first paragraphs.
    expect(body.startsWith(headline!)).toBe(false);
    expect(body).not.toContain(dateLine!);
    await expect(page.locator('.header-lines').innerText()).resolves.toBe(dateLine);
    const quoted = page.locator('h1 mark.q[tabindex]');
    expect(await quoted.count()).toBeGreaterThan(0);
    const tip = page.locator(`[id="${await quoted.first().getAttribute('aria-describedby')}"]`);
    await expect(tip.isVisible()).resolves.toBe(false);
    for (let i = 0; i < 20 && !(await quoted.first().evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(tip.isVisible()).resolves.toBe(true);
    await shot('article-header');
  });

  it('shows a <script> inside a quotation as text and never runs it', async () => {
    await freshPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`${base}/articles/script-in-quotation`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Hackers post <script> tags on council website');
    const text = await page.locator('.article-text').innerText();
    expect(text).toContain('"<script>window.__pwned=1</script>,"');
    expect(text).toContain('<img src=x onerror=window.__pwned=2>');
    await expect(page.locator('mark.q', { hasText: '<script>window.__pwned=1</script>' }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('.article-text script, .article-text img, main img').count()).toBe(0);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    await shot('article-hostile');
  });

  it('extracts pasted text on /extract, highlights it, and downloads the JSON', async () => {
    await freshPage();
    const text = readFileSync(hostileArticle, 'utf8');
    await page.goto(`${base}/extract`);
    await shot('extract-form');
    await page.fill('#text', text);
    await page.click('form.extract button[type=submit]');
    await page.waitForURL(/\/extract$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/\d+ quotations? found/);
    expect(await page.locator('.article-text mark.q').count()).toBeGreaterThan(0);
    expect(await page.locator('.article-text').innerText()).toContain('<script>window.__pwned=1</script>');
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await shot('extract-result');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('form.download button')]);
    expect(download.suggestedFilename()).toBe('extraction.json');
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(json.quotes.length).toBeGreaterThan(0);
    expect(json.text.replace(/\r\n/g, '\n')).toBe(text);
  });

  it('fits a phone screen without sideways scrolling', async () => {
    await freshPage({ width: 375, height: 740 });
    for (const path of ['/', '/articles/04-daily-meridian-pipes-quote', `/search?q=${encodeURIComponent('pipes under this city')}`]) {
      await page.goto(`${base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await shot('article-phone');
  });

  it('answers an unknown article with the 404 page', async () => {
    await freshPage();
    const response = await page.goto(`${base}/articles/no-such-article`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Not found');
    await shot('not-found');
  });
});
