// Minimal browser stand-ins for running training pages under Node, the same
// ones tfjslint's simulator gives a page (sim/browser*.go): elements carry
// the width/height of the page's markup (224x224 when unknown) and expose
// pixel data in tfjs's PixelData shape ({data: Uint8Array, width, height}),
// so tf.browser.fromPixels works without a DOM. The page runs on a virtual
// clock (clock.js, the simulator's model): setTimeout, setInterval,
// setImmediate, requestAnimationFrame, performance.now() and Date (from
// 2024-01-01T00:00Z, as in the simulator) all read or wait on it, so what the
// page does never depends on how fast the machine is. Load events fire at
// 0 ms; requestAnimationFrame callbacks run at the next 60 Hz frame, at most
// maxFrames of them, and hooks.frame() is called after each callback (once
// its promise settles when it returns one). Handlers of the other events
// (addEventListener on an element, document or window, el.on<type> = fn,
// inline on<type>="…" attributes) are kept: handlers() lists them for run.js
// to fire. install returns the clock; run.js drives it.
'use strict';

const vm = require('vm');
const { Clock } = require('./clock.js');

const DEFAULT_SIZE = 224;
const LOAD_EVENTS = new Set(['load', 'loadeddata', 'loadedmetadata', 'canplay', 'DOMContentLoaded']);
// Events a user does not fire: leaving the page, errors, visibility.
const NOT_FIRED = new Set(['unload', 'beforeunload', 'pagehide', 'error', 'visibilitychange', 'resize']);

// listeners are the addEventListener registrations of non-load events, and
// created the elements made so far (for their on<type> properties).
const listeners = [];
const created = [];
let inlineHandlers = [];
let clock = null;

// The page's Date reads the virtual clock from this instant, as the
// simulator's does.
const RealDate = Date;
const EPOCH = RealDate.UTC(2024, 0, 1);

function listen(target, type, cb) {
  if (LOAD_EVENTS.has(type)) {
    clock.setTimer(() => cb({ type, target }), 0, [], false);
  } else if (typeof cb === 'function' && !NOT_FIRED.has(type)) {
    listeners.push({ target, type, fn: cb });
  }
}

function attributesOf(text) {
  const attrs = {};
  const attrRe = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let a;
  while ((a = attrRe.exec(text)) !== null) {
    const k = a[1].toLowerCase();
    if (!(k in attrs)) attrs[k] = a[3] ?? a[4] ?? a[5] ?? '';
  }
  return attrs;
}

// elementsOf reads id, tag, attributes and document order (the offset of
// the tag) of the page's elements, with form controls at the values a user
// first sees: value=, the selected <option> of a <select> (the first when
// none is), a <textarea>'s text.
function elementsOf(html) {
  const out = new Map();
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;
  let m;
  while ((m = tagRe.exec(html)) !== null) {
    const attrs = attributesOf(m[2]);
    const tag = m[1].toLowerCase();
    const rest = html.slice(tagRe.lastIndex);
    if (tag === 'select') {
      const end = rest.search(/<\/select\s*>/i);
      const body = end >= 0 ? rest.slice(0, end) : rest;
      const optRe = /<option\b([^>]*)>([^<]*)/gi;
      let o;
      let first = true;
      while ((o = optRe.exec(body)) !== null) {
        const oa = attributesOf(o[1]);
        const v = 'value' in oa ? oa.value : o[2].trim();
        if (first || 'selected' in oa) {
          attrs.value = v;
          first = false;
        }
      }
    } else if (tag === 'textarea') {
      const t = /^([^<]*)<\/textarea\s*>/i.exec(rest);
      if (t) attrs.value = t[1];
    }
    if (attrs.id != null && !out.has(attrs.id)) out.set(attrs.id, { tag, attrs, order: m.index });
  }
  return out;
}

// inlineHandlersOf compiles the on<type>="…" attributes of the page's
// markup (scripts excluded), in document order, once the scripts have run.
function inlineHandlersOf(html, lookup) {
  const out = [];
  // Scripts are blanked (not removed), so offsets stay the page's.
  const body = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, (m) => ' '.repeat(m.length));
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;
  let m;
  while ((m = tagRe.exec(body)) !== null) {
    const attrRe = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
    let id = null;
    const found = [];
    let a;
    while ((a = attrRe.exec(m[2])) !== null) {
      const name = a[1].toLowerCase();
      const code = a[3] ?? a[4];
      if (name === 'id') id = code;
      else if (name.startsWith('on') && !LOAD_EVENTS.has(name.slice(2)) && !NOT_FIRED.has(name.slice(2))) {
        found.push({ type: name.slice(2), code });
      }
    }
    for (const h of found) {
      const target = id != null ? lookup(id) : makeElement(m[1]);
      out.push({ target, type: h.type, order: m.index, fn: vm.runInThisContext(`(function (event) {\n${h.code}\n})`) });
    }
  }
  return out;
}

