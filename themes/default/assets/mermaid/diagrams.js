/* Draws the page's mermaid diagrams with the vendored mermaid.min.js (MIT, LICENSE-mermaid.txt beside
   it), loaded only on pages that have one. No request leaves the site. The source stays the text
   version: a copy of it under each drawing, and the drawing is named as a diagram described there. */
(function () {
  'use strict';
  var mermaid = window.mermaid;
  var figures = document.querySelectorAll('figure.handbook-diagram');
  if (!mermaid || !figures.length) return;
  var nl = (document.documentElement.lang || '').toLowerCase().split('-')[0] === 'nl';
  var words = nl ? { text: 'Tekstversie van het diagram', name: 'Diagram, beschreven in de tekstversie eronder' }
                 : { text: 'Text version of the diagram', name: 'Diagram, described in the text version below it' };
  Array.prototype.forEach.call(figures, function (figure) {
    var source = figure.querySelector('pre.mermaid');
    if (!source) return;
    var details = document.createElement('details');
    details.className = 'handbook-diagram__text';
    var summary = document.createElement('summary');
    summary.textContent = words.text;
    var pre = document.createElement('pre');
    var code = document.createElement('code');
    code.textContent = source.textContent;
    pre.appendChild(code);
    details.appendChild(summary);
    details.appendChild(pre);
    figure.appendChild(details);
  });
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
  mermaid.run({ querySelector: 'figure.handbook-diagram pre.mermaid' }).then(function () {
    Array.prototype.forEach.call(document.querySelectorAll('figure.handbook-diagram pre.mermaid svg'), function (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', words.name);
      svg.removeAttribute('aria-roledescription');
    });
  }).catch(function () {
    // a diagram mermaid cannot read keeps its source in view, which is its text version
  });
})();
