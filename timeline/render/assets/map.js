function tlRenderEvents(map, groups, lines, dataId) {
  "use strict";
  var data = JSON.parse(document.getElementById(dataId).textContent);
  var docs = data.docs, types = data.types, icons = {};
  var mercator = L.CRS.EPSG3857;
  // Popups open clear of the title box at the top of the map.
  var popupOptions = {maxWidth: 360, autoPanPaddingTopLeft: [20, 130]};

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function fact(box, name, value) {
    if (!value) { return; }
    var p = el("p");
    p.appendChild(el("b", null, name + ": "));
    p.appendChild(document.createTextNode(value));
    box.appendChild(p);
  }

  function source(ev) {
    var p = el("p", "tl-src"), doc = docs[ev.dc];
    p.appendChild(document.createTextNode(
      ev.c ? "Comment by " + (ev.by || "an unnamed reader") + " on " : "Source: "));
    if (doc[1] && /^https?:\/\//i.test(doc[1])) {
      var a = el("a", null, doc[0]);
      a.href = doc[1];
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      p.appendChild(a);
    } else {
      p.appendChild(document.createTextNode(doc[0]));
    }
    return p;
  }

  function popup(ev) {
    var box = el("div", "tl-pop tl-t-" + ev.t), head = el("p");
    head.appendChild(el("span", "tl-ty", label(ev)));
    if (ev.m) { head.appendChild(el("span", "tl-mod tl-m-" + ev.m, ev.m)); }
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
    box.appendChild(source(ev));
    return box;
  }

  function icon(ev) {
    var key = ev.t + (ev.u ? " tl-unsure" : "");
    if (!icons[key]) {
      icons[key] = L.divIcon({className: "tl-mk tl-t-" + key, html: "",
        iconSize: [24, 24], iconAnchor: [12, 12], popupAnchor: [0, -10]});
    }
    return icons[key];
  }

  function label(ev) {
    return ev.tl || (types[ev.t] || types.other).l;
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
    var ic = L.divIcon({className: "tl-arrow", html: glyph, iconSize: [18, 18], iconAnchor: [9, 9]});
    return L.marker(mid, {icon: ic, interactive: false, keyboard: false});
  }

  var pending = {};
  data.events.forEach(function (ev) {
    var content = function () { return popup(ev); };
    var key = groups[ev.t] ? ev.t : "other";
    if (ev.ll) {
      var tip = tooltip(ev);
      var marker = L.marker(ev.ll, {icon: icon(ev), title: tip, alt: tip, riseOnHover: true});
      marker.bindPopup(content, popupOptions);
      (pending[key] = pending[key] || []).push(marker);
    }
    if (ev.ln && lines) {
      var colour = (types[ev.t] || types.other || {c: "#1a1a1a"}).c;
      var line = L.polyline(ev.ln, {color: colour, weight: 3, opacity: 0.85,
        dashArray: ev.u ? "6 6" : null});
      line.bindPopup(content, popupOptions);
      lines.addLayer(line);
      lines.addLayer(arrow(ev.ln));
    }
  });
  Object.keys(groups).forEach(function (key) {
    (pending[key] || []).forEach(function (m) { groups[key].addLayer(m); });
    groups[key].addTo(map);
  });
}
