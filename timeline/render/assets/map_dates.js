// The date filter of map.html: "From" and "To" sliders over the days of the events (days
// since 1970-01-01), a box for the undated events, Play to step a window of days through
// time, and a status line. `changed(now)` asks the map to redraw, at once or after a pause.
function tlDateControl(map, days, undatedCount, changed) {
  "use strict";
  var el = tlEl, months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec"];
  var ctl = {range: days.slice(), undated: true}, parts = {}, timer = 0;

  function day(n) {
    var d = new Date(n * 864e5);
    return d.getUTCDate() + " " + months[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }

  function slider(box, name, value) {
    var row = box.appendChild(el("label", "tl-range")), input = el("input"), out = el("output");
    row.appendChild(el("span", null, name));
    input.type = "range";
    input.min = String(days[0]);
    input.max = String(days[1]);
    input.step = "1";
    input.value = String(value);
    row.appendChild(input);
    row.appendChild(out);
    return {input: input, out: out};
  }

  // Reads the sliders (the one not `moved` gives way when they cross) into ctl.range.
  function sync(moved) {
    var from = +parts.from.input.value, to = +parts.to.input.value;
    if (from > to && moved === parts.from) { to = from; parts.to.input.value = String(to); }
    if (from > to) { from = to; parts.from.input.value = String(from); }
    ctl.range = [from, to];
    [[parts.from, from], [parts.to, to]].forEach(function (pair) {
      pair[0].out.textContent = day(pair[1]);
      pair[0].input.setAttribute("aria-valuetext", day(pair[1]));
    });
  }

  function set(from, to) {
    parts.from.input.value = String(from);
    parts.to.input.value = String(to);
    sync(null);
  }

  function stop() {
    window.clearInterval(timer);
    timer = 0;
    parts.play.textContent = "Play";
    parts.play.setAttribute("aria-pressed", "false");
  }

  // Steps the current window (a tenth of the whole span if everything is shown) forward by
  // a quarter of its width every 0.7 s until it reaches the last day.
  function play() {
    if (timer) { stop(); return; }
    var width = ctl.range[1] - ctl.range[0], full = days[1] - days[0];
    if (width >= full) { width = Math.max(1, Math.round(full / 10)); }
    var from = ctl.range[1] >= days[1] ? days[0] : ctl.range[0];
    var step = Math.max(1, Math.round(width / 4));
    parts.play.textContent = "Pause";
    parts.play.setAttribute("aria-pressed", "true");
    function tick() {
      set(from, Math.min(from + width, days[1]));
      changed(true);
      if (from + width >= days[1]) { stop(); }
      from += step;
    }
    timer = window.setInterval(tick, 700);
    tick();
  }

  function undatedBox(box) {
    var row = box.appendChild(el("label", "tl-undated")), check = el("input");
    check.type = "checkbox";
    check.checked = true;
    row.appendChild(check);
    row.appendChild(document.createTextNode(
      " undated events (" + undatedCount.toLocaleString() + ")"));
    check.addEventListener("change", function () { ctl.undated = check.checked; changed(false); });
    return check;
  }

  function build() {
    var box = el("div", "tl-dates leaflet-bar");
    var head = box.appendChild(el("p", "tl-dates-h", "Dates"));
    head.id = "tl-dates-h";
    box.setAttribute("role", "group");
    box.setAttribute("aria-labelledby", head.id);
    parts.from = slider(box, "From", days[0]);
    parts.to = slider(box, "To", days[1]);
    if (undatedCount) { parts.undated = undatedBox(box); }
    parts.play = box.appendChild(el("button", "tl-play", "Play"));
    parts.play.type = "button";
    parts.play.setAttribute("aria-pressed", "false");
    parts.play.addEventListener("click", play);
    parts.status = box.appendChild(el("p", "tl-shown"));
    parts.status.setAttribute("role", "status");
    [parts.from, parts.to].forEach(function (s) {
      s.input.addEventListener("input", function () { stop(); sync(s); changed(false); });
    });
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  }

  // Every day and the undated events again, as the page opened.
  ctl.reset = function () {
    if (timer) { stop(); }
    if (parts.undated) { parts.undated.checked = true; }
    ctl.undated = true;
    set(days[0], days[1]);
  };
  ctl.status = function (text) { parts.status.textContent = text; };

  var Control = L.Control.extend({options: {position: "bottomleft"}, onAdd: build});
  new Control().addTo(map);
  sync(null);
  return ctl;
}
