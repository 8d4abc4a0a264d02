/* Stems words with the browser's stemmer and analyzer, for StemmerAgreementTest.
 *
 *   node stem-words.js ASSETS_DIR LANGUAGE STOP_WORDS_FILE WORDS_FILE
 *
 * For each line of WORDS_FILE it prints "term<TAB>stem": the index term search.js makes of the word
 * (or "-" when it drops the word) and the bare Snowball stem of the folded word.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [assets, language, stopFile, wordsFile] = process.argv.slice(2);
const context = {};
context.window = context;
vm.createContext(context);
for (const name of ['snowball.js', 'search.js']) {
  const file = path.join(assets, name);
  vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: file });
}
const lines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
const core = context.handbookSearch;
const stem = context.handbookSnowball[language];
const analyzer = new core.Analyzer(language, lines(stopFile), stem);
const out = lines(wordsFile).map((word) => {
  const term = analyzer.term(word);
  return (term === null ? '-' : term) + '\t' + stem(core.fold(word));
});
process.stdout.write(out.join('\n') + '\n');
