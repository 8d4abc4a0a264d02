/* Drives the editor of `handbook serve --edit` as an editor would, for EditorBrowserTest to assert on:
 *
 *   node editor-checks.js CHROMIUM PREVIEW_URL CONTENT_DIR [SCREENSHOT.png]
 *
 * On the "entries" fixture's casus page: clicks "Bewerken", changes a choice field in the form, types
 * a block with an unknown value and waits for its problem in the panel (before any save), takes that
 * block out again, changes a sentence, saves and waits for the reloaded page. Runs axe (WCAG 2.1 A
 * and AA) on the open editor. Then, on another page, with the keyboard alone: Tab to "Bewerken",
 * open it, Tab through the form to the text, type, Tab on to "Opslaan" and press Enter. Then, with
 * the page changed on disk meanwhile (this script writes CONTENT_DIR), a save shows both versions and
 * writes nothing; and "Nieuwe pagina" makes a page and opens it. Prints one JSON object. The browser reaches only the preview on this computer.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');
const { step, watchdog, closeBrowser } = require('./steps');

const [executablePath, base, contentDir, screenshot] = process.argv.slice(2);
const AXE = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function main() {
  watchdog(200);
  step('launch');
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const result = {};
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
    const origin = new URL(base).origin;
    await context.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
    step('open the casus page and its editor');
    const tab = await context.newPage();
    await tab.goto(new URL('casussen/drenthe.html', base).href, { waitUntil: 'load' });
    await tab.getByRole('button', { name: 'Bewerken' }).click();
    await tab.waitForSelector('.hb-editor .cm-content');
    result.formKeys = await tab.$$eval('.hb-form .hb-field', (fields) => fields.map((f) => f.getAttribute('data-key')));
    result.schaalOptions = await tab.$$eval('#hb-field-schaal option', (os) => os.map((o) => o.textContent));

    step('change a field and type a block with an unknown value');
    await tab.selectOption('#hb-field-schaal', 'lokaal');
    const content = tab.locator('.cm-content');
    await content.click();
    await tab.keyboard.press('Control+End');
    await tab.keyboard.type('::: tip Nieuw {thema=onbekend}\nx\n:::');
    const problem = tab.locator('.hb-problems li', { hasText: 'onbekend' });
    await problem.first().waitFor({ timeout: 20000 });
    result.problemBeforeSave = await problem.first().textContent();
    result.lintMarks = await tab.locator('.cm-lintRange-error, .cm-lintRange-warning').count();
    result.fileWhileTyping = null; // the test reads the file itself at this point's end
    if (screenshot) await tab.screenshot({ path: screenshot });

    step('axe on the editor');
    const axe = async () => {
      await tab.addScriptTag({ path: AXE });
      const found = await tab.evaluate((tags) => window.axe.run('.hb-editor', { runOnly: { type: 'tag', values: tags } }), TAGS);
      return found.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '));
    };
    result.axe = await axe();

    step('take the block out, change a sentence');
    // take the block out again: from the end of its last line to the start of its first
    await tab.keyboard.press('Shift+ArrowUp');
    await tab.keyboard.press('Shift+ArrowUp');
    await tab.keyboard.press('Shift+Home');
    await tab.keyboard.press('Backspace');
    // and change the sentence
    await tab.keyboard.press('Control+Home');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('ArrowDown');
    await tab.keyboard.press('Home');
    await tab.keyboard.press('Shift+End');
    await tab.keyboard.type('Nieuwe tekst over Drenthe.');
    await tab.locator('.hb-problems li', { hasText: 'onbekend' }).first().waitFor({ state: 'detached', timeout: 20000 });

    step('save and wait for the reload');
    const reloaded = tab.waitForEvent('load', { timeout: 30000 });
    await tab.getByRole('button', { name: 'Opslaan' }).click();
    await reloaded;
    await tab.waitForSelector('.hb-editor .cm-content', { timeout: 20000 });
    result.reloadedText = await tab.locator('main').first().innerText();
    result.reopened = await tab.locator('.hb-editor').count();

    step('keyboard: Tab to Bewerken');
    // keyboard alone, on another page
    const keys = await context.newPage();
    await keys.goto(new URL('casussen/zeeland.html', base).href, { waitUntil: 'load' });
    let reachedButton = false;
    for (let i = 0; i < 300 && !reachedButton; i++) {
      await keys.keyboard.press('Tab');
      reachedButton = await keys.evaluate(() => document.activeElement && document.activeElement.classList.contains('hb-edit-open'));
    }
    result.keyboardButton = reachedButton;
    await keys.keyboard.press('Enter');
    await keys.waitForSelector('.hb-editor .cm-content');
    step('keyboard: Tab through the form');
    const seen = [];
    let typed = false;
    for (let i = 0; i < 80; i++) {
      await keys.keyboard.press('Tab');
      const where = await keys.evaluate(() => {
        const a = document.activeElement;
        if (!a) return '';
        if (a.classList.contains('cm-content')) return 'editor';
        if (a.classList.contains('hb-save')) return 'save';
        return a.id || a.tagName.toLowerCase();
      });
      seen.push(where);
      if (where === 'editor' && !typed) {
        await keys.keyboard.press('Control+End');
        await keys.keyboard.press('ArrowLeft'); // to the end of the last sentence, before the file's last line end
        await keys.keyboard.type(' Met het toetsenbord.');
        typed = true;
      }
      if (where === 'save') break;
    }
    result.keyboardFocus = seen;
    step('keyboard: save');
    const keysReloaded = keys.waitForEvent('load', { timeout: 30000 });
    await keys.keyboard.press('Enter');
    await keysReloaded;
    result.keyboardSaved = await keys.locator('main').first().innerText();
    const zeeland = path.join(contentDir, '02-casussen/02-zeeland.md');
    result.keyboardFile = fs.readFileSync(zeeland, 'utf8');

    step('conflict: change the file on disk');
    // a conflict: the file changes on disk while the editor has unsaved text
    await keys.waitForSelector('.hb-editor .cm-content');
    await keys.locator('.cm-content').click();
    await keys.keyboard.press('Control+Home');
    await keys.keyboard.type('Mijn regel. ');
    fs.writeFileSync(zeeland, fs.readFileSync(zeeland, 'utf8').replace('De regio groeit.', 'Van buiten veranderd.'));
    await keys.waitForTimeout(300);
    await keys.getByRole('button', { name: 'Opslaan' }).click();
    step('conflict: wait for both versions');
    const conflict = keys.locator('dialog.hb-dialog');
    await conflict.waitFor({ timeout: 20000 });
    result.conflictVersions = await conflict.locator('pre').allTextContents();
    result.conflictAxe = await (async () => {
      await keys.addScriptTag({ path: AXE });
      const found = await keys.evaluate((tags) => window.axe.run('dialog.hb-dialog', { runOnly: { type: 'tag', values: tags } }), TAGS);
      return found.violations.map((v) => v.id);
    })();
    result.fileAfterConflict = fs.readFileSync(zeeland, 'utf8');
    await conflict.getByRole('button', { name: 'Versie op schijf openen' }).click();
    await keys.locator('.cm-content', { hasText: 'Van buiten veranderd.' }).waitFor({ timeout: 20000 });
    result.editorAfterConflict = await keys.locator('.cm-content').innerText();

    step('new page');
    // a new page, as `new` makes it, opened in the editor
    await keys.getByRole('button', { name: 'Nieuwe pagina' }).click();
    const form = keys.locator('dialog.hb-dialog');
    await form.waitFor();
    await form.getByLabel('Soort').selectOption('tip');
    await form.getByLabel('Titel (verplicht)').fill('Werk met een leeragenda');
    await form.getByLabel('Hoofdstuk').selectOption('01-begin');
    // the new file makes the preview rebuild and reload the page, which opens the new file again
    step('new page: make it and wait for the reload');
    const reloadedAfterNew = keys.waitForEvent('load', { timeout: 30000 });
    await form.getByRole('button', { name: 'Maken' }).click();
    await reloadedAfterNew;
    await keys.locator('#hb-editor-title', { hasText: 'werk-met-een-leeragenda' }).waitFor({ timeout: 20000 });
    result.newPageTitle = await keys.locator('#hb-editor-title').innerText();

    step('drop an image');
    // an image dropped onto the text: no alt text, no image; with one, the file beside the page.
    // The answer to the upload is held back until well after the rebuild that the image's file
    // causes, as a slow answer would be: the reload that rebuild asks for must wait for the link.
    await keys.route(/\/image\?/, async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await route.fulfill({ response });
    });
    let loadsDuringImage = 0;
    keys.on('load', () => { loadsDuringImage += 1; });
    await keys.evaluate(() => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]);
      const data = new DataTransfer();
      data.items.add(new File([png], 'Kaart Zeeland.png', { type: 'image/png' }));
      const target = document.querySelector('.cm-content');
      const box = target.getBoundingClientRect();
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, clientX: box.left + 20, clientY: box.top + 10 }));
    });
    const drop = keys.locator('dialog.hb-dialog');
    await drop.waitFor();
    await drop.getByRole('button', { name: 'Invoegen' }).click();
    result.imageWithoutAlt = await drop.locator('[role=alert]').innerText();
    await drop.getByLabel('Wat staat er op de afbeelding? (alternatieve tekst, verplicht)').fill('De kaart van Zeeland');
    await drop.getByRole('button', { name: 'Invoegen' }).click();
    await keys.locator('.cm-content', { hasText: '![De kaart van Zeeland](kaart-zeeland.png)' }).waitFor({ timeout: 20000 });
    result.imageInserted = true;
    result.loadsDuringImage = loadsDuringImage;
    await context.close();
  } finally {
    step('close');
    await closeBrowser(browser);
  }
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