function makeElement(tag, attrs = {}) {
  const size = (v) => (v != null && /^\d+$/.test(v) ? Number(v) : DEFAULT_SIZE);
  const el = {
    tagName: tag.toUpperCase(),
    id: attrs.id ?? '',
    style: {},
    classList: { add() {}, remove() {}, toggle() {}, contains() { return false; } },
    children: [],
    value: attrs.value ?? '',
    checked: attrs.checked != null,
    files: [],
    textContent: '',
    innerHTML: '',
    innerText: '',
    width: size(attrs.width),
    height: size(attrs.height),
    appendChild(c) { this.children.push(c); return c; },
    removeChild(c) { return c; },
    setAttribute(k, v) { if (k === 'width' || k === 'height') this[k] = Number(v); },
    getAttribute(k) { return attrs[String(k).toLowerCase()] ?? null; },
    addEventListener(type, cb) { listen(el, type, cb); },
    removeEventListener() {},
    play() { return Promise.resolve(); },
    pause() {},
    getContext() { return makeContext(el); },
    toDataURL() { return 'data:,'; },
  };
  Object.defineProperty(el, 'valueAsNumber', { get() { return el.value === '' ? NaN : Number(el.value); } });
  if (el.tagName === 'VIDEO') {
    Object.defineProperty(el, 'videoWidth', { get() { return el.width; } });
    Object.defineProperty(el, 'videoHeight', { get() { return el.height; } });
  }
  // tfjs treats {data: Uint8Array, width, height} as PixelData.
  Object.defineProperty(el, 'data', { get() { return new Uint8Array(el.width * el.height * 4); } });
  for (const ev of ['onload', 'onloadeddata', 'onloadedmetadata', 'oncanplay']) {
    let handler = null;
    Object.defineProperty(el, ev, {
      get() { return handler; },
      set(cb) { handler = cb; if (typeof cb === 'function') clock.setTimer(() => cb({ type: ev.slice(2), target: el }), 0, [], false); },
    });
  }
  created.push(el);
  return el;
}

function makeContext(canvas) {
  const noop = () => {};
  return {
    canvas,
    drawImage: noop, fillRect: noop, clearRect: noop, putImageData: noop, fillText: noop,
    beginPath: noop, moveTo: noop, lineTo: noop, stroke: noop, fill: noop, arc: noop,
    getImageData(x, y, w, h) { return { data: new Uint8ClampedArray(w * h * 4), width: w, height: h }; },
  };
}

// installClock makes the page's timers, performance.now() and Date read the
// virtual clock. Timer ids are numbers, as in browsers; clearing anything
// else (a Node timer made before the page was installed) clears a real timer.
function installClock(onError) {
  clock = new Clock(onError);
  const realClearTimeout = clearTimeout;
  const realClearInterval = clearInterval;
  const realClearImmediate = clearImmediate;
  const clear = (real) => (id) => {
    if (typeof id === 'number') clock.clear(id);
    else if (id != null && typeof id === 'object') real(id);
  };
  globalThis.setTimeout = (fn, delay, ...args) => clock.setTimer(fn, delay, args, false);
  globalThis.setInterval = (fn, delay, ...args) => clock.setTimer(fn, delay, args, true);
  globalThis.setImmediate = (fn, ...args) => clock.setTimer(fn, 0, args, false);
  globalThis.clearTimeout = clear(realClearTimeout);
  globalThis.clearInterval = clear(realClearInterval);
  globalThis.clearImmediate = clear(realClearImmediate);
  Object.defineProperty(globalThis, 'performance', {
    value: {
      timeOrigin: EPOCH,
      now: () => clock.now(),
      mark() {},
      measure() {},
      clearMarks() {},
      clearMeasures() {},
      getEntries: () => [],
      getEntriesByName: () => [],
      getEntriesByType: () => [],
      toJSON() { return { timeOrigin: EPOCH }; },
    },
    configurable: true,
    writable: true,
    enumerable: true,
  });
  const at = () => EPOCH + Math.floor(clock.now());
  function PageDate(...a) {
    if (!new.target) return new RealDate(at()).toString();
    return a.length === 0 ? new RealDate(at()) : new RealDate(...a);
  }
  PageDate.prototype = RealDate.prototype;
  PageDate.now = at;
  PageDate.parse = RealDate.parse;
  PageDate.UTC = RealDate.UTC;
  globalThis.Date = PageDate;
  return clock;
}

// standIn is an inert stand-in for a library a page loads from elsewhere,
// as the simulator gives one: any property is another, calls and new
// return one, it reads as '' and 0.
function standIn() {
  return new Proxy(function () {}, {
    get(t, key) {
      if (key === 'then' || typeof key === 'symbol') return undefined;
      if (key === 'toString' || key === 'valueOf') return () => '';
      return standIn();
    },
    set() { return true; },
    apply() { return standIn(); },
    construct() { return standIn(); },
  });
}

