/* What the scripts that drive Chromium share: each step they reach goes to the error output, so that a
 * run that fails says how far it got; a watchdog ends a run stuck past its time (Playwright's waits time
 * out, but evaluate, keyboard and close do not) with the step it was at; and closing the browser
 * cannot hang the script. */
'use strict';

let current = 'start';

function step(name) {
  current = name;
  process.stderr.write(`step: ${name} (${process.uptime().toFixed(1)} s)\n`);
}

function watchdog(seconds) {
  const timer = setTimeout(() => {
    process.stderr.write(`stuck at step "${current}" after ${seconds} s\n`);
    process.exit(3);
  }, seconds * 1000);
  timer.unref();
}

async function closeBrowser(browser) {
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(() => resolve('late'), 20000); });
  const how = await Promise.race([browser.close().then(() => 'closed'), late]);
  clearTimeout(timer);
  if (how === 'late') process.stderr.write('the browser did not close within 20 s\n');
}

module.exports = { step, watchdog, closeBrowser };
