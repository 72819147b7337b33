(function () {
  "use strict";
  var main = document.getElementById("events");
  if (!document.getElementById("tl-data") || !main) { return; }
  var data = tlData("tl-data");
  var events = data.events, docs = data.docs, types = data.types;
  var form = document.getElementById("tl-filters");
  var count = document.getElementById("tl-count");
  var none = document.getElementById("tl-none");
  var groups = [], nodes = [], timer = 0, lit = null, built = 0, want = null;
  var FIRST = 60, SLICE = 400;
  var el = tlEl;

  function add(parent, child) { parent.appendChild(child); return child; }

  // User Timing marks, for benchmarks: first cards shown, every card built.
  function mark(name) {
    if (window.performance && performance.mark) { performance.mark(name); }
  }

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

  function mapLink(ev) {
    var p = el("p", "to-map"), a = add(p, el("a", null, "Show on the map"));
    a.href = data.map + "#event=" + encodeURIComponent(ev.i);
    a.setAttribute("aria-label", "Show on the map: " + (ev.h || ev.tl || types[ev.t]));
    return p;
  }

  function card(ev, level) {
    var art = el("article", "ev t-" + ev.t);
    art.id = "ev-" + ev.i;
    add(art, el("h" + level, null, ev.h || ev.tl || types[ev.t]));
    add(art, when(ev));
    add(art, tags(ev));
    var dl = facts(ev);
    if (dl) { add(art, dl); }
    add(add(art, el("blockquote", "q")), el("p", null, ev.s));
    add(art, tlSource(ev, docs, "src"));
    if (data.map && ev.o) { add(art, mapLink(ev)); }
    return art;
  }

  // The section headings, as nodes: year (h2), month (h3) and day (h4), each pointing `up`
  // to its parent. A node gets its <section> when its first card is built.
  function node(cls, level, text, up, id) {
    var n = {el: null, cls: cls, level: level, text: text, up: up, id: id, shown: 0};
    nodes.push(n);
    return n;
  }

  function plan() {
    var years = {}, year = null, month = null;
    for (var g = 0; g < data.groups.length; g++) {
      var head = data.groups[g], prev = g ? data.groups[g - 1] : [];
      if (!years[head[0]]) {
        year = years[head[0]] = node("yr", 2, head[1], null, head[0]);
        month = null;
      }
      if (!month || head[0] !== prev[0] || head[2] !== prev[2]) {
        month = node("grp", 3, head[2], year, null);
      }
      var day = head[3] ? node("day", 4, head[3], month, null) : month;
      groups.push({node: day, level: head[3] ? 5 : 4});
    }
  }

  function place(n) {
    if (n.el) { return n.el; }
    var parent = n.up ? place(n.up) : main;
    n.el = el("section", n.cls);
    if (n.id) { n.el.id = n.id; }
    add(n.el, el("h" + n.level, null, n.text));
    n.el.hidden = !n.shown;
    if (parent === main) { main.insertBefore(n.el, none); } else { add(parent, n.el); }
    return n.el;
  }

  // Cards are built in page order, the first screenful at once and the rest in slices
  // between which the page answers the reader: 10,000 events are usable in well under 2 s.
  function build(upTo) {
    for (; built < upTo && built < events.length; built++) {
      var ev = events[built], group = groups[ev.g];
      ev.el = add(place(group.node), card(ev, group.level));
      ev.el.hidden = !ev.ok;
    }
    if (built >= events.length && main.getAttribute("aria-busy") === "true") {
      main.setAttribute("aria-busy", "false");
      mark("tl-built");
    }
  }

  function buildLater() {
    build(built + SLICE);
    if (built < events.length) { window.setTimeout(buildLater, 0); } else { showTarget(); }
  }

  function lower(list, indices) {
    var out = [];
    for (var i = 0; indices && i < indices.length; i++) {
      out.push(list[indices[i]].toLowerCase());
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

  function known(list) {
    var out = {};
    for (var i = 0; i < list.length; i++) { out[list[i].toLowerCase()] = true; }
    return out;
  }
  var knownNames = {actor: known(data.actors), place: known(data.places)};

  // One of `names` is `q` when `q` is a name on the page, else one contains `q`.
  function named(list, indices, q, kind) {
    if (!q) { return true; }
    var exact = knownNames[kind][q], names = lower(list, indices);
    for (var i = 0; i < names.length; i++) {
      if (exact ? names[i] === q : names[i].indexOf(q) >= 0) { return true; }
    }
    return false;
  }

  function checked(name) {
    var out = {}, boxes = form.querySelectorAll("input[name=" + name + "]");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].checked) { out[boxes[i].value] = true; }
    }
    return out;
  }

  function text(name) {
    var box = form.elements.namedItem(name);
    return box ? box.value.toLowerCase().trim() : "";
  }

  function wanted() {
    if (!form) { return null; }
    var q = text("q");
    return {t: checked("type"), k: checked("kind"), m: checked("mod"),
      terms: q ? q.split(/\s+/) : [], actor: text("actor"), place: text("place")};
  }

  function matches(ev) {
    if (!want) { return true; }
    if (!(want.t[ev.t] && want.k[ev.c ? "comment" : "article"] && want.m[ev.m || "asserted"])) {
      return false;
    }
    for (var k = 0; k < want.terms.length; k++) {
      if (haystack(ev).indexOf(want.terms[k]) < 0) { return false; }
    }
    return named(data.actors, ev.ac, want.actor, "actor") &&
      named(data.places, ev.pn, want.place, "place");
  }

  function apply() {
    var shown = 0, i;
    want = wanted();
    for (i = 0; i < nodes.length; i++) { nodes[i].shown = 0; }
    for (i = 0; i < events.length; i++) {
      var ev = events[i];
      ev.ok = matches(ev);
      if (ev.el) { ev.el.hidden = !ev.ok; }
      if (ev.ok) {
        shown++;
        for (var n = groups[ev.g].node; n; n = n.up) { n.shown++; }
      }
    }
    for (i = 0; i < nodes.length; i++) {
      if (nodes[i].el) { nodes[i].el.hidden = !nodes[i].shown; }
    }
    if (count) {
      count.textContent = "Showing " + shown.toLocaleString() + " of " +
        events.length.toLocaleString() + " events";
    }
    none.hidden = shown > 0;
  }

  function setAll(name, on) {
    var boxes = form.querySelectorAll("input[name=" + name + "]");
    for (var i = 0; i < boxes.length; i++) { boxes[i].checked = on; }
    apply();
  }

  function showAll() {
    var inputs = form.querySelectorAll("input");
    for (var i = 0; i < inputs.length; i++) {
      if (inputs[i].type === "checkbox") {
        inputs[i].checked = true;
      } else {
        inputs[i].value = "";
      }
    }
    apply();
  }

  // #ev-<event id>: that card, brought into view and focused, filters cleared if they hide
  // it; any other fragment (a year) is built before the browser looks for it.
  function showTarget() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { return; }
    if (!id) { return; }
    if (!document.getElementById(id)) { build(events.length); }
    var target = document.getElementById(id);
    if (!target) { return; }
    if (id.indexOf("ev-") !== 0) { target.scrollIntoView({block: "start"}); return; }
    if (target.hidden && form) { showAll(); }
    if (lit) { lit.classList.remove("hl"); }
    lit = target;
    target.classList.add("hl");
    target.tabIndex = -1;
    target.scrollIntoView({block: "start"});
    target.focus({preventScroll: true});
  }

  function listen() {
    var lists = [["tl-actor-names", data.actors], ["tl-place-names", data.places]];
    for (var l = 0; l < lists.length; l++) {
      var list = document.getElementById(lists[l][0]);
      for (var n = 0; list && n < lists[l][1].length; n++) {
        add(list, el("option")).value = lists[l][1][n];
      }
    }
    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.addEventListener("reset", function (e) { e.preventDefault(); showAll(); });
    form.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-set]");
      if (b) { setAll(b.getAttribute("data-set"), b.getAttribute("data-on") === "1"); }
    });
    form.addEventListener("input", function (e) {
      if (e.target.type === "checkbox") { return; }
      window.clearTimeout(timer);
      timer = window.setTimeout(apply, 150);
    });
  }

  plan();
  main.setAttribute("aria-busy", "true");
  if (form) { listen(); }
  apply();
  window.addEventListener("hashchange", showTarget);
  if (location.hash) {
    showTarget();
  }
  build(FIRST);
  mark("tl-cards");
  buildLater();
})();
