/* The default theme's script: the phone menu, folding sidebar branches, and branches that are not
   in the page yet, built from toc.js. A plain deferred script without requests or storage, so that
   the site also works from file://. Without it every rendered item stays visible. */
(function () {
  'use strict';
  var html = document.documentElement;
  // The CSS folds closed branches and hides the phone sidebar only under this class.
  html.classList.add('handbook-js');

  var sidebar = document.getElementById('sidebar');
  if (!sidebar) return;

  var nl = (html.lang || '').toLowerCase().split('-')[0] === 'nl';
  // A template may pass its own words (data-text-expand / data-text-collapse on the sidebar).
  var words = {
    expand: sidebar.getAttribute('data-text-expand') || (nl ? 'Uitklappen' : 'Expand'),
    collapse: sidebar.getAttribute('data-text-collapse') || (nl ? 'Inklappen' : 'Collapse')
  };

  function isOpen(el) {
    return el.getAttribute('aria-expanded') === 'true';
  }

  function make(tag, className) {
    var el = document.createElement(tag);
    el.className = className;
    return el;
  }

  // The button's visually hidden text holds the title; the label adds what pressing it does.
  function label(toggle) {
    var title = toggle.textContent.trim();
    toggle.setAttribute('aria-label', (isOpen(toggle) ? words.collapse : words.expand) + ': ' + title);
  }

  function tocEntries(key) {
    var toc = window.handbookToc;
    return toc && Array.isArray(toc[key]) ? toc[key] : null;
  }

  function initToggle(toggle) {
    // A branch that toc.js does not know stays a plain link.
    if (toggle.hasAttribute('data-load') && !tocEntries(toggle.getAttribute('data-load'))) return;
    toggle.hidden = false;
    label(toggle);
  }

  function makeToggle(key, title) {
    var toggle = make('button', 'handbook-nav__toggle');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('data-load', key);
    var text = make('span', 'handbook-visually-hidden');
    text.textContent = title;
    toggle.appendChild(text);
    return toggle;
  }

  // Same markup as the sidebar template, with text set as text: titles are never parsed as HTML.
  function buildList(entries) {
    var root = html.getAttribute('data-root') || '';
    var list = make('ul', 'handbook-nav');
    entries.forEach(function (entry) {
      var item = make('li', 'handbook-nav__item');
      item.setAttribute('data-key', entry.u);
      var link = make('a', 'handbook-nav__link');
      link.setAttribute('href', root + entry.u);
      if (entry.n) {
        var number = make('span', 'handbook-nav__number');
        number.textContent = entry.n;
        link.appendChild(number);
        link.appendChild(document.createTextNode(' '));
      }
      link.appendChild(document.createTextNode(entry.t));
      item.appendChild(link);
      if (entry.c) {
        var toggle = makeToggle(entry.u, entry.t);
        item.appendChild(toggle);
        initToggle(toggle);
      }
      list.appendChild(item);
    });
    return list;
  }

  Array.prototype.forEach.call(sidebar.querySelectorAll('.handbook-nav__toggle'), initToggle);

  // One listener for all toggles, also those built later.
  sidebar.addEventListener('click', function (event) {
    var toggle = event.target.closest('.handbook-nav__toggle');
    if (!toggle) return;
    var open = !isOpen(toggle);
    var key = toggle.getAttribute('data-load');
    if (open && key) {
      var entries = tocEntries(key);
      if (!entries) return;
      // The CSS shows or hides the list right after its toggle.
      toggle.insertAdjacentElement('afterend', buildList(entries));
      toggle.removeAttribute('data-load');
    }
    toggle.setAttribute('aria-expanded', String(open));
    label(toggle);
  });

  var menu = document.querySelector('.handbook-menu-button');
  if (menu) {
    var setMenu = function (open) {
      menu.setAttribute('aria-expanded', String(open));
      sidebar.classList.toggle('handbook-sidebar--open', open);
    };
    menu.hidden = false;
    menu.addEventListener('click', function () {
      setMenu(!isOpen(menu));
    });
    document.addEventListener('keydown', function (event) {
      // Only while the button shows: on wide screens the sidebar is always there.
      if (event.key !== 'Escape' || !isOpen(menu) || !menu.getClientRects().length) return;
      setMenu(false);
      menu.focus();
    });
  }

  // Scroll the sidebar, not the page, so that the current page's item is in view.
  var current = sidebar.querySelector('[aria-current="page"]');
  if (current && sidebar.scrollHeight > sidebar.clientHeight) {
    var top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top + sidebar.scrollTop;
    if (top < sidebar.scrollTop || top + current.offsetHeight > sidebar.scrollTop + sidebar.clientHeight) {
      sidebar.scrollTop = Math.max(0, top - sidebar.clientHeight / 3);
    }
  }
})();
