// Draws the events of map.html: markers in one cluster, movement lines with arrows, popups
// built with DOM calls, switches per event type and source kind, a date-range filter, and
// #event=<id> links that open an event's popup.
function tlRenderEvents(map, cluster, switches, lines, dataId) {
  "use strict";
  var data = tlData(dataId), el = tlEl;
  var docs = data.docs, types = data.types, icons = {}, items = [], byId = {};
  var mercator = L.CRS.EPSG3857, container = map.getContainer();
  // Popups open clear of the title box at the top of the map.
  var popupOptions = {maxWidth: 360, autoPanPaddingTopLeft: [20, 130]};
  var on = {type: {}, kind: {}}, dates = null;
  var state = {busy: false, again: false, timer: 0, ready: []};

  function fact(box, name, value) {
    if (!value) { return; }
    var p = el("p");
    p.appendChild(el("b", null, name + ": "));
    p.appendChild(document.createTextNode(value));
    box.appendChild(p);
  }

  function label(ev) {
    return ev.tl || (types[ev.t] || types.other).l;
  }

  function popup(ev) {
    var box = el("div", "tl-pop tl-t-" + ev.t), head = el("p");
    head.appendChild(el("span", "tl-ty", label(ev)));
    if (ev.m) { head.appendChild(el("span", "tl-mod tl-m-" + ev.m, ev.m)); }
    if (ev.c) { head.appendChild(el("span", "tl-mod tl-cmt", "reader comment")); }
    box.appendChild(head);
    if (ev.h) { box.appendChild(el("p", "tl-pop-sum", ev.h)); }
    var when = el("p", null, ev.d || "Date unknown");
    if (ev.p) { when.appendChild(el("span", "tl-prec", " (" + ev.p + ")")); }
    if (ev.db) { when.appendChild(el("span", "tl-pub", "date from publication")); }
    box.appendChild(when);
    fact(box, "Place", ev.pl);
    fact(box, "Movement", ev.mv);
    fact(box, "Actors", ev.a);
    fact(box, "Counts", ev.n);
    fact(box, "Mentions", ev.mc ? String(ev.mc) : "");
    box.appendChild(el("blockquote", "tl-q", ev.s));
    box.appendChild(tlSource(ev, docs, "tl-src"));
    if (data.timeline) {
      var a = box.appendChild(el("p", "tl-to")).appendChild(el("a", null, "Show in the timeline"));
      a.href = data.timeline + "#ev-" + encodeURIComponent(ev.i);
    }
    return box;
  }

  function icon(ev) {
    var key = ev.t + (ev.u ? " tl-unsure" : "") + (ev.c ? " tl-cm" : "");
    if (!icons[key]) {
      icons[key] = L.divIcon({className: "tl-mk tl-t-" + key, html: "",
        iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -10]});
    }
    return icons[key];
  }

  function tooltip(ev) {
    var text = label(ev) + ", " + (ev.d || "undated") + ": " + (ev.h || ev.s);
    return text.length > 140 ? text.slice(0, 139) + "\u2026" : text;
  }

  function arrow(ll) {
    var a = mercator.project(L.latLng(ll[0])), b = mercator.project(L.latLng(ll[1]));
    var mid = mercator.unproject(L.point((a.x + b.x) / 2, (a.y + b.y) / 2));
    var turn = Math.atan2(a.y - b.y, b.x - a.x) * 180 / Math.PI;
    var glyph = el("span", null, "\u27a4");
    glyph.style.transform = "rotate(" + turn.toFixed(1) + "deg)";
    var ic = L.divIcon({className: "tl-arrow", html: glyph, iconSize: [18, 18],
      iconAnchor: [9, 9]});
    return L.marker(mid, {icon: ic, interactive: false, keyboard: false});
  }

  // One popup for every marker and one for every line: nothing is built per event until
  // it is opened.
  var pops = {marker: L.popup(L.extend({offset: [0, -4]}, popupOptions)),
    line: L.popup(popupOptions)};

  function openPopup(it, at) {
    var pop = it.marker ? pops.marker : pops.line;
    pop.setLatLng(it.marker ? it.marker.getLatLng() : at || it.line.getCenter());
    pop.setContent(popup(it.ev)).openOn(map);
    if (history.replaceState) {
      history.replaceState(null, "", "#event=" + encodeURIComponent(it.ev.i));
    }
  }

  function item(ev) {
    var it = {ev: ev, marker: null, line: null, arrow: null, shown: false};
    if (ev.ll) {
      var tip = tooltip(ev);
      it.marker = L.marker(ev.ll, {icon: icon(ev), title: tip, alt: tip, riseOnHover: true});
      it.marker.tlItem = it;
    }
    if (ev.ln && lines) {
      var colour = (types[ev.t] || types.other).c;
      it.line = L.polyline(ev.ln, {color: colour, weight: 3, opacity: 0.85,
        dashArray: ev.u ? "6 6" : null});
      it.line.tlItem = it;
      it.arrow = arrow(ev.ln);
    }
    return it;
  }

  function clicked(e) {
    var it = e.layer && e.layer.tlItem;
    if (it) { openPopup(it, e.latlng); }
  }

  // Enter on a focused marker, as Leaflet does for markers with a bound popup.
  function pressed(e) {
    if (e.originalEvent && e.originalEvent.keyCode === 13) { clicked(e); }
  }

  function inRange(ev) {
    if (!dates) { return true; }
    if (ev.ds === undefined) { return dates.undated; }
    var end = ev.de === undefined ? ev.ds : ev.de;
    return end >= dates.range[0] && ev.ds <= dates.range[1];
  }

  function visible(it) {
    var ev = it.ev;
    return on.type[ev.t] !== false && on.kind[ev.c ? "comment" : "article"] !== false &&
      inRange(ev);
  }

  function loaded() {
    state.busy = false;
    if (state.again) { state.again = false; refilter(); return; }
    container.setAttribute("data-tl-ready", "1");
    if (window.performance && performance.mark) { performance.mark("tl-map-ready"); }
    var waiting = state.ready;
    state.ready = [];
    for (var i = 0; i < waiting.length; i++) { waiting[i](); }
  }

  function status(shown) {
    if (dates) {
      dates.status(shown.toLocaleString() + " of " + items.length.toLocaleString() +
        " events shown");
    }
  }

  // Puts exactly the visible events on the map, changing only those whose visibility
  // changed; once the cluster has them, runs `then`.
  function refilter(then) {
    if (then) { state.ready.push(then); }
    if (state.busy) { state.again = true; return; }
    var add = [], drop = [], all = [], shown = 0;
    for (var i = 0; i < items.length; i++) {
      var it = items[i], show = visible(it);
      if (show) { shown++; }
      if (show && it.marker) { all.push(it.marker); }
      if (show === it.shown) { continue; }
      it.shown = show;
      if (it.marker) { (show ? add : drop).push(it.marker); }
      if (it.line && show) { lines.addLayer(it.line); lines.addLayer(it.arrow); }
      if (it.line && !show) { lines.removeLayer(it.line); lines.removeLayer(it.arrow); }
    }
    status(shown);
    state.busy = true;
    container.removeAttribute("data-tl-ready");
    if (drop.length > all.length) {  // most markers go: rebuilding the cluster is quicker
      cluster.clearLayers();
      add = all;
    } else if (drop.length) {
      cluster.removeLayers(drop);
    }
    if (add.length) { cluster.addLayers(add, true); } else { window.setTimeout(loaded, 0); }
  }

  function later() {
    window.clearTimeout(state.timer);
    state.timer = window.setTimeout(function () { refilter(); }, 80);
  }

  function onSwitch(e) {
    var added = e.type === "overlayadd";
    for (var dim in switches) {
      for (var key in switches[dim]) {
        if (switches[dim][key] === e.layer && on[dim][key] !== added) {
          on[dim][key] = added;
          later();
        }
      }
    }
  }

  function showEverything() {
    for (var dim in switches) {
      for (var key in switches[dim]) {
        on[dim][key] = true;  // first, so the switch's overlayadd changes nothing
        if (!map.hasLayer(switches[dim][key])) { map.addLayer(switches[dim][key]); }
      }
    }
    if (dates) { dates.reset(); }
  }

  // #event=<event id>: zoom to that event and open its popup.
  function showTarget() {
    var match = /^#event=(.+)$/.exec(location.hash), id = null;
    if (!match) { return; }
    try { id = decodeURIComponent(match[1]); } catch (e) { return; }
    var it = byId[id];
    if (!it) { return; }
    var open = function () {
      if (it.marker) {
        cluster.zoomToShowLayer(it.marker, function () { openPopup(it); });
      } else if (it.line) {
        map.fitBounds(it.line.getBounds(), {maxZoom: 10, padding: [30, 30]});
        openPopup(it);
      }
    };
    if (visible(it)) { open(); return; }
    showEverything();
    refilter(open);
  }

  var undated = 0;
  data.events.forEach(function (ev) {
    var it = item(ev);
    items.push(it);
    byId[ev.i] = it;
    if (ev.ds === undefined) { undated++; }
  });
  for (var dim in switches) {
    for (var key in switches[dim]) { on[dim][key] = map.hasLayer(switches[dim][key]); }
  }
  map.on("overlayadd overlayremove", onSwitch);
  cluster.on("click", clicked);
  cluster.on("keypress", pressed);
  if (lines) { lines.on("click", clicked); }
  if (data.days && data.days[1] > data.days[0]) {
    dates = tlDateControl(map, data.days, undated, function (now) {
      if (now) { refilter(); } else { later(); }
    });
  }
  // Called before the cluster finishes its bookkeeping for the last chunk: run after it.
  cluster.options.chunkProgress = function (done, total) {
    if (done >= total) { window.setTimeout(loaded, 0); }
  };
  window.addEventListener("hashchange", showTarget);
  refilter(location.hash ? showTarget : null);
}
