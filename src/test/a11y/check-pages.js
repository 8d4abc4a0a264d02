/* Opens pages of a built site in headless Chromium and reports what keeps them from WCAG 2.1 AA.
 *
 *   node check-pages.js CHROMIUM SITE_DIR PAGES_FILE
 *
 * Each line of PAGES_FILE is "name<TAB>path[?query][#hash]<TAB>ready selector (optional)". For every
 * page it reports, one tab-separated line per finding:
 *   AXE       name  width  rule  impact  help  element  detail     an axe-core violation (wcag2a/aa, wcag21a/aa;
 *                                                                 width "1280 dark" in dark mode),
 *                                                                 or text whose contrast it could not measure
 *   REQUEST   name  url                                           a request that left the site
 *   REFLOW    name  scrollWidth  element  right edge              horizontal scrolling at 320 CSS px
 *   UNREACHED name  element                                       never focused by Tab
 *   NOFOCUS   name  element                                       focused, but no outline or box-shadow shows it
 *   OFFSCREEN name  element                                       focused outside the viewport
 *   USE       name  what  detail                                  a control that does not work by keyboard
 *                                                                 (menu, filter, search box, sidebar toggle,
 *                                                                 content tabs, light/dark toggle remembered
 *                                                                 across pages)
 *   ERROR     name  message                                       the page could not be checked
 * and "DONE name" when a page is finished, so that the caller can tell a clean page from a lost one.
 * axe-core is injected from node_modules: the pages make no request to another host, and neither do
 * the checks. The exit code is 0 whenever the run finished; judging the findings is the caller's job.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { width: 1280, height: 900 };
// WCAG 1.4.10: content reflows without scrolling in two directions at 320 CSS pixels.
const NARROW = { width: 320, height: 640 };

const [executablePath, siteDir, pagesFile] = process.argv.slice(2);
if (!pagesFile) {
  process.stderr.write('usage: node check-pages.js CHROMIUM SITE_DIR PAGES_FILE\n');
  process.exit(2);
}
const clean = (s) => String(s == null ? '' : s).replace(/[\t\r\n]+/g, ' ').trim();
const out = (...fields) => process.stdout.write(fields.map(clean).join('\t') + '\n');

function pages() {
  return fs.readFileSync(pagesFile, 'utf8').split('\n').filter((l) => l.trim() !== '').map((line) => {
    const [name, target, ready] = line.split('\t');
    const cut = target.search(/[?#]/);
    const file = cut < 0 ? target : target.slice(0, cut);
    const url = pathToFileURL(path.resolve(siteDir, file)).href + (cut < 0 ? '' : target.slice(cut));
    return { name, url, ready: ready || '' };
  });
}

const foreign = new Set();

async function open(browser, page, viewport, colorScheme) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: colorScheme || 'light' });
  // Anything but the site's own files is a finding and is not fetched.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    // each page is opened three times; its foreign requests are reported once
    if (!foreign.has(page.name + ' ' + url)) out('REQUEST', page.name, url);
    foreign.add(page.name + ' ' + url);
    return route.abort();
  });
  const tab = await context.newPage();
  tab.on('pageerror', (e) => out('ERROR', page.name, 'script error: ' + e.message));
  await tab.goto(page.url, { waitUntil: 'load' });
  if (page.ready) await tab.waitForSelector(page.ready, { state: 'attached', timeout: 15000 });
  // Deferred scripts have run at "load"; two frames let their first layout settle.
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { context, tab };
}

// A drawn mermaid diagram is one image (role=img, named by diagrams.js) whose text equivalent is the
// diagram's source in the text version beside it; the labels mermaid draws inside the SVG are part of
// the picture, not text a reader gets, and axe cannot tell their background from the shapes under them.
const NOT_TEXT = [['figure.handbook-diagram svg']];

async function axe(tab, page, width, label) {
  await tab.addScriptTag({ path: AXE });
  const result = await tab.evaluate(([tags, exclude]) => window.axe.run({ include: [document], exclude }, {
    runOnly: { type: 'tag', values: tags }
  }), [TAGS, NOT_TEXT]);
  for (const v of result.violations) {
    for (const node of v.nodes) {
      out('AXE', page.name, label || width, v.id, v.impact, v.help, node.target.join(' '), node.failureSummary);
    }
  }
  // Text whose contrast axe could not measure (a gradient or image behind it, text overlapping) is
  // text nobody checked: a finding too, except what is too short to be text or is an icon glyph.
  // Only on the wide screen: on a phone, cells of a table that scrolls on its own are clipped, and
  // the same text was measured unclipped on the wide screen.
  if (width !== DESKTOP.width) return;
  const contrast = result.incomplete.filter((v) => v.id === 'color-contrast');
  for (const v of contrast) {
    for (const node of v.nodes) {
      const check = node.any.find((c) => c.id === 'color-contrast') || node.any[0] || {};
      const key = check.data && check.data.messageKey;
      if (key === 'shortTextContent' || key === 'nonBmp') continue;
      out('AXE', page.name, label || width, 'color-contrast-unknown', 'unchecked', 'Contrast could not be measured',
        node.target.join(' '), check.message || '');
    }
  }
}

// Runs in the page: a short readable name for an element.
function describeInPage() {
  window.__a11yDescribe = (el) => {
    if (!el || el === document.body) return 'body';
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').replace(/\s+/g, ' ').trim();
    let where = el.tagName.toLowerCase();
    if (el.id) where += '#' + el.id;
    else if (el.classList.length) where += '.' + el.classList[0];
    if (el.getAttribute('href')) where += '[href="' + el.getAttribute('href') + '"]';
    return where + (text ? ' "' + text.slice(0, 60) + '"' : '');
  };
}

async function reflow(tab, page) {
  await tab.evaluate(describeInPage);
  const found = await tab.evaluate(() => {
    const doc = document.documentElement;
    if (doc.scrollWidth <= doc.clientWidth) return null;
    // The deepest elements that stick out, skipping those inside a box that scrolls on its own
    // (wide tables and code may scroll by themselves: WCAG excepts them).
    const scrollsOnItsOwn = (el) => {
      for (let p = el.parentElement; p && p !== doc; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    // An element sticks out with its box, or with text that does not wrap (a long address) and
    // spills out of a box that fits.
    const spills = (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible';
    const sticksOut = (el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || scrollsOnItsOwn(el)) continue;
      if (sticksOut(el)) {
        if ([...el.children].some(sticksOut)) continue;
      } else if (!spills(el) || [...el.children].some((c) => sticksOut(c) || spills(c))) {
        continue;
      }
      wide.push([window.__a11yDescribe(el), Math.round(Math.max(r.right, r.left + el.scrollWidth))]);
    }
    return { scrollWidth: doc.scrollWidth, wide: wide.slice(0, 8) };
  });
  if (!found) return;
  if (found.wide.length === 0) out('REFLOW', page.name, found.scrollWidth, 'document', '');
  for (const [el, right] of found.wide) out('REFLOW', page.name, found.scrollWidth, el, right);
}

// Marks every element a keyboard user should be able to reach, and returns how many there are.
function markFocusables() {
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    if (el.disabled || el.closest('[inert]') || !el.checkVisibility({ visibilityProperty: true })) continue;
    // A tab list is one tab stop, its selected tab; the arrow keys reach the others (useTabs checks that).
    if (el.matches('[role=tablist] [role=tab]:not([aria-selected=true])')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    el.setAttribute('data-a11y-focusable', String(n++));
    // How it looks without focus: an outline it always has does not show where the focus is.
    const style = getComputedStyle(el);
    el.setAttribute('data-a11y-rest', [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join('|'));
  }
  return n;
}

// Runs in the page after each Tab: what has focus, whether it shows and whether it is in view.
function focusState() {
  const el = document.activeElement;
  if (!el || el === document.body) return { key: null, name: 'body' };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  const changed = [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow].join('|') !== el.getAttribute('data-a11y-rest');
  const r = el.getBoundingClientRect();
  const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width > 0 && r.height > 0;
  return {
    key: el.getAttribute('data-a11y-focusable'),
    name: window.__a11yDescribe(el),
    visible: (outline || shadow) && changed,
    inView
  };
}

async function keyboard(tab, page) {
  await tab.evaluate(describeInPage);
  const total = await tab.evaluate(markFocusables);
  const reached = new Set();
  let first = null;
  // Start from the top of the document, as a reader arriving at the page does.
  await tab.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  for (let step = 0; step < total + 20; step++) {
    await tab.keyboard.press('Tab');
    const state = await tab.evaluate(focusState);
    if (state.key === null && state.name === 'body') continue;
    const id = state.key === null ? state.name : state.key;
    if (first === null) first = id;
    else if (id === first) break; // the focus went round
    if (state.key !== null) reached.add(state.key);
    if (!state.visible) out('NOFOCUS', page.name, state.name);
    if (!state.inView) out('OFFSCREEN', page.name, state.name);
  }
  const missed = await tab.evaluate((keys) => [...document.querySelectorAll('[data-a11y-focusable]')]
    .filter((el) => !keys.includes(el.getAttribute('data-a11y-focusable')))
    .map((el) => window.__a11yDescribe(el)), [...reached]);
  for (const m of missed) out('UNREACHED', page.name, m);
}

// Tabs until the focus is on an element that matches; false when it never gets there.
async function tabTo(tab, selector, limit) {
  for (let i = 0; i < limit; i++) {
    await tab.keyboard.press('Tab');
    if (await tab.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return true;
  }
  return false;
}

// The filter of a case index: a checkbox reached by Tab and ticked with Space narrows the list.
async function useFilter(tab, page) {
  if (!(await tab.$('.handbook-facets input[type=checkbox]'))) return;
  const shown = () => tab.evaluate(() => document.querySelectorAll('.handbook-listing__item:not([hidden])').length);
  const before = await shown();
  if (!(await tabTo(tab, '.handbook-facets input[type=checkbox]:not(:checked)', 400))) {
    out('USE', page.name, 'filter', 'no unticked filter checkbox can be reached with Tab');
    return;
  }
  const box = await tab.evaluate(() => document.activeElement.name + '=' + document.activeElement.value);
  await tab.keyboard.press('Space');
  const state = await tab.evaluate(() => ({ checked: document.activeElement.checked, hash: location.hash }));
  if (!state.checked) out('USE', page.name, 'filter', 'Space did not tick ' + box);
  else if (!state.hash.includes(box.split('=')[0])) out('USE', page.name, 'filter', 'ticking ' + box + ' left the address without the filter: ' + state.hash);
  if (!(await tabTo(tab, '.handbook-facets__reset', 400))) {
    out('USE', page.name, 'filter', 'the reset button cannot be reached with Tab');
    return;
  }
  await tab.keyboard.press('Enter');
  // The script lists again once the form has reset its boxes, a task later.
  const widened = await tab.waitForFunction((n) => document.querySelectorAll('.handbook-listing__item:not([hidden])').length >= n,
    before, { timeout: 5000 }).then(() => true, () => false);
  if (!widened) out('USE', page.name, 'filter', 'Enter on the reset button left ' + (await shown()) + ' of ' + before + ' items');
}

// Content tabs, as the WAI-ARIA tabs pattern asks: Tab reaches the selected tab of each set, the right
// and left arrows (and End and Home) move the focus to the next or previous tab and select it, only the
// selected tab's panel shows, and Tab goes on from the tab into that panel.
async function useTabs(tab, page) {
  const sets = await tab.$$eval('.handbook-tabs.handbook-tabs--active', (all) => all.map((set) => set.id));
  for (const id of sets) {
    const selected = '#' + id + ' > [role=tablist] > [role=tab][aria-selected=true]';
    if (!(await tabTo(tab, selected, 400))) {
      out('USE', page.name, 'tabs', 'the selected tab of ' + id + ' cannot be reached with Tab');
      continue;
    }
    const state = () => tab.evaluate((setId) => {
      const tabs = [...document.querySelectorAll('#' + setId + ' > [role=tablist] > [role=tab]')];
      const panels = tabs.map((t) => document.getElementById(t.getAttribute('aria-controls')));
      return {
        count: tabs.length,
        focused: tabs.indexOf(document.activeElement),
        selected: tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true'),
        shown: panels.map((p, i) => (p && p.checkVisibility() ? i : -1)).filter((i) => i >= 0),
        stops: tabs.filter((t) => t.tabIndex >= 0).length
      };
    }, id);
    const expect = async (key, index) => {
      await tab.keyboard.press(key);
      const now = await state();
      const problem = now.focused !== index ? 'the focus is on tab ' + (now.focused + 1)
        : now.selected !== index ? 'tab ' + (now.selected + 1) + ' is selected'
          : now.shown.length !== 1 || now.shown[0] !== index ? 'the panels shown are ' + JSON.stringify(now.shown.map((i) => i + 1))
            : now.stops !== 1 ? now.stops + ' tabs are tab stops' : null;
      if (problem) out('USE', page.name, 'tabs', key + ' in ' + id + ' should select and show tab ' + (index + 1) + ', but ' + problem);
      return !problem;
    };
    const start = await state();
    if (start.count < 2) continue;
    const next = (start.selected + 1) % start.count;
    if (!(await expect('ArrowRight', next))) continue;
    if (!(await expect('ArrowLeft', start.selected))) continue;
    if (!(await expect('End', start.count - 1))) continue;
    if (!(await expect('Home', 0))) continue;
    await tab.keyboard.press('Tab');
    const inPanel = await tab.evaluate((setId) => {
      const on = document.querySelector('#' + setId + ' > [role=tablist] > [role=tab][aria-selected=true]');
      const panel = on && document.getElementById(on.getAttribute('aria-controls'));
      return Boolean(panel) && panel.contains(document.activeElement);
    }, id);
    if (!inPanel) out('USE', page.name, 'tabs', 'Tab after the tabs of ' + id + ' does not go into the selected panel');
  }
}

// On a narrow screen the sidebar hides behind the menu button: Enter opens it and Tab goes into it.
async function useMenu(tab, page) {
  const button = await tab.$('.handbook-menu-button');
  if (!button || !(await button.isVisible())) return;
  if (!(await tabTo(tab, '.handbook-menu-button', 20))) {
    out('USE', page.name, 'menu', 'the menu button cannot be reached with Tab at 320 px');
    return;
  }
  await tab.keyboard.press('Enter');
  if ((await button.getAttribute('aria-expanded')) !== 'true') {
    out('USE', page.name, 'menu', 'Enter on the menu button did not open the menu');
    return;
  }
  const intoMenu = await tabTo(tab, '#sidebar a[href], #sidebar button', 60);
  if (!intoMenu) out('USE', page.name, 'menu', 'after opening the menu, Tab never reaches a link in it');
}

// A closed chapter of the sidebar: its toggle (made by handbook.js) is reached by Tab, Enter opens
// the chapter's pages from toc.js, Tab goes on into them, and Enter on the toggle closes them again.
async function useToggle(tab, page) {
  const closed = '#sidebar > ul.handbook-nav > li:not(.handbook-nav__open) > .handbook-nav__toggle';
  if (!(await tab.$(closed))) return;
  if (!(await tabTo(tab, closed, 200))) {
    out('USE', page.name, 'toggle', 'no toggle of a closed chapter can be reached with Tab');
    return;
  }
  const name = await tab.evaluate(() => {
    document.activeElement.setAttribute('data-a11y-toggle', '');
    return document.activeElement.getAttribute('aria-label');
  });
  const branch = () => tab.evaluate(() => {
    const toggle = document.querySelector('[data-a11y-toggle]');
    const list = toggle.nextElementSibling;
    const shown = Boolean(list) && list.tagName === 'UL' && list.checkVisibility();
    return { expanded: toggle.getAttribute('aria-expanded'), links: shown ? list.querySelectorAll('a[href]').length : 0 };
  });
  await tab.keyboard.press('Enter');
  const opened = await branch();
  if (opened.expanded !== 'true' || opened.links === 0) {
    out('USE', page.name, 'toggle', 'Enter on "' + name + '" did not show its pages (aria-expanded ' + opened.expanded + ')');
    return;
  }
  await tab.keyboard.press('Tab');
  const inBranch = await tab.evaluate(() =>
    document.querySelector('[data-a11y-toggle]').nextElementSibling.contains(document.activeElement));
  if (!inBranch) out('USE', page.name, 'toggle', 'after opening "' + name + '", Tab does not go into its pages');
  await tab.keyboard.press('Shift+Tab');
  await tab.keyboard.press('Enter');
  const closedAgain = await branch();
  if (closedAgain.expanded !== 'false' || closedAgain.links !== 0) {
    out('USE', page.name, 'toggle', 'Enter on the open toggle of "' + name + '" did not hide its pages again');
  }
}

// The header's search box, the same on every page: typed into after Tab, a result picked with the
// down arrow and opened with Enter.
async function useSearch(tab, page) {
  const input = '#handbook-search-input';
  if (!(await tab.$(input))) return;
  if (!(await tabTo(tab, input, 20))) {
    out('USE', page.name, 'search', 'the search box cannot be reached with Tab');
    return;
  }
  await tab.keyboard.type('gemeente');
  const listed = await tab.waitForSelector('#handbook-search-listbox [role=option]', { state: 'visible', timeout: 15000 })
    .then(() => true, () => false);
  if (!listed) {
    out('USE', page.name, 'search', 'typing in the search box lists no results');
    return;
  }
  await tab.keyboard.press('ArrowDown');
  const active = await tab.evaluate((s) => document.querySelector(s).getAttribute('aria-activedescendant'), input);
  if (!active) {
    out('USE', page.name, 'search', 'the down arrow marks no result as active');
    return;
  }
  const before = tab.url();
  await Promise.all([tab.waitForURL((url) => url.href !== before, { timeout: 15000 }).catch(() => {}), tab.keyboard.press('Enter')]);
  if (tab.url() === before) out('USE', page.name, 'search', 'Enter on the active result did not open it');
}

// The light/dark toggle: pressed, it turns the page dark, and the next page opened from file:// is dark too.
async function useThemeToggle(browser, page, next) {
  const { context, tab } = await open(browser, page, DESKTOP);
  try {
    const button = await tab.$('.handbook-theme-toggle');
    if (!button || !(await button.isVisible())) {
      out('USE', page.name, 'theme', 'no light/dark toggle shows');
      return;
    }
    await button.click();
    const dark = await tab.evaluate(() => document.documentElement.getAttribute('data-handbook-theme'));
    if (dark !== 'dark') out('USE', page.name, 'theme', 'pressing the toggle did not turn the page dark: ' + dark);
    await tab.goto(next.url, { waitUntil: 'load' });
    const after = await tab.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-handbook-theme'),
      pressed: (document.querySelector('.handbook-theme-toggle') || { getAttribute: () => null }).getAttribute('aria-pressed'),
      background: getComputedStyle(document.body).backgroundColor
    }));
    if (after.theme !== 'dark' || after.pressed !== 'true' || after.background === 'rgb(255, 255, 255)') {
      out('USE', page.name, 'theme', 'the next page forgot the dark choice: ' + JSON.stringify(after));
    }
  } finally {
    await context.close();
  }
}

async function check(browser, page, first, next) {
  let wide = await open(browser, page, DESKTOP);
  await axe(wide.tab, page, DESKTOP.width);
  await keyboard(wide.tab, page);
  await wide.context.close();
  // Dark mode as the reader's system asks for it: every colour pair again.
  wide = await open(browser, page, DESKTOP, 'dark');
  await axe(wide.tab, page, DESKTOP.width, DESKTOP.width + ' dark');
  await wide.context.close();
  wide = await open(browser, page, DESKTOP);
  await useFilter(wide.tab, page);
  await wide.context.close();
  wide = await open(browser, page, DESKTOP);
  await useTabs(wide.tab, page);
  await wide.context.close();
  if (first) {
    wide = await open(browser, page, DESKTOP);
    await useSearch(wide.tab, page);
    await wide.context.close();
    wide = await open(browser, page, DESKTOP);
    await useToggle(wide.tab, page);
    await wide.context.close();
    if (next) await useThemeToggle(browser, page, next);
  }

  const narrow = await open(browser, page, NARROW);
  await reflow(narrow.tab, page);
  // Narrow screens show other things (the menu button, tables that scroll on their own): axe again.
  await axe(narrow.tab, page, NARROW.width);
  await useMenu(narrow.tab, page);
  await narrow.context.close();
}

async function main() {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files']
  });
  try {
    const list = pages();
    for (const page of list) {
      try {
        await check(browser, page, page === list[0], list[1]);
      } catch (e) {
        out('ERROR', page.name, e.message);
      }
      out('DONE', page.name);
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
