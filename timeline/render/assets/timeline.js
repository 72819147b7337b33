(function () {
  "use strict";
  var source = document.getElementById("tl-data");
  var main = document.getElementById("events");
  if (!source || !main) { return; }
  var data = JSON.parse(source.textContent);
  var events = data.events, docs = data.docs, types = data.types;
  var form = document.getElementById("tl-filters");
  var count = document.getElementById("tl-count");
  var none = document.getElementById("tl-none");
  var search = document.getElementById("tl-q");
  var groups = [], years = [], timer = 0;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function add(parent, child) { parent.appendChild(child); return child; }

  function when(ev) {
    var p = el("p", "when");
    if (ev.dt) {
      var time = add(p, el("time", null, ev.d));
      time.dateTime = ev.dt;
    } else {
      p.textContent = "Date unknown";
    }
    if (ev.p) { add(p, el("span", "prec", " (" + ev.p + ")")); }
    if (ev.db) { add(p, el("span", "pub", "date from publication")); }
    if (ev.w) { add(p, el("span", "dt", " as written \u201c" + ev.w + "\u201d")); }
    return p;
  }

  function tags(ev) {
    var p = el("p", "tags");
    add(p, el("span", "ty", ev.tl || types[ev.t]));
    if (ev.m) { add(p, el("span", "mod m-" + ev.m, ev.m)); }
    if (ev.mc) { add(p, el("span", "mc", ev.mc.toLocaleString() + " mentions")); }
    return p;
  }

  function facts(ev) {
    var dl = el("dl", "facts"), rows = [["Place", ev.pl], ["Movement", ev.mv],
      ["Actors", ev.a], ["Counts", ev.n]];
    for (var i = 0; i < rows.length; i++) {
      if (rows[i][1]) { add(dl, el("dt", null, rows[i][0])); add(dl, el("dd", null, rows[i][1])); }
    }
    return dl.firstChild ? dl : null;
  }

  function sourceLine(ev) {
    var p = el("p", "src"), doc = docs[ev.dc];
    p.textContent = ev.c ? "Comment by " + (ev.by || "an unnamed reader") + " on " : "Source: ";
    if (doc[1] && /^https?:\/\//i.test(doc[1])) {
      var a = add(p, el("a", null, doc[0]));
      a.href = doc[1];
    } else {
      p.appendChild(document.createTextNode(doc[0]));
    }
    return p;
  }

  function card(ev) {
    var art = el("article", "ev t-" + ev.t);
    art.id = "ev-" + ev.i;
    add(art, el("h4", null, ev.h || ev.tl || types[ev.t]));
    add(art, when(ev));
    add(art, tags(ev));
    var dl = facts(ev);
    if (dl) { add(art, dl); }
    add(add(art, el("blockquote", "q")), el("p", null, ev.s));
    add(art, sourceLine(ev));
    return art;
  }

  function build() {
    var page = document.createDocumentFragment(), byId = {};
    for (var g = 0; g < data.groups.length; g++) {
      var head = data.groups[g], year = byId[head[0]];
      if (!year) {
        year = byId[head[0]] = {el: add(page, el("section", "yr")), groups: []};
        year.el.id = head[0];
        year.el.setAttribute("aria-labelledby", "h-" + head[0]);
        add(year.el, el("h2", null, head[1])).id = "h-" + head[0];
        years.push(year);
      }
      var group = {el: add(year.el, el("section", "grp")), shown: 0};
      add(group.el, el("h3", null, head[2]));
      year.groups.push(group);
      groups.push(group);
    }
    for (var i = 0; i < events.length; i++) {
      events[i].el = add(groups[events[i].g].el, card(events[i]));
    }
    main.insertBefore(page, none);
  }

  function checked(name) {
    var out = {}, boxes = form.querySelectorAll("input[name=" + name + "]");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) { out[boxes[i].value] = true; }
    }
    return out;
  }

  function haystack(ev) {
    if (ev.text === undefined) {
      ev.text = [ev.h, ev.s, ev.d, ev.w, ev.pl, ev.mv, ev.a, ev.n, ev.by, ev.tl || types[ev.t],
        docs[ev.dc][0]].join("\n").toLowerCase();
    }
    return ev.text;
  }

  function matches(ev, terms) {
    for (var k = 0; k < terms.length; k++) {
      if (haystack(ev).indexOf(terms[k]) < 0) { return false; }
    }
    return true;
  }

  function apply() {
    var want = {t: checked("type"), k: checked("kind"), m: checked("mod")};
    var q = search.value.toLowerCase().trim(), terms = q ? q.split(/\s+/) : [], shown = 0;
    for (var g = 0; g < groups.length; g++) { groups[g].shown = 0; }
    for (var i = 0; i < events.length; i++) {
      var ev = events[i];
      var ok = !!(want.t[ev.t] && want.k[ev.c ? "comment" : "article"] &&
        want.m[ev.m || "asserted"]) && matches(ev, terms);
      ev.el.hidden = !ok;
      if (ok) { shown++; groups[ev.g].shown++; }
    }
    for (var y = 0; y < years.length; y++) {
      var any = false;
      for (var j = 0; j < years[y].groups.length; j++) {
        var grp = years[y].groups[j];
        grp.el.hidden = !grp.shown;
        any = any || grp.shown > 0;
      }
      years[y].el.hidden = !any;
    }
    count.textContent = "Showing " + shown.toLocaleString() + " of " +
      events.length.toLocaleString() + " events";
    none.hidden = shown > 0;
  }

  function setAll(name, on) {
    var boxes = form.querySelectorAll("input[name=" + name + "]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = on; }
    apply();
  }

  build();
  if (!form) { return; }
  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("click", function (e) {
    var b = e.target.closest("button[data-set]");
    if (b) { setAll(b.getAttribute("data-set"), b.getAttribute("data-on") === "1"); }
  });
  search.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(apply, 150);
  });
  apply();
  if (location.hash) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.scrollIntoView(); }
  }
})();
