/* The report page of toc: tabs, pan and zoom, the element panel, highlights and the live preview.
   No library and no request, except a live preview asking its own server for updates. It never
   turns text into markup: panels are copies of articles already on the page. */
(function () {
  "use strict";

  var ZOOM_STEP = 1.25;
  var state = { tab: null, boxes: {}, panel: null, opener: null, highlight: null };

  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  // Elements whose attribute equals a key, compared as text, so no key is ever read as a selector.
  function withAttribute(name, value, root) {
    return all("[" + name + "]", root).filter(function (el) { return el.getAttribute(name) === value; });
  }

  /* ---- tabs -------------------------------------------------------------------------- */

  function tabs() { return all('[role="tab"]'); }

  function currentView() {
    return all(".view").filter(function (view) { return !view.hidden; })[0] || null;
  }

  function showTab(key, focus) {
    var found = false;
    tabs().forEach(function (tab) {
      var chosen = tab.getAttribute("data-tab") === key;
      found = found || chosen;
      tab.setAttribute("aria-selected", chosen ? "true" : "false");
      tab.tabIndex = chosen ? 0 : -1;
      if (chosen && focus) { tab.focus(); }
    });
    if (!found) { return false; }
    all(".view").forEach(function (view) { view.hidden = view.getAttribute("data-tab") !== key; });
    sizeFrames();
    state.tab = key;
    paintHighlight();
    markSelected();
    return true;
  }

  function moveTab(step) {
    var list = tabs();
    var at = list.findIndex(function (tab) { return tab.getAttribute("aria-selected") === "true"; });
    var next = step === "first" ? 0 : step === "last" ? list.length - 1 : (at + step + list.length) % list.length;
    showTab(list[next].getAttribute("data-tab"), true);
  }

  /* ---- pan and zoom, through the drawing's viewBox -------------------------------------- */

  function boxOf(svg) {
    var parts = svg.getAttribute("viewBox").split(/[\s,]+/).map(Number);
    return { x: parts[0], y: parts[1], w: parts[2], h: parts[3] };
  }

  function naturalBox(svg) {
    if (!svg.hasAttribute("data-natural")) { svg.setAttribute("data-natural", svg.getAttribute("viewBox")); }
    var parts = svg.getAttribute("data-natural").split(/[\s,]+/).map(Number);
    return { x: parts[0], y: parts[1], w: parts[2], h: parts[3] };
  }

  function setBox(svg, box, remember) {
    svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].join(" "));
    var view = svg.closest(".view");
    if (remember && view) { state.boxes[view.getAttribute("data-tab")] = box; }
  }

  // How many drawing units one screen pixel covers (the drawing keeps its proportions).
  function unitsPerPixel(svg) {
    var box = boxOf(svg);
    var rect = svg.getBoundingClientRect();
    return Math.max(box.w / (rect.width || 1), box.h / (rect.height || 1));
  }

  function zoom(svg, factor, clientX, clientY) {
    var box = boxOf(svg);
    var rect = svg.getBoundingClientRect();
    var scale = unitsPerPixel(svg);
    // The point under the pointer (or the centre) stays where it is.
    var cx = clientX === undefined ? box.x + box.w / 2 : box.x + box.w / 2 + (clientX - rect.left - rect.width / 2) * scale;
    var cy = clientY === undefined ? box.y + box.h / 2 : box.y + box.h / 2 + (clientY - rect.top - rect.height / 2) * scale;
    var natural = naturalBox(svg);
    var w = Math.min(Math.max(box.w / factor, natural.w / 20), natural.w * 4);
    var h = box.h * (w / box.w);
    setBox(svg, { x: cx - (cx - box.x) * (w / box.w), y: cy - (cy - box.y) * (h / box.h), w: w, h: h }, true);
  }

  function pan(svg, dx, dy) {
    var box = boxOf(svg);
    var scale = unitsPerPixel(svg);
    setBox(svg, { x: box.x - dx * scale, y: box.y - dy * scale, w: box.w, h: box.h }, true);
  }

  function fit(svg) {
    naturalBox(svg);
    svg.setAttribute("viewBox", svg.getAttribute("data-natural"));
    var view = svg.closest(".view");
    if (view) { delete state.boxes[view.getAttribute("data-tab")]; }
  }

  function currentSvg() {
    var view = currentView();
    return view ? view.querySelector("svg.diagram") : null;
  }

  var drag = null;

  function onPointerDown(event) {
    var frame = event.target.closest(".frame");
    if (!frame || event.button !== 0) { return; }
    drag = { frame: frame, svg: frame.querySelector("svg.diagram"), x: event.clientX, y: event.clientY, moved: false };
  }

  function onPointerMove(event) {
    if (!drag || !drag.svg) { return; }
    var dx = event.clientX - drag.x;
    var dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!drag.moved) { drag.frame.classList.add("dragging"); }
    drag.moved = true;
    pan(drag.svg, dx, dy);
    drag.x = event.clientX;
    drag.y = event.clientY;
  }

  function onPointerUp() {
    if (drag) { drag.frame.classList.remove("dragging"); }
    // A drag that moved is not also a click on what it started on.
    if (drag && drag.moved) { state.justDragged = true; setTimeout(function () { state.justDragged = false; }, 0); }
    drag = null;
  }

  function onWheel(event) {
    var frame = event.target.closest(".frame");
    if (!frame) { return; }
    event.preventDefault();
    zoom(frame.querySelector("svg.diagram"), event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP, event.clientX, event.clientY);
  }

  /* ---- the panel of an element ------------------------------------------------------- */

  function article(key) {
    return withAttribute("data-key", key, document.getElementById("elements"))[0] || null;
  }

  function openPanel(key, opener, quietly) {
    var source = article(key);
    var panel = document.getElementById("panel");
    if (!source || !panel) { return; }
    var copy = source.cloneNode(true);
    all("[id]", copy).forEach(function (el) { el.removeAttribute("id"); });
    var body = panel.querySelector(".panel-body");
    while (body.firstChild) { body.removeChild(body.firstChild); }
    body.appendChild(copy);
    var heading = panel.querySelector(".panel-heading");
    heading.textContent = source.querySelector(".element-title").textContent;
    heading.title = heading.textContent;  // the whole of a heading cut short
    panel.hidden = false;
    document.body.classList.add("panel-open");
    sizeFrames();
    state.panel = key;
    if (opener) { state.opener = opener; }
    markSelected();
    if (!quietly) { panel.focus(); }
  }

  function closePanel() {
    var panel = document.getElementById("panel");
    if (panel) { panel.hidden = true; }
    document.body.classList.remove("panel-open");
    sizeFrames();
    state.panel = null;
    markSelected();
    var back = state.opener;
    state.opener = null;
    if (back && document.contains(back)) { back.focus(); }
  }

  function markSelected() {
    all("svg.diagram .selected").forEach(function (el) { el.classList.remove("selected"); });
    if (state.panel) {
      withAttribute("data-el", state.panel).forEach(function (el) { el.classList.add("selected"); });
    }
  }

  /* ---- highlights ---------------------------------------------------------------------- */

  function paintHighlight() {
    var keys = state.highlight || [];
    all("svg.diagram").forEach(function (svg) {
      svg.classList.toggle("dimmed", keys.length > 0);
      all("[data-el]", svg).forEach(function (el) {
        el.classList.toggle("hl", keys.indexOf(el.getAttribute("data-el")) >= 0);
      });
    });
    all('[data-action="clear"]').forEach(function (button) { button.hidden = keys.length === 0; });
  }

  function highlight(keys, button) {
    state.highlight = keys;
    all(".finding-button.active").forEach(function (el) { el.classList.remove("active"); });
    if (button) { button.classList.add("active"); }
    var view = currentView();
    var shown = view && keys.some(function (key) { return withAttribute("data-el", key, view).length > 0; });
    if (!shown) { showTab(tabs().length ? tabs()[0].getAttribute("data-tab") : null, false); }
    paintHighlight();
    var section = document.getElementById("diagram");
    if (section) { section.scrollIntoView({ block: "start" }); }
  }

  function clearHighlight() {
    state.highlight = null;
    all(".finding-button.active").forEach(function (el) { el.classList.remove("active"); });
    paintHighlight();
  }

  /* ---- events, on the document so that they outlive a live update ---------------------- */

  function onClick(event) {
    if (state.justDragged) { return; }
    var target = event.target.closest("[data-el], [data-open], [data-show], [data-view], [data-targets], [data-action], [role=tab]");
    if (!target) { return; }
    if (target.hasAttribute("data-el")) { openPanel(target.getAttribute("data-el"), target); return; }
    if (target.hasAttribute("data-open")) {
      event.preventDefault();
      openPanel(target.getAttribute("data-open"), target);
      return;
    }
    if (target.hasAttribute("data-show")) { highlight([target.getAttribute("data-show")], null); return; }
    if (target.hasAttribute("data-view")) {
      showTab(target.getAttribute("data-view"), false);
      var section = document.getElementById("diagram");
      if (section) { section.scrollIntoView({ block: "start" }); }
      return;
    }
    if (target.hasAttribute("data-targets")) {
      highlight(target.getAttribute("data-targets").split(" ").filter(Boolean), target);
      return;
    }
    if (target.getAttribute("role") === "tab") { showTab(target.getAttribute("data-tab"), false); return; }
    var action = target.getAttribute("data-action");
    var svg = currentSvg();
    if (action === "zoom-in" && svg) { zoom(svg, ZOOM_STEP); }
    else if (action === "zoom-out" && svg) { zoom(svg, 1 / ZOOM_STEP); }
    else if (action === "fit" && svg) { fit(svg); }
    else if (action === "clear") { clearHighlight(); }
    else if (action === "close") { closePanel(); }
    else if (action === "print") { window.print(); }
  }

  var PAN_KEYS = { ArrowLeft: [40, 0], ArrowRight: [-40, 0], ArrowUp: [0, 40], ArrowDown: [0, -40] };

  function onKey(event) {
    var target = event.target;
    if (event.key === "Escape" && state.panel) { closePanel(); return; }
    if (target.getAttribute && target.getAttribute("role") === "tab") {
      var steps = { ArrowRight: 1, ArrowLeft: -1, Home: "first", End: "last" };
      if (event.key in steps) { event.preventDefault(); moveTab(steps[event.key]); }
      return;
    }
    if (target.hasAttribute && target.hasAttribute("data-el") && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      openPanel(target.getAttribute("data-el"), target);
      return;
    }
    var frame = target.closest && target.closest(".frame");
    if (!frame) { return; }
    var svg = frame.querySelector("svg.diagram");
    if (event.key === "+" || event.key === "=") { zoom(svg, ZOOM_STEP); }
    else if (event.key === "-" || event.key === "_") { zoom(svg, 1 / ZOOM_STEP); }
    else if (event.key === "0") { fit(svg); }
    else if (target === frame && PAN_KEYS[event.key]) { pan(svg, PAN_KEYS[event.key][0], PAN_KEYS[event.key][1]); }
    else { return; }
    event.preventDefault();
  }

  /* ---- printing: the whole drawing, every explanation open ---------------------------- */

  var printed = [];

  function beforePrint() {
    printed = all("svg.diagram").map(function (svg) { return [svg, svg.getAttribute("viewBox")]; });
    printed.forEach(function (pair) { fit(pair[0]); });
    all("details:not([open])").forEach(function (el) { el.setAttribute("open", ""); el.setAttribute("data-printed", ""); });
  }

  function afterPrint() {
    printed.forEach(function (pair) { pair[0].setAttribute("viewBox", pair[1]); });
    printed = [];
    all("details[data-printed]").forEach(function (el) { el.removeAttribute("open"); el.removeAttribute("data-printed"); });
  }

  /* ---- the live preview: take the new page, keep the reader's place ------------------- */

  function restore() {
    all("svg.diagram").forEach(naturalBox);
    sizeFrames();
    if (!state.tab || !showTab(state.tab, false)) { state.tab = null; }
    all(".view").forEach(function (view) {
      var box = state.boxes[view.getAttribute("data-tab")];
      var svg = view.querySelector("svg.diagram");
      if (box && svg) { setBox(svg, box, false); }
    });
    if (state.panel) {
      if (article(state.panel)) { openPanel(state.panel, null, true); } else { closePanel(); }
    }
    paintHighlight();
    markSelected();
  }

  function update() {
    var scroll = window.scrollY;
    fetch("/page", { cache: "no-store" }).then(function (response) { return response.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      document.documentElement.setAttribute("data-version", fresh.documentElement.getAttribute("data-version"));
      document.title = fresh.title;
      document.documentElement.replaceChild(document.importNode(fresh.body, true), document.body);
      restore();
      window.scrollTo(0, scroll);
    });
  }

  function follow() {
    var events = new EventSource("/events");
    events.onmessage = function (event) {
      all(".live-lost").forEach(function (el) { el.hidden = true; });
      if (event.data !== document.documentElement.getAttribute("data-version")) { update(); }
    };
    events.onerror = function () { all(".live-lost").forEach(function (el) { el.hidden = false; }); };
  }

  // A frame as tall as its drawing needs at the frame's width, within limits: a wide, flat theory
  // leaves no empty band above and below it, a tall one does not run off the screen.
  // A small drawing (a group of three elements) is not blown up much beyond the size it was drawn at.
  var MAX_ENLARGEMENT = 1.2;

  function sizeFrames() {
    all(".frame").forEach(function (frame) {
      var svg = frame.querySelector("svg.diagram");
      if (!svg || !frame.clientWidth) { return; }
      var box = naturalBox(svg);
      var drawn = parseFloat(svg.getAttribute("data-width")) * 4 / 3;  // Graphviz's points, in pixels
      var width = drawn > 0 ? Math.min(frame.clientWidth, drawn * MAX_ENLARGEMENT) : frame.clientWidth;
      var height = Math.min(Math.max(width * box.h / box.w, 320), window.innerHeight * 0.8);
      frame.style.height = Math.round(height) + "px";
    });
  }

  function start() {
    all("svg.diagram").forEach(naturalBox);
    sizeFrames();
    window.addEventListener("resize", sizeFrames);
    var first = tabs()[0];
    state.tab = first ? first.getAttribute("data-tab") : null;
    document.addEventListener("click", onClick);
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("pointermove", onPointerMove);
    document.addEventListener("pointerup", onPointerUp);
    document.addEventListener("wheel", onWheel, { passive: false });
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    if (document.documentElement.hasAttribute("data-live")) { follow(); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
