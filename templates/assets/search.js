// Client-side search over window.SANSHEN_SEARCH rows [title, href, date, column, text, index-no, doc-no].
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

  // The text around the first keyword found in it (about 80 characters, the match in the middle), each keyword
  // in the snippet highlighted; the text's start when no keyword is in the body (it matched the title).
  function snippet(p, text, words) {
    var low = norm(text), at = -1;
    for (var w = 0; w < words.length && at < 0; w++) { at = low.indexOf(words[w]); }
    var from = Math.max(0, at < 0 ? 0 : at - 40), to = Math.min(text.length, from + 80);
    var part = text.slice(from, to), lowPart = low.slice(from, to), i = 0;
    if (from > 0) { p.appendChild(document.createTextNode('…')); }
    while (i < part.length) {
      var next = -1, len = 0;
      for (var k = 0; k < words.length; k++) {
        var j = lowPart.indexOf(words[k], i);
        if (j >= 0 && (next < 0 || j < next)) { next = j; len = words[k].length; }
      }
      if (next < 0) { p.appendChild(document.createTextNode(part.slice(i))); break; }
      if (next > i) { p.appendChild(document.createTextNode(part.slice(i, next))); }
      var m = document.createElement('mark');
      m.textContent = part.slice(next, next + len);
      p.appendChild(m);
      i = next + len;
    }
    if (to < text.length) { p.appendChild(document.createTextNode('…')); }
  }

  function run(query) {
    var words = norm(query).split(/[\s\u3000,，]+/).filter(Boolean);
    list.innerHTML = '';
    if (!words.length) { status.textContent = ''; return; }
    var hits = [];
    for (var i = 0; i < rows.length && hits.length < 200; i++) {
      var r = rows[i];
      var hay = norm(r[0] + ' ' + r[3] + ' ' + r[4] + ' ' + (r[5] || '') + ' ' + (r[6] || ''));
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
      p.appendChild(document.createTextNode(r[3] + (r[5] ? ' · ' + r[5] : '') + ' · '));
      snippet(p, r[4], words);
      li.appendChild(a); li.appendChild(t); li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = hits.length ? hits.length + ' ' + status.getAttribute('data-count') : status.getAttribute('data-none');
  }

  var q = new URLSearchParams(window.location.search).get('q') || '';
  input.value = q;
  input.addEventListener('input', function () { run(input.value); });
  // no inline handler in the page (CSP): the form searches as one types and never submits
  input.form.addEventListener('submit', function (e) { e.preventDefault(); run(input.value); });
  run(q);
})();
