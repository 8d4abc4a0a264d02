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

  function tocEntries(key) {
    var toc = window.handbookToc;
    return key && toc && Array.isArray(toc[key]) ? toc[key] : null;
  }

  // The site root as an absolute address ('./' rather than '': a page at the root may have a
  // query or a hash).
  var rootUrl = new URL(html.getAttribute('data-root') || './', location.href).href;

  // A sidebar link's path from the site root: its branch's key in toc.js. The page holds only the
  // link (short markup on every page of the site), and its resolved href says the rest.
  function keyOf(link) {
    var url = link.href.split('#')[0];
    if (url.indexOf(rootUrl) !== 0) return null;
    try {
      return decodeURIComponent(url.slice(rootUrl.length));
    } catch (e) {
      return null;
    }
  }

  // An item's link holds an optional number span and then the title; the toggle is named by the title.
  function titleOf(link) {
    var number = link.querySelector('span');
    return link.textContent.slice(number ? number.textContent.length : 0).trim();
  }

  function label(toggle) {
    var title = titleOf(toggle.previousElementSibling);
    toggle.setAttribute('aria-label', (isOpen(toggle) ? words.collapse : words.expand) + ': ' + title);
  }

  // A toggle goes right after the link of an item whose branch is in the page (the current chapter)
  // or in toc.js under its key; an item that has neither stays a plain link.
  function addToggle(item, key) {
    var link = item.firstElementChild;
    var list = link.nextElementSibling;
    if (!list && !tocEntries(key)) return;
    var toggle = document.createElement('button');
    toggle.className = 'handbook-nav__toggle';
    toggle.type = 'button';
    // The template marks the current page and the chapters around it as open.
    toggle.setAttribute('aria-expanded', String(Boolean(list) && item.classList.contains('handbook-nav__open')));
    link.insertAdjacentElement('afterend', toggle);
    label(toggle);
  }

  // The same markup as the sidebar template, with text set as text: titles are never parsed as HTML.
  function buildList(entries) {
    var root = html.getAttribute('data-root') || '';
    var list = document.createElement('ul');
    entries.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.setAttribute('href', root + entry.u);
      if (entry.n) {
        var number = document.createElement('span');
        number.textContent = entry.n;
        link.appendChild(number);
        link.appendChild(document.createTextNode(' '));
      }
      link.appendChild(document.createTextNode(entry.t));
      item.appendChild(link);
      list.appendChild(item);
      addToggle(item, entry.u);
    });
    return list;
  }

  Array.prototype.forEach.call(sidebar.querySelectorAll('.handbook-nav:not(.handbook-nav--overviews) li'), function (item) {
    addToggle(item, keyOf(item.firstElementChild));
  });

  // One listener for all toggles, also those built later.
  sidebar.addEventListener('click', function (event) {
    var toggle = event.target.closest('.handbook-nav__toggle');
    if (!toggle) return;
    var open = !isOpen(toggle);
    if (open && !toggle.nextElementSibling) {
      // The CSS shows or hides the list right after its toggle.
      toggle.insertAdjacentElement('afterend', buildList(tocEntries(keyOf(toggle.previousElementSibling))));
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
