/* Runs the browser's search runtime under Node on a built index, for the Java tests and the size report.
 *
 *   node search-run.js ASSETS_DIR SITE_DIR QUERIES_FILE [RESULTS]
 *
 * ASSETS_DIR holds snowball.js and search.js; SITE_DIR/search/ the index. Each line of QUERIES_FILE is
 * "query" or "query<TAB>type". For each query it prints a line
 *   Q <query> <number of hits> <parts loaded, comma-separated> <ms> <type or empty> <ms cold>
 * where <ms> is the time from the query to its results, once the runtime is open (scripts and meta
 * loaded, as they are once the reader focuses the search box), and <ms cold> includes opening it.
 * and then one line per result (at most RESULTS, default 10)
 *   R <rank> <url> <type or -> <label or -> <title> <snippet, marked words in [brackets]>
 * with fields separated by tabs. Each query starts with an empty cache, as a fresh page would.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [assets, site, queriesFile, resultsArg] = process.argv.slice(2);
const limit = Number(resultsArg || 10);

function newRuntime(loaded) {
  const context = { console: console };
  context.window = context;
  vm.createContext(context);
  for (const name of ['snowball.js', 'search.js']) {
    const file = path.join(assets, name);
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
  }
  const load = (name) => {
    loaded.push(name);
    const file = path.join(site, 'search', name + '.js');
    vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
    return Promise.resolve(context.handbookSearchData[name]);
  };
  return context.handbookSearch.open(load, context.handbookSnowball);
}

const clean = (s) => String(s).replace(/[\t\n]/g, ' ');

async function main() {
  const lines = fs.readFileSync(queriesFile, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const out = [];
  for (const line of lines) {
    const [query, type] = line.split('\t');
    const loaded = [];
    const started = process.hrtime.bigint();
    const searcher = await newRuntime(loaded);
    const opened = process.hrtime.bigint();
    const found = await searcher.search(query, { type: type || '' });
    const results = await searcher.results(found, 0, limit, 30);
    const done = process.hrtime.bigint();
    const ms = (from) => (Number(done - from) / 1e6).toFixed(1);
    out.push(['Q', query, found.hits.length, loaded.join(','), ms(opened), type || '', ms(started)].map(clean).join('\t'));
    results.forEach((r, i) => {
      const snippet = r.snippet.map((p) => (p.mark ? '[' + p.text + ']' : p.text)).join('');
      out.push(['R', i + 1, r.url, r.type ? r.type.key : '-', r.label || '-', r.title, snippet].map(clean).join('\t'));
    });
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
