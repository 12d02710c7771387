// Portal behaviour, kept out of the pages so a strict Content-Security-Policy (script-src 'self') holds:
// - 无障碍/长者模式: larger text, high contrast, wider spacing, remembered in localStorage (no server needed);
// - wide tables scroll sideways in a focusable region, with a visible hint when they overflow (article tables are
//   wrapped here; the 信息公开 table comes wrapped);
// - the print button.
(function () {
  var KEY = 'sanshen-a11y';
  var MODES = ['large', 'contrast', 'spacing'];
  var root = document.documentElement;

  function load() {
    try { return (localStorage.getItem(KEY) || '').split(' ').filter(Boolean); } catch (e) { return []; }
  }
  function save(modes) {
    try { localStorage.setItem(KEY, modes.join(' ')); } catch (e) { /* private mode: this page only */ }
  }
  function apply(modes) {
    MODES.forEach(function (m) { root.classList.toggle('a11y-' + m, modes.indexOf(m) >= 0); });
    document.querySelectorAll('[data-a11y]').forEach(function (b) {
      var m = b.getAttribute('data-a11y');
      if (m === 'reset') { return; }
      var on = m === 'elder' ? modes.indexOf('large') >= 0 && modes.indexOf('spacing') >= 0 : modes.indexOf(m) >= 0;
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }
  apply(load());

  document.addEventListener('DOMContentLoaded', function () {
    apply(load());
    document.querySelectorAll('[data-a11y]').forEach(function (b) {
      b.addEventListener('click', function () {
        var m = b.getAttribute('data-a11y');
        var modes = load();
        if (m === 'reset') {
          modes = [];
        } else if (m === 'elder') {
          var on = b.getAttribute('aria-pressed') === 'true';
          modes = on ? modes.filter(function (x) { return x !== 'large' && x !== 'spacing'; })
            : modes.filter(function (x) { return x !== 'large' && x !== 'spacing'; }).concat(['large', 'spacing']);
        } else if (modes.indexOf(m) >= 0) {
          modes = modes.filter(function (x) { return x !== m; });
        } else {
          modes.push(m);
        }
        save(modes);
        apply(modes);
      });
    });
    var hint = document.body.getAttribute('data-table-hint') || '';
    document.querySelectorAll('.article-body table').forEach(function (t) {
      var box = document.createElement('div');
      box.className = 'table-scroll';
      box.setAttribute('tabindex', '0');
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', hint);
      t.parentNode.insertBefore(box, t);
      box.appendChild(t);
      var p = document.createElement('p');
      p.className = 'table-hint';
      p.textContent = hint;
      box.parentNode.insertBefore(p, box.nextSibling);
    });
    // every scrolling table, wrapped above or in the page itself (the 信息公开 table), shows the hint when wide
    document.querySelectorAll('.table-scroll').forEach(function (box) {
      function measure() { box.classList.toggle('is-wide', box.scrollWidth > box.clientWidth + 1); }
      measure();
      window.addEventListener('resize', measure);
    });
    document.querySelectorAll('[data-print]').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
  });
})();
