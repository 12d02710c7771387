// Client-side search over window.SANSHEN_SEARCH rows [title, href, date, column, text].
// Substring matching works for Chinese without word segmentation; every keyword must match.
(function () {
  var rows = window.SANSHEN_SEARCH || [];
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  var root = (document.querySelector('link[rel=stylesheet]').getAttribute('href') || '').replace(/assets\/style\.css$/, '');

  function norm(s) {
    return (s || '').toLowerCase().replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    });
  }

  function run(query) {
    var words = norm(query).split(/[\s\u3000,，]+/).filter(Boolean);
    list.innerHTML = '';
    if (!words.length) { status.textContent = ''; return; }
    var hits = [];
    for (var i = 0; i < rows.length && hits.length < 200; i++) {
      var r = rows[i];
      var hay = norm(r[0] + ' ' + r[3] + ' ' + r[4]);
      var ok = true;
      for (var w = 0; w < words.length; w++) { if (hay.indexOf(words[w]) < 0) { ok = false; break; } }
      if (ok) { hits.push(r); }
    }
    hits.forEach(function (r) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + r[1];
      a.textContent = r[0];
      var t = document.createElement('time');
      t.textContent = r[2];
      var p = document.createElement('p');
      p.className = 'snippet';
      p.textContent = r[3] + ' · ' + r[4].slice(0, 80);
      li.appendChild(a); li.appendChild(t); li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = hits.length ? hits.length + ' ' + status.getAttribute('data-count') : status.getAttribute('data-none');
  }

  var q = new URLSearchParams(window.location.search).get('q') || '';
  input.value = q;
  input.addEventListener('input', function () { run(input.value); });
  // the search runs in the page: Enter must not reload it (no inline handler, so the CSP can forbid them)
  input.form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value); });
  run(q);
})();
