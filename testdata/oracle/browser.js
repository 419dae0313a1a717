// Minimal browser stand-ins for running training pages under Node, the same
// ones tfjslint's simulator gives a page (sim/browser*.go): elements carry
// the width/height of the page's markup (224x224 when unknown) and expose
// pixel data in tfjs's PixelData shape ({data: Uint8Array, width, height}),
// so tf.browser.fromPixels works without a DOM. Load events fire on the next
// turn; requestAnimationFrame runs on 16 ms timers, at most maxFrames times.
'use strict';

const DEFAULT_SIZE = 224;
const LOAD_EVENTS = new Set(['load', 'loadeddata', 'loadedmetadata', 'canplay', 'DOMContentLoaded']);

// elementsOf reads id, tag, width and height of the page's elements.
function elementsOf(html) {
  const out = new Map();
  const tagRe = /<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g;
  let m;
  while ((m = tagRe.exec(html)) !== null) {
    const attrs = {};
    const attrRe = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g;
    let a;
    while ((a = attrRe.exec(m[2])) !== null) {
      attrs[a[1].toLowerCase()] = a[3] ?? a[4] ?? a[5];
    }
    if (attrs.id != null) out.set(attrs.id, { tag: m[1].toLowerCase(), attrs });
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
    textContent: '',
    innerHTML: '',
    innerText: '',
    width: size(attrs.width),
    height: size(attrs.height),
    appendChild(c) { this.children.push(c); return c; },
    removeChild(c) { return c; },
    setAttribute(k, v) { if (k === 'width' || k === 'height') this[k] = Number(v); },
    getAttribute() { return null; },
    addEventListener(type, cb) { if (LOAD_EVENTS.has(type)) setTimeout(() => cb({ type, target: el }), 0); },
    removeEventListener() {},
    play() { return Promise.resolve(); },
    pause() {},
    getContext() { return makeContext(el); },
    toDataURL() { return 'data:,'; },
  };
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
      set(cb) { handler = cb; if (typeof cb === 'function') setTimeout(() => cb({ type: ev.slice(2), target: el }), 0); },
    });
  }
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

function install(html, maxFrames) {
  const elements = elementsOf(html);
  const byId = new Map();
  const lookup = (id) => {
    if (!byId.has(id)) {
      const known = elements.get(id);
      byId.set(id, known ? makeElement(known.tag, known.attrs) : makeElement('div', { id }));
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
    addEventListener(type, cb) { if (LOAD_EVENTS.has(type)) setTimeout(() => cb({ type }), 0); },
  };
  globalThis.addEventListener = (type, cb) => { if (LOAD_EVENTS.has(type)) setTimeout(() => cb({ type }), 0); };
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
    return setTimeout(() => cb(frames * 16), 16);
  };
  globalThis.cancelAnimationFrame = (id) => clearTimeout(id);
  globalThis.alert = () => {};
}

// scriptsOf returns the inline classic scripts of a page, in order.
function scriptsOf(html) {
  const out = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) {
    const attrs = m[1];
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs);
    if (type && !/^(text|application)\/(java|ecma)script$/i.test(type[1])) continue;
    out.push({ code: m[2], offset: m.index + m[0].indexOf('>') + 1 });
  }
  return out;
}

module.exports = { install, scriptsOf };
