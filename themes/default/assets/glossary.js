/* Glossary terms: the first use of a term on a page is a link to its definition, followed by a popover
   that holds the definition (role=tooltip, the link's aria-describedby, hidden). This shows it on hover,
   on keyboard focus and on a tap (a first tap shows it, a second follows the link), and hides it on
   Escape, on leaving and on a tap elsewhere. Without this script the link still leads to the definition. */
(function () {
  'use strict';
  var open = null;

  function popover(term) {
    return term.querySelector('.handbook-term__popover');
  }

  function show(term) {
    if (open && open !== term) hide(open);
    var box = popover(term);
    box.style.left = '';
    box.hidden = false;
    // a term near the right edge (a phone's narrow column) would push its popover off the screen
    var overflow = box.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) box.style.left = -overflow + 'px';
    term.classList.add('handbook-term--open');
    open = term;
  }

  function hide(term) {
    popover(term).hidden = true;
    term.classList.remove('handbook-term--open');
    if (open === term) open = null;
  }

  document.querySelectorAll('.handbook-term').forEach(function (term) {
    var link = term.querySelector('.handbook-term__link');
    if (!link || !popover(term)) return;
    var openAtTouch = false;
    var touched = false;
    term.addEventListener('mouseenter', function () { show(term); });
    term.addEventListener('mouseleave', function () { if (document.activeElement !== link) hide(term); });
    link.addEventListener('focus', function () { show(term); });
    link.addEventListener('blur', function () { if (!term.matches(':hover')) hide(term); });
    link.addEventListener('pointerdown', function (event) {
      touched = event.pointerType === 'touch' || event.pointerType === 'pen';
      openAtTouch = open === term;
    });
    link.addEventListener('click', function (event) {
      if (touched && !openAtTouch) {
        event.preventDefault();
        show(term);
      }
      touched = false;
    });
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) hide(open);
  });
  document.addEventListener('pointerdown', function (event) {
    if (open && !open.contains(event.target)) hide(open);
  });
})();
