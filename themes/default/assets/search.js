/* Full-text search of the handbook that works offline and from file://.
 *
 * The index is made at build time (dev.handbook.search) as scripts under search/: meta.js, term parts
 * t0.js, t1.js, ... and document parts d0.js, d1.js, ... Each stores its data in
 * window.handbookSearchData[name]. They are loaded on demand with script tags, because fetch and
 * XMLHttpRequest do not work from file://. A query loads meta.js, the term parts of its words and the
 * document parts of the results it shows; nothing else, and nothing from another host.
 *
 * The core (analyze, match, rank, snippet) does not touch the DOM, so that tests run it under Node;
 * the user interface below it binds the header's search box and the search page.
 */
(function (root) {
  'use strict';

  var DATA = 'handbookSearchData';

  /* ---- Analysis: mirrors dev.handbook.search.Analyzer step by step; change both together. ---- */

  var TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
  var MARKS = /\p{M}+/gu;
  var LIGATURES = { '\u00df': 'ss', '\u00e6': 'ae', '\u00f8': 'o', '\u0133': 'ij', '\u0153': 'oe', '\u0142': 'l' };
  var MIN_LENGTH = 2;
  var MAX_LENGTH = 40;

  /* Accents off, lower case, ligatures spelled out: "Coördinatie" gives "coordinatie". */
  function fold(word) {
    var lower = word.normalize('NFD').replace(MARKS, '').toLowerCase();
    return /[^\x00-\x7f]/.test(lower) ? lower.replace(/[\u00df\u00e6\u00f8\u0133\u0153\u0142]/g, function (c) {
      return LIGATURES[c];
    }) : lower;
  }

  /* Every word of a text with where it stands, for queries and for highlighting snippets. */
  function words(text) {
    var found = [];
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) found.push({ word: m[0], start: m.index, end: m.index + m[0].length });
    return found;
  }

  function Analyzer(language, stopWords, stem) {
    this.language = language;
    this.stem = stem;
    this.stop = Object.create(null);
    this.cache = Object.create(null);
    for (var i = 0; i < stopWords.length; i++) this.stop[stopWords[i]] = true;
  }

  /* The index term of a word, or null for a stop word or a word too short or too long. */
  Analyzer.prototype.term = function (word) {
    var cached = this.cache[word];
    if (cached !== undefined) return cached;
    var folded = fold(word);
    var term = folded.length < MIN_LENGTH || folded.length > MAX_LENGTH || this.stop[folded] ? null : this.stem(folded);
    this.cache[word] = term;
    return term;
  };

  Analyzer.prototype.terms = function (text) {
    var out = [];
    var all = words(text);
    for (var i = 0; i < all.length; i++) {
      var term = this.term(all[i].word);
      if (term !== null) out.push(term);
    }
    return out;
  };

  /* ---- Query: what each word of a query may match, and how much each kind of match counts. ---- */

  var EXACT = 1;
  var VERB_FORM = 0.9; /* Dutch "werkt" also looks for the stem of "werk", and so finds "werken" */
  var PREFIX = 0.5; /* "regio" finds "regionale"; the last word while typing finds whole words */
  var PREFIX_BESIDE_EXACT = 0.2; /* while typing a word that is whole already, longer words count less */
  var TYPO = 0.4; /* one letter wrong, missing, extra or swapped; only when nothing else matched */
  var OPENING = 2; /* a query of one stop word: a title that begins with it ("Wat is ...?") is about it */
  var MIN_PREFIX = 3;
  var MIN_TYPO = 5;
  var MAX_EXPANSIONS = 50;
  var MAX_TYPO_PARTS = 4;

  /* The words of a query that count, each with the stems it may match exactly. */
  function parseQuery(analyzer, query) {
    var terms = [];
    var seen = Object.create(null);
    var all = words(query);
    for (var i = 0; i < all.length; i++) {
      var stem = analyzer.term(all[i].word);
      if (stem === null || seen[stem]) continue;
      seen[stem] = true;
      var forms = [{ stem: stem, weight: EXACT }];
      var folded = fold(all[i].word);
      /* Snowball's Dutch stemmer keeps the -t of a verb ("werkt"); the form without it is the stem
         the other forms share ("werk" of "werken"). Only the query gets this, so the index stays pure
         Snowball and the two stemmers can be held to identical output. */
      /* Not for short words nor where the form without -t is a stop word: "meet" is no form of "mee". */
      if (analyzer.language === 'nl' && folded.length >= 5 && folded.charAt(folded.length - 1) === 't'
          && !analyzer.stop[folded.slice(0, -1)]) {
        var shorter = analyzer.stem(folded.slice(0, -1));
        if (shorter !== stem && shorter.length >= MIN_PREFIX) forms.push({ stem: shorter, weight: VERB_FORM });
      }
      terms.push({ word: all[i].word, stem: stem, forms: forms, last: i === all.length - 1 });
    }
    return terms.length > 0 ? terms : phraseQuery(analyzer, all);
  }

  var MAX_PHRASE = 3; /* as Analyzer.MAX_PHRASE: the index has phrase terms of two or three stop words */

  /* A query of stop words only ("hier en nu") is never empty: it looks for the phrase, which the index
     holds as terms of two or three stop words in a row from titles and contexts (Analyzer.termsWithPhrases);
     a longer phrase is each three words in a row. The last word may still be being typed ("hier en n").
     One stop word alone ("wat") looks for the titles that hold it, those that open with it first: the
     index has each stop word of a title as a term of its own after a space (" wat"), and the one a title
     begins with after a caret too ("^wat"; Analyzer.titleTerms), so that neither meets a stem spelt
     alike ("met" of "meten") nor the prefix and typo matching of ordinary words. */
  function phraseQuery(analyzer, all) {
    var folded = all.map(function (w) { return fold(w.word); });
    if (folded.length === 1) {
      if (folded[0].length < MIN_LENGTH || !analyzer.stop[folded[0]]) return [];
      var anywhere = ' ' + folded[0];
      return [{ word: all[0].word, stem: anywhere, phrase: true, last: true,
        forms: [{ stem: anywhere, weight: EXACT }, { stem: '^' + folded[0], weight: OPENING }] }];
    }
    if (folded.length === 0) return [];
    var terms = [];
    var size = Math.min(MAX_PHRASE, folded.length);
    for (var start = 0; start + size <= folded.length; start++) {
      var phrase = folded.slice(start, start + size).join(' ');
      terms.push({ word: phrase, stem: phrase, forms: [{ stem: phrase, weight: EXACT }], phrase: true,
        last: start + size === folded.length });
    }
    return terms;
  }

  /* Damerau-Levenshtein distance at most 1: one letter changed, added, dropped, or two swapped. */
  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';

  /* Every word one letter changed, added, dropped or two swapped away from a (folded) word. */
  function oneEditAway(word) {
    var out = {};
    for (var i = 0; i <= word.length; i++) {
      var head = word.slice(0, i);
      var tail = word.slice(i);
      if (tail) out[head + tail.slice(1)] = true;
      if (tail.length > 1) out[head + tail.charAt(1) + tail.charAt(0) + tail.slice(2)] = true;
      for (var k = 0; k < LETTERS.length; k++) {
        var c = LETTERS.charAt(k);
        out[head + c + tail] = true;
        if (tail && c !== tail.charAt(0)) out[head + c + tail.slice(1)] = true;
      }
    }
    delete out[word];
    return Object.keys(out);
  }

  /* ---- Index: the parts, loaded on demand through load(name) -> Promise of the part's data. ---- */

  function Index(meta, load) {
    this.meta = meta;
    this.load = load;
    this.loading = {};
    this.parts = {};
    this.sortedTerms = {};
  }

  /* The number of the term part that holds a term: the last part whose first term is not after it. */
  Index.prototype.partOf = function (term) {
    var starts = this.meta.termParts;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  /* The parts that hold the terms beginning with a prefix, as [first, last]. */
  Index.prototype.partsOfPrefix = function (prefix) {
    return [this.partOf(prefix), this.partOf(prefix + '\uffff')];
  };

  /* Loads term part n once; its terms are kept sorted for prefix and typo matching. */
  Index.prototype.termPart = function (n) {
    var self = this;
    if (!this.loading[n]) {
      this.loading[n] = this.load('t' + n).then(function (part) {
        self.parts[n] = part;
        self.sortedTerms[n] = Object.keys(part).sort();
        return part;
      });
    }
    return this.loading[n];
  };

  Index.prototype.loadParts = function (ranges) {
    var wanted = {};
    for (var i = 0; i < ranges.length; i++) {
      for (var n = ranges[i][0]; n <= ranges[i][1]; n++) wanted[n] = true;
    }
    var self = this;
    return Promise.all(Object.keys(wanted).map(function (n) { return self.termPart(Number(n)); }));
  };

  /* Terms in the loaded parts [first, last] that pass a test, in sorted order. */
  Index.prototype.termsIn = function (range, test, limit) {
    var out = [];
    for (var n = range[0]; n <= range[1]; n++) {
      var terms = this.sortedTerms[n] || [];
      for (var i = 0; i < terms.length && out.length < limit; i++) if (test(terms[i])) out.push(terms[i]);
    }
    return out;
  };

  Index.prototype.postings = function (term) {
    var part = this.parts[this.partOf(term)];
    return part && Object.prototype.hasOwnProperty.call(part, term) ? part[term] : null;
  };

  /* The stored documents with the given numbers, as a map from number to document. */
  Index.prototype.documents = function (ids) {
    var starts = this.meta.documentParts;
    var parts = {};
    ids.forEach(function (id) {
      var lo = 0;
      var hi = starts.length - 1;
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= id) lo = mid;
        else hi = mid - 1;
      }
      (parts[lo] = parts[lo] || []).push(id);
    });
    var self = this;
    return Promise.all(Object.keys(parts).map(function (n) {
      return self.load('d' + n).then(function (docs) {
        var found = {};
        parts[n].forEach(function (id) { found[id] = docs[id - starts[n]]; });
        return found;
      });
    })).then(function (maps) {
      var all = {};
      maps.forEach(function (m) { Object.keys(m).forEach(function (k) { all[k] = m[k]; }); });
      return all;
    });
  };

  /* ---- Searcher: matches a query against the index and ranks the documents. ---- */

  function Searcher(meta, load, stemmers) {
    var stem = stemmers[meta.language] || stemmers.nl;
    this.meta = meta;
    this.index = new Index(meta, load);
    this.analyzer = new Analyzer(meta.language, meta.stopWords, stem);
    this.types = {};
    for (var i = 0; i < meta.types.length; i++) {
      this.types[meta.types[i][0]] = { key: meta.types[i][0], label: meta.types[i][1], plural: meta.types[i][2], code: String.fromCharCode(97 + i) };
    }
  }

  /* Adds a term's postings to the best score per document of one query word. */
  function collect(postings, weight, best) {
    var doc = 0;
    for (var i = 0; i < postings.length; i += 2) {
      doc += postings[i];
      var score = postings[i + 1] * weight;
      if (!(best[doc] >= score)) best[doc] = score;
    }
  }

  /*
   * Searches; resolves to {query, words, hits: [{doc, score}], terms: {indexTerm: true}, corrections}.
   * Options: type (an entry type key, or "" for all), typing (the query is being typed, so its last word
   * may be the beginning of one). Each query word scores a document by its best match
   * (exact, verb form, prefix, typo); a document's score is the sum over the words, times the square
   * of the share of words it matches, so that documents with every word come first.
   */
  Searcher.prototype.search = function (query, options) {
    var type = options && options.type ? this.types[options.type] : null;
    var typing = Boolean(options && options.typing);
    var terms = parseQuery(this.analyzer, query);
    var index = this.index;
    var empty = { query: query, words: terms.length, hits: [], terms: {} };
    if (terms.length === 0) return Promise.resolve(empty);
    var ranges = [];
    terms.forEach(function (t) {
      t.forms.forEach(function (f) { ranges.push(index.partsOfPrefix(f.stem)); });
    });
    var self = this;
    var matched = {};
    var corrections = [];
    return index.loadParts(ranges).then(function () {
      var typos = [];
      var perWord = terms.map(function (t) {
        var best = {};
        var found = false;
        var exactly = t.forms.some(function (f) { return index.postings(f.stem) !== null; });
        /* The beginning of a word finds whole words only for the word being typed (the last one in the
           header's box), or for a word that matches nothing as it is: "welvaart" does not rank
           "welvaartsparagraaf" above the pages about welvaart. */
        var typed = typing && t.last && !/\s$/.test(query);
        var expand = typed || !exactly;
        var prefixWeight = exactly ? PREFIX_BESIDE_EXACT : PREFIX;
        t.forms.forEach(function (f) {
          var exact = index.postings(f.stem);
          if (exact) {
            collect(exact, f.weight, best);
            matched[f.stem] = true;
            found = true;
          }
          if (f.stem.length < MIN_PREFIX || !expand) return;
          index.termsIn(index.partsOfPrefix(f.stem), function (term) {
            return term !== f.stem && term.lastIndexOf(f.stem, 0) === 0;
          }, MAX_EXPANSIONS).forEach(function (term) {
            collect(index.postings(term), f.weight * prefixWeight, best);
            matched[term] = true;
            found = true;
          });
        });
        if (!found && !t.phrase && t.stem.length >= MIN_TYPO) typos.push({ term: t, best: best });
        return best;
      });
      if (typos.length === 0) return perWord;
      /* A word that matched nothing may be misspelt: look at the terms that begin with its first two
         letters (the parts around its own, at most MAX_TYPO_PARTS) for one edit away. */
      var typoRanges = typos.map(function (x) {
        var range = index.partsOfPrefix(x.term.stem.slice(0, 2));
        var own = index.partOf(x.term.stem);
        var half = MAX_TYPO_PARTS >> 1;
        return [Math.max(range[0], own - half), Math.min(range[1], own + half)];
      });
      return index.loadParts(typoRanges).then(function () {
        typos.forEach(function (x, i) {
          var stem = x.term.stem;
          var near = {};
          index.termsIn(typoRanges[i], function (term) {
            return withinOneEdit(stem, term);
          }, MAX_EXPANSIONS).forEach(function (term) {
            near[term] = true;
          });
          /* The index holds stems, and a typo can change the stem a word gets ("backcastng" keeps its
             ending, "backcasting" loses it): the word as written one edit away is stemmed too. */
          oneEditAway(fold(x.term.word)).forEach(function (variant) {
            var term = self.analyzer.term(variant);
            if (term !== null && index.postings(term) !== null) near[term] = true;
          });
          Object.keys(near).forEach(function (term) {
            collect(index.postings(term), TYPO, x.best);
            matched[term] = true;
          });
          if (Object.keys(near).length) corrections.push({ word: x.term.word, terms: near });
        });
        return perWord;
      });
    }).then(function (perWord) {
      var total = {};
      var count = {};
      perWord.forEach(function (best) {
        Object.keys(best).forEach(function (doc) {
          total[doc] = (total[doc] || 0) + best[doc];
          count[doc] = (count[doc] || 0) + 1;
        });
      });
      var codes = self.meta.documentTypes;
      var hits = [];
      Object.keys(total).forEach(function (key) {
        var doc = Number(key);
        if (type && codes.charAt(doc) !== type.code) return;
        var share = count[key] / terms.length;
        hits.push({ doc: doc, score: total[key] * share * share });
      });
      hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { query: query, words: terms.length, hits: hits, terms: matched, corrections: corrections };
    });
  };

  /*
   * "Did you mean": the query with each word that matched only by a typo replaced by the word as the
   * results write it (the first marked word, in the titles and snippets of results, whose term is one
   * the typo matched), or null when no word was corrected.
   */
  Searcher.prototype.suggestion = function (found, results) {
    if (!found.corrections || found.corrections.length === 0) return null;
    var analyzer = this.analyzer;
    var query = found.query;
    var changed = false;
    found.corrections.forEach(function (c) {
      var written = null;
      results.some(function (r) {
        var texts = [r.title].concat(r.snippet.filter(function (p) { return p.mark; }).map(function (p) { return p.text; }));
        return texts.some(function (t) {
          return words(t).some(function (w) {
            var term = analyzer.term(w.word);
            if (term !== null && c.terms[term] === true) {
              written = w.word.toLowerCase(); /* a title's capital is no part of the word */
              return true;
            }
            return false;
          });
        });
      });
      if (written && written.toLowerCase() !== c.word.toLowerCase()) {
        query = query.replace(c.word, written);
        changed = true;
      }
    });
    return changed ? query : null;
  };

  /*
   * The results hits[start .. start+count) ready to show: url (from the site root), title, context
   * (the page a section or entry is on), chapter, type {key, label}, label ("Tip 3.4") and a snippet
   * as a list of {text, mark} pieces with the matched words marked.
   */
  Searcher.prototype.results = function (found, start, count, snippetWords) {
    var slice = found.hits.slice(start, start + count);
    var self = this;
    return this.index.documents(slice.map(function (h) { return h.doc; })).then(function (docs) {
      return slice.map(function (hit) {
        var d = docs[hit.doc];
        var typeInfo = d[3] >= 0 ? self.meta.types[d[3]] : null;
        return {
          doc: hit.doc,
          score: hit.score,
          url: d[0],
          title: d[1],
          context: d[2],
          type: typeInfo ? { key: typeInfo[0], label: typeInfo[1] } : null,
          label: d[4],
          chapter: d[5] >= 0 ? self.meta.chapters[d[5]] : '',
          snippet: snippet(d[6], self.analyzer, found.terms, snippetWords || 30)
        };
      });
    });
  };

  /* Marks the words of each matched phrase of stop words ("hier en nu") where they stand in a row, and
     a matched stop word of its own (" wat", "^wat") wherever it stands. */
  function markPhrases(all, matched, hits) {
    var phrases = Object.keys(matched).filter(function (t) { return t.indexOf(' ') >= 0 || t.charAt(0) === '^'; });
    if (phrases.length === 0) return;
    var folded = all.map(function (w) { return fold(w.word); });
    phrases.forEach(function (term) {
      var phrase = term.replace(/^[ ^]/, '');
      var length = phrase.split(' ').length;
      for (var i = 0; i + length <= folded.length; i++) {
        if (folded.slice(i, i + length).join(' ') !== phrase) continue;
        for (var k = 0; k < length; k++) hits[i + k] = phrase;
      }
    });
  }

  /*
   * The stretch of a text, about `size` words long, that holds the most distinct matched terms
   * (the earliest of equals), as pieces {text, mark}. Without a match: the text's beginning.
   */
  function snippet(text, analyzer, matched, size) {
    var all = words(text);
    var hits = all.map(function (w) {
      var term = analyzer.term(w.word);
      return term !== null && matched[term] === true ? term : null;
    });
    markPhrases(all, matched, hits);
    var bestStart = 0;
    var bestScore = -1;
    for (var i = 0; i < all.length; i++) {
      if (hits[i] === null && i > 0) continue;
      var distinct = {};
      var score = 0;
      for (var j = i; j < Math.min(all.length, i + size); j++) {
        if (hits[j] !== null) {
          score += distinct[hits[j]] ? 1 : 100;
          distinct[hits[j]] = true;
        }
      }
      if (score > bestScore) {
        bestScore = score;
        bestStart = i;
      }
    }
    /* begin a few words before the first match, so that it reads in context */
    var first = Math.max(0, bestScore > 0 ? bestStart - 3 : 0);
    var last = Math.min(all.length, first + size) - 1;
    var pieces = [];
    if (all.length === 0) return pieces;
    var from = first === 0 ? 0 : all[first].start;
    var prefix = first === 0 ? '' : '\u2026 ';
    for (var k = first; k <= last; k++) {
      if (hits[k] === null) continue;
      pieces.push({ text: prefix + text.slice(from, all[k].start), mark: false });
      pieces.push({ text: all[k].word, mark: true });
      prefix = '';
      from = all[k].end;
    }
    var end = last === all.length - 1 ? text.length : all[last].end;
    pieces.push({ text: prefix + text.slice(from, end) + (end < text.length ? ' \u2026' : ''), mark: false });
    return pieces.filter(function (p) { return p.text !== ''; });
  }

  /* Opens the index: loads meta and resolves to a Searcher. */
  function open(load, stemmers) {
    return load('meta').then(function (meta) { return new Searcher(meta, load, stemmers); });
  }

  var core = {
    fold: fold,
    words: words,
    Analyzer: Analyzer,
    parseQuery: parseQuery,
    withinOneEdit: withinOneEdit,
    snippet: snippet,
    open: open
  };
  root.handbookSearch = core;
  if (typeof module === 'object' && module.exports) module.exports = core;
  if (typeof document === 'undefined') return;

  /* ---- Browser: script loading ---- */

  function siteRoot() {
    return document.documentElement.getAttribute('data-root') || '';
  }

  var scripts = {};

  function loadScript(src) {
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = src;
        s.onload = resolve;
        s.onerror = function () {
          delete scripts[src];
          reject(new Error('cannot load ' + src));
        };
        document.head.appendChild(s);
      });
    }
    return scripts[src];
  }

  function loadPart(name) {
    var have = root[DATA] && root[DATA][name];
    if (have !== undefined) return Promise.resolve(have);
    return loadScript(siteRoot() + 'search/' + name + '.js').then(function () {
      var data = root[DATA] && root[DATA][name];
      if (data === undefined) throw new Error('search index part ' + name + ' is empty');
      return data;
    });
  }

  var opening = null;

  /* The searcher, opened once: the stemmer script and meta.js load on first use (or focus). */
  function searcher() {
    if (!opening) {
      opening = Promise.all([
        root.handbookSnowball ? Promise.resolve() : loadScript(siteRoot() + 'assets/snowball.js'),
        loadPart('meta')
      ]).then(function (loaded) {
        return new Searcher(loaded[1], loadPart, root.handbookSnowball);
      });
      opening.catch(function () { opening = null; });
    }
    return opening;
  }

  /* ---- Browser: rendering results ---- */

  function text(template, query, count) {
    return (template || '').replace('{0}', query).replace('{1}', String(count));
  }

  function element(tag, className, content) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (content) el.textContent = content;
    return el;
  }

  function snippetElement(pieces, className) {
    var p = element('p', className);
    pieces.forEach(function (piece) {
      p.appendChild(piece.mark ? element('mark', null, piece.text) : document.createTextNode(piece.text));
    });
    return p;
  }

  /* The parts of a result inside its link: badge for entries, title; and the context line. */
  function fillResult(link, result) {
    if (result.type) {
      var badge = element('span', 'handbook-result__badge handbook-result__badge--' + result.type.key,
          result.label || result.type.label);
      link.appendChild(badge);
      link.appendChild(document.createTextNode(' '));
    }
    link.appendChild(element('span', 'handbook-result__title', result.title));
  }

  function contextLine(result) {
    var parts = [];
    if (result.chapter) parts.push(result.chapter);
    /* a chapter's own page has the chapter's title: do not say it twice */
    var chapterTitle = result.chapter.replace(/^[\d.]+ /, '');
    if (result.context && result.context !== chapterTitle) parts.push(result.context);
    return parts.join(' \u203a ');
  }

  /* "Did you mean X?" with X a link to the search for it; the template's {0} marks where X goes. */
  function fillSuggestion(el, template, query, href) {
    el.textContent = '';
    var parts = (template || '{0}?').split('{0}');
    el.appendChild(document.createTextNode(parts[0]));
    var link = element('a', null, query);
    link.href = href;
    el.appendChild(link);
    el.appendChild(document.createTextNode(parts.slice(1).join('{0}')));
  }

  /* ---- Browser: the search page (search.html?q=...&type=...) ---- */

  var PAGE_SIZE = 20;

  function initPage(list) {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var select = document.getElementById('search-type');
    var status = document.getElementById('search-status');
    var more = document.getElementById('search-more');
    var suggest = document.getElementById('search-suggest');
    var help = document.getElementById('search-help');
    var texts = form ? form.dataset : {};
    var params = new URLSearchParams(window.location.search);
    var current = null;
    var shown = 0;
    var run = 0;

    if (input) input.value = params.get('q') || '';

    function showMore() {
      var found = current;
      var mine = run;
      return current.searcher.results(found, shown, PAGE_SIZE, 30).then(function (results) {
        if (mine !== run) return;
        results.forEach(function (r) {
          var li = element('li', 'handbook-result');
          var link = element('a', 'handbook-result__link');
          link.href = siteRoot() + r.url;
          fillResult(link, r);
          li.appendChild(link);
          var context = contextLine(r);
          if (context) li.appendChild(element('p', 'handbook-result__context', context));
          li.appendChild(snippetElement(r.snippet, 'handbook-result__snippet'));
          list.appendChild(li);
        });
        shown += results.length;
        if (more) more.hidden = shown >= found.hits.length;
        return results;
      });
    }

    function search() {
      var query = input ? input.value.trim() : '';
      var type = select ? select.value : '';
      var mine = ++run;
      list.textContent = '';
      shown = 0;
      if (more) more.hidden = true;
      if (suggest) suggest.hidden = true;
      if (help) help.hidden = true;
      if (!query) {
        if (status) status.textContent = '';
        return Promise.resolve();
      }
      if (status) status.textContent = texts.textLoading || '';
      return searcher().then(function (s) {
        return s.search(query, { type: type }).then(function (found) {
          if (mine !== run) return;
          found.searcher = s;
          current = found;
          var n = found.hits.length;
          var template = n === 0 ? texts.textNone : n === 1 ? texts.textOne : texts.textMany;
          if (status) status.textContent = text(template, query, n);
          if (help) help.hidden = n > 0;
          return showMore().then(function (results) {
            var better = results && s.suggestion(found, results);
            if (!better || !suggest || mine !== run) return;
            fillSuggestion(suggest, texts.textSuggest, better, 'search.html?q=' + encodeURIComponent(better)
                + (type ? '&type=' + encodeURIComponent(type) : ''));
            suggest.hidden = false;
          });
        });
      }).catch(function () {
        if (status) status.textContent = texts.textFailed || 'Search is not available.';
      });
    }

    function remember() {
      var query = input ? input.value.trim() : '';
      var url = 'search.html?q=' + encodeURIComponent(query) + (select && select.value ? '&type=' + encodeURIComponent(select.value) : '');
      try {
        window.history.replaceState(null, '', url);
      } catch (e) {
        /* some browsers refuse history changes on file:// pages; the results show all the same */
      }
    }

    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        remember();
        search();
      });
    }
    if (more) more.addEventListener('click', function () { showMore(); });

    /* the type filter lists the handbook's entry types, from the index */
    var wantedType = params.get('type') || '';
    var ready = select ? searcher().then(function (s) {
      s.meta.types.forEach(function (t) {
        var option = element('option', null, t[2]);
        option.value = t[0];
        select.appendChild(option);
      });
      select.value = wantedType;
      select.addEventListener('change', function () {
        remember();
        search();
      });
    }) : Promise.resolve();
    ready.catch(function () {}).then(search);
  }

  /* ---- Browser: the search box in the header, with a list of the best results ---- */

  var BOX_RESULTS = 8;

  function initBox(form) {
    var input = form.querySelector('input[name=q]');
    var list = form.querySelector('[role=listbox]');
    var popup = form.querySelector('.handbook-search__popup') || list;
    var status = form.querySelector('.handbook-search__status');
    var texts = form.dataset;
    if (!input || !list) return;
    var suggest = element('p', 'handbook-search__suggest');
    suggest.hidden = true;
    if (status) status.insertAdjacentElement('afterend', suggest);
    var active = -1;
    var run = 0;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
    }

    function close() {
      popup.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function activate(n) {
      var all = options();
      if (all.length === 0) return;
      active = (n + all.length) % all.length;
      all.forEach(function (o, i) {
        o.setAttribute('aria-selected', i === active ? 'true' : 'false');
        o.classList.toggle('is-active', i === active);
      });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function option(id, href, fill) {
      var li = element('li', 'handbook-search__option');
      li.id = id;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      var link = element('a', 'handbook-search__link');
      link.href = href;
      link.tabIndex = -1;
      fill(link, li);
      li.appendChild(link);
      return li;
    }

    function update() {
      var query = input.value.trim();
      var mine = ++run;
      if (!query) {
        list.textContent = '';
        if (status) status.textContent = '';
        close();
        return;
      }
      searcher().then(function (s) {
        return s.search(query, { typing: true }).then(function (found) {
          return s.results(found, 0, BOX_RESULTS, 12).then(function (results) {
            if (mine !== run) return;
            list.textContent = '';
            active = -1;
            input.removeAttribute('aria-activedescendant');
            results.forEach(function (r, i) {
              list.appendChild(option('handbook-search-option-' + i, siteRoot() + r.url, function (link) {
                fillResult(link, r);
                var context = contextLine(r);
                if (context) link.appendChild(element('span', 'handbook-result__context', context));
                link.appendChild(snippetElement(r.snippet, 'handbook-result__snippet'));
              }));
            });
            var n = found.hits.length;
            if (n > 0) {
              list.appendChild(option('handbook-search-option-all',
                  siteRoot() + 'search.html?q=' + encodeURIComponent(query), function (link) {
                    link.textContent = text(texts.textAll, query, n);
                  }));
            }
            var template = n === 0 ? texts.textNone : n === 1 ? texts.textOne : texts.textMany;
            if (status) status.textContent = text(template, query, n);
            var better = s.suggestion(found, results);
            suggest.hidden = !better;
            if (better) fillSuggestion(suggest, texts.textSuggest, better, siteRoot() + 'search.html?q=' + encodeURIComponent(better));
            popup.hidden = false;
            input.setAttribute('aria-expanded', n > 0 ? 'true' : 'false');
          });
        });
      }).catch(function () {
        if (mine !== run) return;
        if (status) status.textContent = texts.textFailed || 'Search is not available.';
        popup.hidden = false;
      });
    }

    input.addEventListener('focus', function () {
      searcher().catch(function () {}); /* warm up: stemmer and meta load while the reader types */
      if (input.value.trim() && list.children.length) popup.hidden = false;
    });
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        if (popup.hidden && input.value.trim()) update();
        activate(active + 1);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        activate(active - 1);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        var link = options()[active].querySelector('a');
        if (link) window.location.href = link.href;
      } else if (event.key === 'Escape') {
        if (!popup.hidden) close();
        else input.value = '';
      }
    });
    form.addEventListener('focusout', function (event) {
      if (!form.contains(event.relatedTarget)) close();
    });

    /* "/" anywhere but in a field focuses the search box, as on many documentation sites */
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      var target = event.target;
      var tag = target && target.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) return;
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  function init() {
    var box = document.querySelector('form[data-handbook-search]');
    if (box) initBox(box);
    var results = document.getElementById('search-results');
    if (results) initPage(results);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})(typeof window !== 'undefined' ? window : this);
