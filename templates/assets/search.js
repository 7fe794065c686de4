/* Lynchpin: type-ahead search from every page, and a sortable, filterable accounts table on
   the dashboard. Both only add to pages that work without them: the search box is hidden
   until this script runs, and the table is complete as written. The index is a script
   (assets/search-index.js), loaded on first use, so search works from file:// too. */
(function () {
  "use strict";
  var me = document.currentScript;
  var root = (me && me.getAttribute("data-root")) || "";
  var entries = null;
  var waiting = [];

  /* Lower case without accents, so "Bjork" finds "Björk". */
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  window.lynchpinSearch = function (index) {
    var s = index.strings;
    function str(i) { return i >= 0 ? s[i] : ""; }
    function join(parts) { return parts.filter(Boolean).join(" · "); }
    var list = [];
    function add(kind, title, detail, href, more) {
      list.push({ kind: kind, title: title, detail: detail, href: href, title_: fold(title),
                  all: fold(title + " " + detail + " " + (more || "")) });
    }
    var accounts = index.accounts.map(function (a) {
      var href = "accounts/" + a[1] + "/index.html";
      add("Account", a[0], join([str(a[2]), str(a[3]), str(a[4])]), href, [a[1], str(a[5]), str(a[6])].join(" "));
      [[a[7], "Stakeholder", "stakeholders_heading"], [a[8], "Account team", "people_heading"]].forEach(function (group) {
        for (var i = 0; i < group[0].length; i += 2) {
          add(group[1], group[0][i], join([str(group[0][i + 1]), a[0]]), href + "#" + a[1] + "-" + group[2]);
        }
      });
      return { name: a[0], id: a[1], href: href };
    });
    index.people.forEach(function (p) { add("Manager", p[0], "key account manager", "people/" + p[1] + "/index.html"); });
    index.opportunities.forEach(function (o) {
      var a = accounts[o[1]];
      add("Opportunity", o[0], join([a.name, str(o[2])]), a.href + "#" + a.id + "-pipeline_heading");
    });
    index.pages.forEach(function (p) {
      var kind = p[0] === "review" ? "Review" : "Playbook";
      add(kind, p[1], "", p[2]);
      p[3].forEach(function (h) { add(kind + " section", h[0], p[1], p[2] + "#" + h[1]); });
    });
    list.sort(function (a, b) { return a.title_ < b.title_ ? -1 : a.title_ > b.title_ ? 1 : 0; });
    entries = list;
    waiting.splice(0).forEach(function (f) { f(); });
  };

  function load(then) {
    if (entries) return then();
    waiting.push(then);
    if (waiting.length > 1) return;
    var script = document.createElement("script");
    script.src = root + "assets/search-index.js";
    document.head.appendChild(script);
  }

  function isWordCharacter(code) {
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
  }

  /* Every word of the query must start a word of the entry; a title that starts with the
     query comes first, then titles that hold its first word, then the rest. The entries
     are in title order from loading on, so each keystroke is one pass with no sort. */
  function find(query, limit) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    var whole = words.join(" ");
    var ranks = [[], [], []];
    var total = 0;
    if (!words.length) return { total: 0, shown: [] };
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var ok = true;
      for (var w = 0; w < words.length && ok; w++) {
        var at = e.all.indexOf(words[w]);
        while (at > 0 && isWordCharacter(e.all.charCodeAt(at - 1))) at = e.all.indexOf(words[w], at + 1);
        ok = at >= 0;
      }
      if (!ok) continue;
      total += 1;
      var rank = e.title_.indexOf(whole) === 0 ? 0 : (e.title_.indexOf(words[0]) >= 0 ? 1 : 2);
      if (ranks[rank].length < limit) ranks[rank].push(e);
    }
    return { total: total, shown: ranks[0].concat(ranks[1], ranks[2]).slice(0, limit) };
  }

  function setUpSearch(form) {
    var input = form.querySelector("input");
    var list = form.querySelector("[role=listbox]");
    var status = form.querySelector("[role=status]");
    var results = [];
    var active = -1;
    form.hidden = false;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function mark(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      active = index;
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    }
    function show() {
      var query = input.value;
      if (!query.trim()) { close(); status.textContent = ""; return; }
      load(function () {
        if (input.value !== query) return;
        var found = find(query, 12);
        results = found.shown;
        list.textContent = "";
        results.forEach(function (e, i) {
          var option = document.createElement("li");
          option.id = "site_search_option_" + i;
          option.setAttribute("role", "option");
          option.setAttribute("aria-selected", "false");
          /* An option holds text only: a link inside it would be a second control. */
          var title = document.createElement("span");
          title.className = "search-title";
          title.textContent = e.title;
          var detail = document.createElement("span");
          detail.className = "search-detail";
          detail.textContent = e.kind + (e.detail ? " · " + e.detail : "");
          option.appendChild(title);
          option.appendChild(detail);
          option.addEventListener("mousedown", function (event) { event.preventDefault(); });
          option.addEventListener("click", function () { go(i); });
          list.appendChild(option);
        });
        list.hidden = results.length === 0;
        input.setAttribute("aria-expanded", results.length ? "true" : "false");
        active = -1;
        status.textContent = !found.total ? "No match" :
          found.total > results.length ? results.length + " of " + found.total + " matches shown" :
          found.total + (found.total === 1 ? " match" : " matches");
      });
    }
    function go(index) {
      if (results[index]) window.location.href = root + results[index].href;
    }
    input.addEventListener("input", show);
    input.addEventListener("focus", function () { load(function () {}); });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    input.addEventListener("keydown", function (event) {
      var count = results.length;
      if (event.key === "ArrowDown" && count) { event.preventDefault(); if (list.hidden) show(); mark((active + 1) % count); }
      else if (event.key === "ArrowUp" && count) { event.preventDefault(); mark(active <= 0 ? count - 1 : active - 1); }
      else if (event.key === "Escape") { if (!list.hidden) close(); else input.value = ""; }
    });
    /* Enter in the box submits the form: the chosen result, or the first. */
    form.addEventListener("submit", function (event) { event.preventDefault(); go(active >= 0 ? active : 0); });
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  /* The dashboard's accounts table: a header button sorts by its column, the filters above
     keep the rows whose data-* values match. */
  function setUpTable(table) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var filters = [["manager", "Manager"], ["quadrant", "Quadrant"], ["status", "Status"], ["flags", "Flag"]];
    var bar = document.createElement("div");
    bar.className = "table-filters";
    var count = document.createElement("p");
    count.setAttribute("role", "status");
    count.className = "note";
    var selects = filters.map(function (f) {
      var values = {};
      rows.forEach(function (r) {
        (r.getAttribute("data-" + f[0]) || "").split("|").forEach(function (v) { if (v) values[v] = true; });
      });
      var label = document.createElement("label");
      label.textContent = f[1] + " ";
      var select = document.createElement("select");
      select.appendChild(new Option("Any", ""));
      Object.keys(values).sort().forEach(function (v) { select.appendChild(new Option(v, v)); });
      label.appendChild(select);
      bar.appendChild(label);
      select.addEventListener("change", apply);
      return select;
    });
    bar.appendChild(count);
    table.closest(".table-wrap").before(bar);

    function apply() {
      var shown = 0;
      rows.forEach(function (r) {
        var keep = selects.every(function (select, i) {
          return !select.value || (r.getAttribute("data-" + filters[i][0]) || "").split("|").indexOf(select.value) >= 0;
        });
        r.hidden = !keep;
        if (keep) shown += 1;
      });
      count.textContent = shown === rows.length ? rows.length + " accounts" : shown + " of " + rows.length + " accounts shown";
    }

    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.classList.contains("num");
        function key(row) {
          var text = row.cells[column].textContent.trim();
          if (!numeric) return text.toLowerCase();
          /* The cell's first figure: "USD 2,400,000", "87.2% Green"; none sorts lowest. */
          var figure = text.match(/-?\d[\d,]*(\.\d+)?/);
          return figure ? parseFloat(figure[0].replace(/,/g, "")) : -Infinity;
        }
        /* Each row's key read once, not once per comparison: thousands of rows sort at once. */
        var keyed = rows.map(function (row) { return { row: row, key: key(row) }; });
        keyed.sort(function (a, b) {
          var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return ascending ? order : -order;
        });
        rows = keyed.map(function (k) { return k.row; });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    apply();
  }

  function start() {
    var form = document.getElementById("site_search");
    if (form) setUpSearch(form);
    var table = document.querySelector("table[data-sortable]");
    if (table) setUpTable(table);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
