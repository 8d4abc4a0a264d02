/* Opens and closes a glossary term's popover on a built site (the "glossary" fixture), for
 * GlossaryPopoverTest to assert on:
 *
 *   node glossary-checks.js CHROMIUM SITE_DIR
 *
 * prints one JSON object: whether the popover shows after Tab reaches the term, after Escape, on hover,
 * after the pointer leaves, after a tap (and whether the tap stayed on the page), and axe-core's
 * violations (wcag2a/aa, wcag21a/aa) with the popover open and closed. Nothing leaves file://.
 */
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');
const { watchdog, closeBrowser } = require('./steps');

const [executablePath, siteDir] = process.argv.slice(2);
const PAGE = pathToFileURL(path.resolve(siteDir, 'meten/monitor.html')).href;
const AXE = require.resolve('axe-core/axe.min.js');
const TERM = '.handbook-content .handbook-term';

async function main() {
  watchdog(150);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files']
  });
  const result = {};
  const open = async (options) => {
    const context = await browser.newContext(Object.assign({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' }, options || {}));
    await context.route('**/*', (r) => (/^(file|data):/.test(r.request().url()) ? r.continue() : r.abort()));
    const tab = await context.newPage();
    await tab.goto(PAGE, { waitUntil: 'load' });
    return { context, tab };
  };
  const shown = (tab) => tab.evaluate((sel) => {
    const tip = document.querySelector(sel + ' .handbook-term__popover');
    return !tip.hidden && tip.getBoundingClientRect().height > 0;
  }, TERM);
  const axe = async (tab) => {
    await tab.addScriptTag({ path: AXE });
    const found = await tab.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
    }));
    return found.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
  };
  try {
    const { context, tab } = await open();
    result.closedAtFirst = !(await shown(tab));
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await tab.keyboard.press('Tab');
      reached = await tab.evaluate((sel) => document.activeElement === document.querySelector(sel + ' a'), TERM);
    }
    result.focusReached = reached;
    result.shownOnFocus = await shown(tab);
    result.axeOpen = await axe(tab);
    await tab.keyboard.press('Escape');
    result.shownAfterEscape = await shown(tab);
    await tab.evaluate(() => document.activeElement.blur());
    await tab.hover(TERM + ' a');
    result.shownOnHover = await shown(tab);
    await tab.mouse.move(5, 890);
    result.shownAfterLeaving = await shown(tab);
    result.axeClosed = await axe(tab);
    await context.close();

    const phone = await open({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await phone.tab.tap(TERM + ' a');
    await phone.tab.waitForTimeout(100);
    result.shownOnTap = await shown(phone.tab);
    result.stayedOnPage = phone.tab.url() === PAGE;
    await phone.tab.keyboard.press('Escape');
    result.shownAfterTapAndEscape = await shown(phone.tab);
    await phone.context.close();
  } finally {
    await closeBrowser(browser);
  }
  process.stdout.write(JSON.stringify(result));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
