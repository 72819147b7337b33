// Shared by map.html and timeline.html. Every piece of event text reaches the page through
// textContent, a DOM property or a text node: never as HTML.

// Builds an element; `text` (untrusted) is set as plain text.
function tlEl(tag, cls, text) {
  "use strict";
  var node = document.createElement(tag);
  if (cls) { node.className = cls; }
  if (text !== undefined && text !== null) { node.textContent = text; }
  return node;
}

// The page's JSON data, with the labels written once in `strings` put back into each event.
function tlData(id) {
  "use strict";
  var data = JSON.parse(document.getElementById(id).textContent);
  var strings = data.strings, keys = data.shared, events = data.events;
  for (var i = 0; i < events.length; i++) {
    var ev = events[i];
    for (var k = 0; k < keys.length; k++) {
      if (ev[keys[k]] !== undefined) { ev[keys[k]] = strings[ev[keys[k]]]; }
    }
  }
  return data;
}

// The source line of a card or popup: "Source: <title>" or "Comment by <author> on <title>",
// the title a link only when its URL is http(s).
function tlSource(ev, docs, cls) {
  "use strict";
  var p = tlEl("p", cls), doc = docs[ev.dc];
  p.textContent = ev.c ? "Comment by " + (ev.by || "an unnamed reader") + " on " : "Source: ";
  if (doc[1] && /^https?:\/\//i.test(doc[1])) {
    var a = p.appendChild(tlEl("a", null, doc[0]));
    a.href = doc[1];
    a.rel = "noopener noreferrer";
  } else {
    p.appendChild(document.createTextNode(doc[0]));
  }
  return p;
}