// pageGlobals makes each element id that names nothing else a global for
// its element (as browsers do), and each of names an inert stand-in.
function pageGlobals(elements, lookup, names) {
  for (const id of elements.keys()) {
    if (/^[A-Za-z_$][\w$]*$/.test(id) && !(id in globalThis)) {
      Object.defineProperty(globalThis, id, { get: () => lookup(id), set(v) { Object.defineProperty(globalThis, id, { value: v, writable: true, configurable: true }); }, configurable: true });
    }
  }
  for (const n of names) {
    if (!(n in globalThis)) globalThis[n] = standIn();
  }
}

function install(html, maxFrames, hooks = {}) {
  const onFrame = hooks.frame || (() => {});
  installClock(hooks.error);
  const elements = elementsOf(html);
  const byId = new Map();
  const lookup = (id) => {
    if (!byId.has(id)) {
      const known = elements.get(id);
      const el = known ? makeElement(known.tag, known.attrs) : makeElement('div', { id });
      if (known) el.__order = known.order;
      byId.set(id, el);
    }
    return byId.get(id);
  };
  const body = makeElement('body');
  globalThis.window = globalThis;
  globalThis.self = globalThis;
  globalThis.document = {
    body,
    getElementById: lookup,
    querySelector(sel) { return sel.startsWith('#') ? lookup(sel.slice(1)) : makeElement('div'); },
    querySelectorAll() { return []; },
    createElement: (tag) => makeElement(tag),
    addEventListener(type, cb) { listen(globalThis.document, type, cb); },
  };
  globalThis.addEventListener = (type, cb) => listen(globalThis, type, cb);
  globalThis.removeEventListener = () => {};
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent: 'tfjslint-oracle', mediaDevices: { getUserMedia: async () => ({ getTracks: () => [] }) } },
    configurable: true,
  });
  globalThis.localStorage = { getItem: () => null, setItem() {}, removeItem() {}, clear() {} };
  let frames = 0;
  globalThis.requestAnimationFrame = (cb) => {
    if (frames >= maxFrames) return 0;
    frames++;
    return clock.requestFrame((time) => {
      const r = cb(time);
      if (r != null && typeof r.then === 'function') Promise.resolve(r).finally(onFrame);
      else onFrame();
    });
  };
  globalThis.cancelAnimationFrame = (id) => clock.clear(id);
  globalThis.alert = () => {};
  inlineHandlers = () => inlineHandlersOf(html, lookup);
  delegates = () => [...elements.keys()].filter((id) => CONTROLS.has(elements.get(id).tag))
    .sort((a, b) => elements.get(a).order - elements.get(b).order).map(lookup);
  pageGlobals(elements, lookup, hooks.standIns || []);
  return clock;
}

// handlers lists what a user could fire: inline attributes (compiled on the
// first call), on<type> properties set on elements, then addEventListener
// registrations, each as {target, type, fn}.
function handlers() {
  if (typeof inlineHandlers === 'function') inlineHandlers = inlineHandlers();
  const props = [];
  for (const el of [globalThis.document, globalThis, ...created]) {
    if (el == null) continue;
    for (const k of Object.keys(el)) {
      const type = k.slice(2);
      // on<type> is lower case: a page's function onTrainClick is no handler.
      if (/^on[a-z]+$/.test(k) && typeof el[k] === 'function' && !LOAD_EVENTS.has(type) && !NOT_FIRED.has(type)) {
        props.push({ target: el, type, fn: el[k] });
      }
    }
  }
  return [...inlineHandlers, ...props, ...listeners];
}

// A listener on document, window or <body> delegates (it acts on
// event.target): handlersInOrder lists it once for each of the page's
// controls with an id, in document order, as its eventTarget; delegates is
// set by install.
const CONTROLS = new Set(['button', 'input', 'select', 'textarea', 'a', 'form']);
let delegates = () => [];

// handlersInOrder is handlers() in the document order of their elements
// (the page's markup; handlers of other elements, document and window
// after them), as the simulator drives a page.
function handlersInOrder() {
  const order = (h) => (h.order ?? (h.target && h.target.__order) ?? Infinity);
  const doc = globalThis.document;
  const delegating = (t) => t === globalThis || (doc != null && (t === doc || t === doc.body));
  const all = handlers().flatMap((h) => {
    const els = delegating(h.target) ? delegates() : [];
    return els.length > 0 ? els.map((el) => ({ ...h, eventTarget: el })) : [h];
  });
  return all.map((h, i) => [order(h), i, h]).sort((a, b) => (a[0] - b[0]) || (a[1] - b[1])).map((x) => x[2]);
}

// scriptsOf returns the classic scripts of a page, in order: inline ones as
// {code, offset}, and, with withSrc, <script src> ones as {src}.
function scriptsOf(html, withSrc = false) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) {
    const attrs = m[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
    if (type && !/^(text|application)\/(java|ecma)script$/i.test(type[1])) continue;
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
    if (src) {
      if (withSrc) out.push({ src: src[1] });
      continue;
    }
    out.push({ code: m[2], offset: m.index + m[0].indexOf('>') + 1 });
  }
  return out;
}

module.exports = { install, scriptsOf, handlers, handlersInOrder };
