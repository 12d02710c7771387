// 信息公开 table filters: year, 主题分类, 体裁, 发布机构 and a keyword (title, 索引号 or 文号), over every row of the
// column (window.SANSHEN_ROWS from index-rows.js: [title, href, index-no, doc-no, publisher, date, topic, genre,
// important 1|0]), not only the page shown. The page is a plain paginated table without JavaScript: the form stays hidden then.
// The form's fields are in the query string (?year=2026&q=预算), so a filtered view can be linked and bookmarked.
(function () {
  var form = document.getElementById('xxgk-filter');
  var table = document.getElementById('xxgk-table');
  var rows = window.SANSHEN_ROWS;
  if (!form || !table || !rows) { return; }
  var body = table.tBodies[0];
  var pageRows = body.cloneNode(true);
  var pager = document.querySelector('.pager');
  var status = document.getElementById('xxgk-status');
  var root = table.getAttribute('data-root') || '';
  var FIELDS = { year: 5, topic: 6, genre: 7, publisher: 4 };

  function norm(s) {
    return (s || '').toLowerCase().replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }).replace(/\s+/g, '');
  }

  function cell(tr, text, className) {
    var td = document.createElement('td');
    if (className) { td.className = className; }
    if (text !== null) { td.textContent = text; }
    tr.appendChild(td);
    return td;
  }

  function rowOf(r) {
    var tr = document.createElement('tr');
    cell(tr, r[2], 'xxgk-no');
    var a = document.createElement('a');
    a.href = root + r[1];
    a.textContent = r[0];
    var title = cell(tr, null);
    title.appendChild(a);
    if (r[8]) {
      var badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = table.getAttribute('data-important');
      title.appendChild(document.createTextNode(' '));
      title.appendChild(badge);
    }
    cell(tr, r[3], 'xxgk-docno');
    cell(tr, r[4]);
    var t = document.createElement('time');
    t.setAttribute('datetime', r[5]);
    t.textContent = r[5];
    cell(tr, null).appendChild(t);
    return tr;
  }

  function matches(r, chosen, words) {
    for (var name in FIELDS) {
      if (!chosen[name]) { continue; }
      var v = r[FIELDS[name]] || '';
      if (name === 'year' ? v.slice(0, 4) !== chosen.year : v !== chosen[name]) { return false; }
    }
    var hay = norm(r[0] + ' ' + r[2] + ' ' + r[3]);
    for (var w = 0; w < words.length; w++) { if (hay.indexOf(words[w]) < 0) { return false; } }
    return true;
  }

  function apply() {
    var chosen = {}, active = false;
    for (var name in FIELDS) { chosen[name] = form.elements[name].value; active = active || !!chosen[name]; }
    var words = (form.elements.q.value || '').split(/[\s\u3000,，]+/).map(norm).filter(Boolean);
    active = active || words.length > 0;
    var next;
    if (!active) {
      next = pageRows.cloneNode(true);
      status.textContent = '';
    } else {
      next = document.createElement('tbody');
      var hits = 0;
      rows.forEach(function (r) { if (matches(r, chosen, words)) { next.appendChild(rowOf(r)); hits++; } });
      status.textContent = hits ? status.getAttribute('data-total') + ' ' + hits + ' ' + status.getAttribute('data-items')
        : status.getAttribute('data-none');
    }
    table.replaceChild(next, body);
    body = next;
    if (pager) { pager.hidden = active; }
    // the wide-table hint follows the table's new width (portal.js measures on resize)
    window.dispatchEvent(new Event('resize'));
  }

  var params = new URLSearchParams(window.location.search);
  ['year', 'topic', 'genre', 'publisher', 'q'].forEach(function (name) {
    var v = params.get(name);
    if (v) { form.elements[name].value = v; }
  });
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
})();
