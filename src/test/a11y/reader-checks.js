/* Measures what a reader sees on a built site (the "reader" fixture), for ReaderUiTest to assert on:
 *
 *   node reader-checks.js CHROMIUM SITE_DIR
 *
 * prints one JSON object: the typeahead's colours and contrast, each entry type's box colour and icon,
 * the empty state of a filter and its clear button, the phone's header, folded filters and wide table,
 * print media, the entry a permalink arrives at, and the search page's suggestion and help. Colours are
 * computed by the browser; the test judges them. Nothing leaves file://.
 */
'use strict';
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');
const { watchdog, closeBrowser } = require('./steps');

const [executablePath, siteDir] = process.argv.slice(2);
const url = (target) => {
  const cut = target.search(/[?#]/);
  const file = cut < 0 ? target : target.slice(0, cut);
  return pathToFileURL(path.resolve(siteDir, file)).href + (cut < 0 ? '' : target.slice(cut));
};

// Runs in the page: WCAG contrast of an element's text on the first opaque background behind it.
function contrastInPage() {
  window.__contrast = (el) => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((c) => {
      c /= 255;
      return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
    let bg = null;
    for (let p = el; p; p = p.parentElement) {
      const c = rgb(getComputedStyle(p).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] === 1)) { bg = c.slice(0, 3); break; }
    }
    bg = bg || [255, 255, 255];
    const fg = rgb(getComputedStyle(el).color).slice(0, 3);
    const a = lum(fg);
    const b = lum(bg);
    return { color: getComputedStyle(el).color, background: 'rgb(' + bg.join(', ') + ')', ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
  };
}

async function main() {
  watchdog(250);
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files']
  });
  const result = {};
  const open = async (target, options) => {
    const context = await browser.newContext(Object.assign({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' }, options || {}));
    await context.route('**/*', (r) => (/^(file|data):/.test(r.request().url()) ? r.continue() : r.abort()));
    const tab = await context.newPage();
    await tab.addInitScript(contrastInPage);
    await tab.goto(url(target), { waitUntil: 'load' });
    return { context, tab };
  };
  try {
    for (const scheme of ['light', 'dark']) {
      const { context, tab } = await open('index.html', { colorScheme: scheme });
      await tab.fill('#handbook-search-input', 'leeragenda');
      await tab.waitForSelector('#handbook-search-listbox .handbook-result__title', { state: 'visible', timeout: 15000 });
      result['typeahead-' + scheme] = await tab.evaluate(() => ({
        titles: [...document.querySelectorAll('.handbook-search__popup .handbook-result__title')].map(window.__contrast),
        snippets: [...document.querySelectorAll('.handbook-search__popup .handbook-result__snippet')].map(window.__contrast)
      }));
      await context.close();

      const entries = await open('leren/leeragenda.html', { colorScheme: scheme });
      result['entries-' + scheme] = await entries.tab.evaluate(() => [...document.querySelectorAll('.handbook-entry, .handbook-callout')].map((el) => {
        const label = el.querySelector('.handbook-entry__label, .handbook-callout__label');
        const icon = getComputedStyle(label, '::before');
        return {
          type: el.className,
          border: getComputedStyle(el).borderLeftColor,
          background: getComputedStyle(el.querySelector('.handbook-entry__header, .handbook-callout__header')).backgroundColor,
          icon: icon.content !== 'none' && (icon.maskImage || icon.webkitMaskImage || 'none').startsWith('url('),
          label: window.__contrast(label)
        };
      }));
      await entries.context.close();
    }

    // A filter that leaves nothing, and its clear button.
    {
      const { context, tab } = await open('casussen.html#schaal=lokaal&thema=a');
      const state = () => tab.evaluate(() => ({
        empty: !document.querySelector('.handbook-listing__empty').hidden,
        shown: document.querySelectorAll('.handbook-listing__item:not([hidden])').length,
        chips: [...document.querySelectorAll('.handbook-chip')].map((c) => c.getAttribute('aria-label')),
        hash: location.hash
      }));
      result.emptyFilter = await state();
      await tab.click('.handbook-listing__clear');
      await tab.waitForFunction(() => document.querySelectorAll('.handbook-listing__item:not([hidden])').length > 0, null, { timeout: 5000 }).catch(() => {});
      result.afterClear = await state();
      await context.close();
    }

    // The phone.
    {
      const { context, tab } = await open('casussen.html#schaal=lokaal', { viewport: { width: 375, height: 812 } });
      result.phoneCases = await tab.evaluate(() => {
        const header = document.querySelector('.handbook-header');
        const form = document.querySelector('.handbook-facets');
        const toggle = document.querySelector('.handbook-facets__toggle');
        return {
          headerHeight: header.getBoundingClientRect().height,
          headerPosition: getComputedStyle(header).position,
          formShown: form.checkVisibility(),
          toggleShown: toggle.checkVisibility(),
          toggleText: toggle.textContent.replace(/\s+/g, ' ').trim(),
          placeholder: document.querySelector('#handbook-search-input').placeholder,
          keyHintShown: document.querySelector('.handbook-search__key').checkVisibility()
        };
      });
      await tab.click('.handbook-facets__toggle');
      result.phoneCases.formShownAfterToggle = await tab.evaluate(() => document.querySelector('.handbook-facets').checkVisibility());
      await context.close();
      const page = await open('leren/leeragenda.html', { viewport: { width: 375, height: 812 } });
      result.phoneTable = await page.tab.evaluate(() => {
        const box = document.querySelector('.handbook-table');
        return {
          wrapped: Boolean(box && box.querySelector('table')),
          overflowX: box && getComputedStyle(box).overflowX,
          scrolls: box && box.scrollWidth > box.clientWidth,
          focusable: box && box.tabIndex === 0,
          role: box && box.getAttribute('role'),
          label: box && box.getAttribute('aria-label'),
          pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth
        };
      });
      await page.context.close();
    }

    // Print media hides the search box and the header's buttons.
    {
      const { context, tab } = await open('leren/leeragenda.html');
      await tab.emulateMedia({ media: 'print' });
      result.print = await tab.evaluate(() => ({
        search: getComputedStyle(document.querySelector('.handbook-search')).display,
        themeToggle: getComputedStyle(document.querySelector('.handbook-theme-toggle')).display
      }));
      await context.close();
    }

    // A permalink's page sends the reader on to the entry, which is marked.
    {
      const { context, tab } = await open('e/aanname.html');
      await tab.waitForURL(/leeragenda\.html#aanname$/, { timeout: 10000 }).catch(() => {});
      await tab.waitForLoadState('load');
      result.permalink = await tab.evaluate(() => ({
        url: location.pathname.split('/').slice(-2).join('/') + location.hash,
        marked: [...document.querySelectorAll('.handbook-arrived')].map((e) => e.id),
        outline: getComputedStyle(document.getElementById('aanname')).outlineStyle
      }));
      await context.close();
    }

    // The search page: "Bedoelde je …?" for a typo, help towards the overviews when nothing is found.
    for (const [key, query] of [['searchTypo', 'leeragnda'], ['searchNone', 'xyzzyq']]) {
      const { context, tab } = await open('search.html?q=' + query);
      await tab.waitForFunction(() => /resulta/.test(document.getElementById('search-status').textContent), null, { timeout: 15000 }).catch(() => {});
      await tab.waitForTimeout(300);
      result[key] = await tab.evaluate(() => {
        const suggest = document.getElementById('search-suggest');
        const help = document.getElementById('search-help');
        return {
          status: document.getElementById('search-status').textContent,
          suggestion: suggest.hidden ? null : suggest.textContent,
          suggestionHref: suggest.hidden ? null : suggest.querySelector('a').getAttribute('href'),
          help: help.hidden ? [] : [...help.querySelectorAll('a')].map((a) => a.textContent)
        };
      });
      await context.close();
    }
  } finally {
    await closeBrowser(browser);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
