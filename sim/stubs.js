// Stand-ins for the browser and Node APIs training scripts touch, for
// tfjslint's simulator. They compute nothing: elements have the width and
// height of the page's markup (224x224 when unknown), load events fire on
// the next turn, storage is empty, and anything outside tfjs that is used
// for real reports itself through host.note. The Node harness of the
// oracle (testdata/oracle/browser.js) gives real tfjs the same stand-ins.
(function (global, host) {
  'use strict';
  const DEFAULT_SIZE = 224;
  // MAX_TEXT is the most of an element's text the run keeps (see makeElement).
  const MAX_TEXT = 16384;
  const LOAD_EVENTS = new Set(['load', 'loadeddata', 'loadedmetadata', 'canplay', 'DOMContentLoaded']);
  // Events a user does not fire: leaving the page, errors, visibility.
  const NOT_FIRED = new Set(['unload', 'beforeunload', 'pagehide', 'error', 'visibilitychange', 'resize']);
  // The on<type> properties a page sets on elements for a user's events.
  const UI_EVENTS = ['click', 'dblclick', 'change', 'input', 'submit', 'keydown', 'keyup', 'keypress', 'mousedown',
    'mouseup', 'mousemove', 'touchstart', 'touchend', 'pointerdown', 'pointerup', 'wheel', 'contextmenu'];
  const later = (cb, ev) => global.setTimeout(() => cb(ev), 0);

  // listeners are the addEventListener registrations of the events a user
  // fires, in order; created are the elements made so far that were given
  // an on<type> property, in the order they were made (a loop that makes
  // a canvas every tick must not keep them all). Each handler keeps where the script registered it
  // (host.where).
  const listeners = [];
  const created = [];
  let made = 0;
  // A listener on document, window or <body> is a delegating one (it acts
  // on event.target): it is fired once for each of the page's controls
  // with an id, in document order, as their target (delegates, set by
  // installBrowser).
  const CONTROLS = new Set(['button', 'input', 'select', 'textarea', 'a', 'form']);
  let delegates = () => [];
  // matchesPart tells whether an element of tag and attrs matches one
  // compound tag, .class and #id selector.
  function matchesPart(tag, attrs, part) {
    const m = /^([a-zA-Z][\w-]*|\*)?((?:[.#][\w-]+)*)$/.exec(String(part).trim());
    if (!m || !(m[1] || m[2])) return false;
    if (m[1] && m[1] !== '*' && m[1].toLowerCase() !== tag) return false;
    const classes = String(attrs.class || '').split(/\s+/);
    for (const s of m[2].match(/[.#][\w-]+/g) || []) {
      if (s[0] === '.' ? !classes.includes(s.slice(1)) : attrs.id !== s.slice(1)) return false;
    }
    return true;
  }
  function listen(target, type, cb) {
    if (typeof cb === 'function' || (cb && typeof cb.handleEvent === 'function')) {
      if (LOAD_EVENTS.has(type)) later(typeof cb === 'function' ? cb : (e) => cb.handleEvent(e), { type, target });
      else if (!NOT_FIRED.has(type)) listeners.push({ target, type, fn: cb, at: host.where() });
    }
  }
  function unlisten(target, type, cb) {
    const i = listeners.findIndex((h) => h.target === target && h.type === type && h.fn === cb);
    if (i >= 0) listeners.splice(i, 1);
  }
  // uiProperties gives an element on<type> properties that remember where
  // they were set.
  function uiProperties(el) {
    const set = {};
    for (const type of UI_EVENTS) {
      Object.defineProperty(el, 'on' + type, {
        get() { return set[type] ? set[type].fn : null; },
        set(fn) {
          set[type] = typeof fn === 'function' ? { fn, at: host.where() } : null;
          if (set[type] && el.__made != null && !created.includes(el)) {
            created.push(el);
            created.sort((a, b) => a.__made - b.__made);
          }
        },
        configurable: true,
      });
    }
    el.__handlers = set;
  }

  function makeContext(canvas) {
    const noop = () => {};
    return {
      canvas,
      drawImage: noop, fillRect: noop, clearRect: noop, putImageData: noop, fillText: noop, strokeRect: noop,
      beginPath: noop, moveTo: noop, lineTo: noop, stroke: noop, fill: noop, arc: noop, save: noop, restore: noop,
      scale: noop, translate: noop, rotate: noop,
      getImageData(x, y, w, h) { return { data: new Uint8ClampedArray(w * h * 4), width: w, height: h }; },
      createImageData(w, h) { return { data: new Uint8ClampedArray(w * h * 4), width: w, height: h }; },
    };
  }

  function makeElement(tag, attrs = {}) {
    const size = (v) => (v != null && /^\d+$/.test(String(v)) ? Number(v) : DEFAULT_SIZE);
    const el = {
      tagName: String(tag).toUpperCase(),
      nodeName: String(tag).toUpperCase(),
      id: attrs.id ?? '',
      style: {},
      dataset: Object.fromEntries(Object.keys(attrs).filter((k) => k.startsWith('data-'))
        .map((k) => [k.slice(5).replace(/-([a-z])/g, (_, c) => c.toUpperCase()), attrs[k]])),
      classList: { add() {}, remove() {}, toggle() {}, contains() { return false; } },
      children: [],
      value: attrs.value ?? '',
      checked: attrs.checked != null,
      selected: attrs.selected != null,
      name: attrs.name ?? '',
      type: attrs.type ?? '',
      files: [],
      disabled: false,
      textContent: '',
      innerHTML: '',
      innerText: '',
      src: '',
      srcObject: null,
      readyState: 4,
      width: size(attrs.width),
      height: size(attrs.height),
      appendChild(c) { this.children.push(c); return c; },
      removeChild(c) { return c; },
      append() {},
      prepend() {},
      remove() {},
      setAttribute(k, v) { if (k === 'width' || k === 'height') this[k] = Number(v); },
      getAttribute(k) { return attrs[String(k).toLowerCase()] ?? null; },
      addEventListener(type, cb) { listen(el, type, cb); },
      removeEventListener(type, cb) { unlisten(el, type, cb); },
      dispatchEvent() { return true; },
      play() { return Promise.resolve(); },
      pause() {},
      focus() {},
      click() {},
      getContext() { return makeContext(el); },
      toDataURL() { return 'data:,'; },
      getBoundingClientRect() { return { x: 0, y: 0, top: 0, left: 0, width: el.width, height: el.height }; },
      querySelector() { return makeElement('div'); },
      querySelectorAll() { return []; },
      // The markup's nesting is not kept: closest finds the element itself.
      matches(sel) { return String(sel).split(',').some((p) => matchesPart(el.tagName.toLowerCase(), attrs, p)); },
      closest(sel) { return el.matches(sel) ? el : null; },
    };
    Object.defineProperty(el, 'valueAsNumber', { get() { return el.value === '' ? NaN : Number(el.value); } });
    // Text written into an element is kept up to a cap: a log that a
    // loop prepends a line to on every tick would otherwise grow without
    // bound over the run's thousands of ticks, each write copying all of it.
    for (const k of ['textContent', 'innerHTML', 'innerText']) {
      let text = '';
      Object.defineProperty(el, k, {
        get() { return text; },
        set(v) { text = String(v); if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT); },
        enumerable: true, configurable: true,
      });
    }
    el.__made = made++;
    uiProperties(el);
    if (el.tagName === 'IMG') {
      // An image of the project's own files has its real size (read from
      // the file's header); an image the run cannot read keeps the
      // markup's size, else 224x224.
      let src = attrs.src ?? '';
      const sized = { width: attrs.width != null, height: attrs.height != null };
      const load = (v) => {
        const size = v ? host.imageSize(String(v)) : null;
        el.naturalWidth = size ? size.width : el.width;
        el.naturalHeight = size ? size.height : el.height;
        if (size && !sized.width) el.width = sized.height ? Math.round(el.height * size.width / size.height) : size.width;
        if (size && !sized.height) el.height = sized.width ? Math.round(el.width * size.height / size.width) : size.height;
      };
      Object.defineProperty(el, 'src', { get() { return src; }, set(v) { src = String(v); load(src); }, configurable: true });
      load(src);
      el.complete = true;
      el.decode = () => Promise.resolve();
    }
    if (el.tagName === 'VIDEO') {
      Object.defineProperty(el, 'videoWidth', { get() { return el.width; } });
      Object.defineProperty(el, 'videoHeight', { get() { return el.height; } });
    }
    for (const ev of ['onload', 'onloadeddata', 'onloadedmetadata', 'oncanplay']) {
      let handler = null;
      Object.defineProperty(el, ev, {
        get() { return handler; },
        set(cb) { handler = cb; if (typeof cb === 'function') later(cb, { type: ev.slice(2), target: el }); },
      });
    }
    return el;
  }

  function installBrowser(elements, list = []) {
    const byId = new Map();
    const lookup = (id) => {
      if (!byId.has(id)) {
        const known = elements[id];
        const el = known ? makeElement(known.tag, known.attrs) : makeElement('div', { id });
        if (known) el.__order = known.order;
        if (known && known.options) {
          // A <select>: its options, the selected one as in the markup.
          el.options = Array.from(known.options, (a) => makeElement('option', a));
          el.selectedIndex = known.options.length > 0 ? known.selected : -1;
          el.options.forEach((o, i) => { o.selected = i === el.selectedIndex; o.text = o.value; });
        }
        byId.set(id, el);
      }
      return byId.get(id);
    };
    // Selectors: comma lists of compound tag, .class and #id selectors
    // over the page's elements with an id or a class; each element is one
    // object, whichever way the script finds it.
    const byOrder = new Map();
    const elementAt = (e) => {
      if (e.attrs.id != null) return lookup(e.attrs.id);
      if (!byOrder.has(e.order)) {
        const el = makeElement(e.tag, e.attrs);
        el.__order = e.order;
        byOrder.set(e.order, el);
      }
      return byOrder.get(e.order);
    };
    const queryAll = (sel) => {
      const parts = String(sel).split(',');
      return list.filter((e) => parts.some((p) => matchesPart(e.tag, e.attrs, p))).map(elementAt);
    };
    delegates = () => Object.keys(elements).filter((id) => CONTROLS.has(elements[id].tag))
      .sort((a, b) => elements[a].order - elements[b].order).map(lookup);
    const body = makeElement('body');
    global.window = global;
    global.self = global;
    global.document = {
      body,
      head: makeElement('head'),
      documentElement: makeElement('html'),
      readyState: 'complete',
      getElementById: lookup,
      querySelector(sel) {
        if (/^#[\w-]+$/.test(String(sel))) return lookup(String(sel).slice(1));
        return queryAll(sel)[0] ?? makeElement('div');
      },
      querySelectorAll: queryAll,
      getElementsByTagName: (tag) => queryAll(tag),
      getElementsByClassName: (names) => queryAll(String(names).trim().split(/\s+/).map((c) => '.' + c).join('')),
      createElement: (tag) => makeElement(tag),
      createTextNode: () => makeElement('span'),
      addEventListener(type, cb) { listen(global.document, type, cb); },
      removeEventListener(type, cb) { unlisten(global.document, type, cb); },
    };
    uiProperties(global.document);
    global.addEventListener = (type, cb) => listen(global, type, cb);
    global.removeEventListener = (type, cb) => unlisten(global, type, cb);
    // window.onload = init runs init once the page has loaded.
    for (const ev of ['onload', 'onDOMContentLoaded']) {
      let handler = null;
      Object.defineProperty(global, ev, {
        get() { return handler; },
        set(cb) { handler = cb; if (typeof cb === 'function') later(cb, { type: ev.slice(2), target: global }); },
        configurable: true,
      });
    }
    global.navigator = {
      userAgent: 'tfjslint-sim',
      mediaDevices: { getUserMedia: async () => ({ getTracks: () => [], getVideoTracks: () => [] }) },
    };
    global.location = { href: 'about:blank', protocol: 'about:', host: '', hostname: '', pathname: '', search: '', hash: '' };
    global.Image = function Image(w, h) { return makeElement('img', { width: w, height: h }); };
    global.alert = () => {};
    global.confirm = () => false;
    global.prompt = () => null;
    global.innerWidth = 1024;
    global.innerHeight = 768;
    global.devicePixelRatio = 1;
    global.HTMLVideoElement = function HTMLVideoElement() {};
    global.HTMLCanvasElement = function HTMLCanvasElement() {};
    global.HTMLImageElement = function HTMLImageElement() {};
  }

  function storage() {
    const m = new Map();
    return {
      getItem: (k) => (m.has(String(k)) ? m.get(String(k)) : null),
      setItem: (k, v) => { m.set(String(k), String(v)); },
      removeItem: (k) => { m.delete(String(k)); },
      clear: () => m.clear(),
      key: (i) => Array.from(m.keys())[i] ?? null,
      get length() { return m.size; },
    };
  }

  // stub is an inert stand-in for a module or API the simulator does not
  // have: any property is another stub; calling or constructing one notes
  // the use once and returns another stub; it is not thenable.
  function stub(name) {
    const target = function () {};
    return new Proxy(target, {
      get(t, key) {
        if (key === 'then') return undefined;
        if (key === Symbol.toPrimitive) return () => '';
        if (key === 'toString' || key === 'valueOf') return () => `[${name}]`;
        if (typeof key === 'symbol') return undefined;
        return stub(`${name}.${String(key)}`);
      },
      set() { return true; },
      apply() { host.note(`${name}() is not simulated`); return stub(`${name}()`); },
      construct() { host.note(`new ${name}() is not simulated`); return stub(`new ${name}()`); },
    });
  }

  // standIn is an inert stand-in for a library the page loads from
  // elsewhere: any property is another stand-in, calls and new return
  // one, it reads as '' and 0; unlike stub, using it notes nothing.
  function standIn(name) {
    const target = function () {};
    return new Proxy(target, {
      get(t, key) {
        if (key === 'then') return undefined;
        if (key === Symbol.toPrimitive) return () => '';
        if (key === 'toString' || key === 'valueOf') return () => '';
        if (typeof key === 'symbol') return undefined;
        return standIn(`${name}.${String(key)}`);
      },
      set() { return true; },
      apply() { return standIn(`${name}()`); },
      construct() { return standIn(`new ${name}()`); },
    });
  }

  // installPageGlobals makes each id a global naming its element, and each
  // of names a stand-in (host.standIn lists those read), for the names
  // the global scope lacks when they are read.
  function installPageGlobals(ids, names) {
    const idSet = new Set(ids);
    const nameSet = new Set(names);
    const made = new Map();
    const proto = Object.getPrototypeOf(global);
    const missing = (t, k) => typeof k === 'string' && !Reflect.has(t, k);
    Object.setPrototypeOf(global, new Proxy(proto, {
      has(t, k) { return (typeof k === 'string' && (idSet.has(k) || nameSet.has(k))) || Reflect.has(t, k); },
      get(t, k, recv) {
        if (missing(t, k)) {
          if (idSet.has(k)) return global.document.getElementById(k);
          if (nameSet.has(k)) {
            if (!made.has(k)) {
              made.set(k, standIn(k));
              host.standIn(k);
            }
            return made.get(k);
          }
        }
        return Reflect.get(t, k, recv);
      },
    }));
  }

  // installP5 stands in for p5.js on a page that loads it: as p5 does
  // once the page has loaded, it calls the sketch's preload and setup,
  // then draw on every animation frame until noLoop (the frame budget
  // ends it), and its mousePressed/keyPressed (and like) for a user's
  // clicks and keys. Global mode uses the page's global functions;
  // instance mode (new p5(sketch)) the properties sketch sets on its p.
  // p5's math and canvas-size helpers compute as p5's do (random is the
  // run's seeded Math.random); the rest of p5 is the page's inert
  // stand-ins (drawing, DOM helpers).
  const P5_EVENTS = { mousePressed: 'mousedown', mouseClicked: 'click', mouseReleased: 'mouseup',
    keyPressed: 'keydown', keyTyped: 'keypress', keyReleased: 'keyup', touchStarted: 'touchstart' };
  function p5Api(p) {
    const api = {
      PI: Math.PI, TWO_PI: 2 * Math.PI, HALF_PI: Math.PI / 2, QUARTER_PI: Math.PI / 4, TAU: 2 * Math.PI,
      width: 100, height: 100, frameCount: 0, mouseX: 0, mouseY: 0, pmouseX: 0, pmouseY: 0, key: '', keyCode: 0,
      mouseIsPressed: false, keyIsPressed: false, windowWidth: global.innerWidth, windowHeight: global.innerHeight,
      random(a, b) {
        if (Array.isArray(a)) return a[Math.floor(Math.random() * a.length)];
        if (a === undefined) return Math.random();
        if (b === undefined) return Math.random() * a;
        return a + Math.random() * (b - a);
      },
      randomGaussian(mean = 0, sd = 1) {
        const u = 1 - Math.random(), v = Math.random();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      },
      randomSeed() {}, noiseSeed() {},
      noise() { return 0.5; },
      floor: Math.floor, ceil: Math.ceil, round: (n, d) => (d ? Math.round(n * 10 ** d) / 10 ** d : Math.round(n)),
      abs: Math.abs, sqrt: Math.sqrt, pow: Math.pow, exp: Math.exp, log: Math.log, sin: Math.sin, cos: Math.cos,
      tan: Math.tan, atan2: Math.atan2, sq: (n) => n * n, fract: (n) => n - Math.floor(n),
      min: (...a) => Math.min(...(Array.isArray(a[0]) ? a[0] : a)), max: (...a) => Math.max(...(Array.isArray(a[0]) ? a[0] : a)),
      map(v, a, b, c, d, clamp) {
        const r = c + ((v - a) / (b - a)) * (d - c);
        return clamp ? (c < d ? Math.min(Math.max(r, c), d) : Math.min(Math.max(r, d), c)) : r;
      },
      constrain: (n, lo, hi) => Math.max(Math.min(n, hi), lo),
      lerp: (a, b, t) => a + (b - a) * t,
      dist: (x1, y1, x2, y2) => Math.hypot(x2 - x1, y2 - y1),
      mag: (a, b) => Math.hypot(a, b),
      int: (n) => parseInt(n, 10), float: (n) => parseFloat(n), str: (n) => String(n),
      shuffle(a) {
        const out = a.slice();
        for (let i = out.length - 1; i > 0; i--) {
          const j = Math.floor(Math.random() * (i + 1));
          [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
      },
      millis: () => global.performance.now(),
      createCanvas(w, h) {
        p.width = Number(w) || 100;
        p.height = Number(h) || 100;
        return p5Element('canvas', { width: p.width, height: p.height });
      },
      createButton: (label) => p5Element('button', { value: label ?? '' }),
      createSlider: (lo, hi, v) => p5Element('input', { type: 'range', value: String(v ?? ((Number(lo) + Number(hi)) / 2)) }),
      createInput: (v) => p5Element('input', { value: v ?? '' }),
      createCheckbox: (label, on) => p5Element('input', { type: 'checkbox', checked: on ? '' : undefined }),
      createSelect: () => p5Element('select'),
      createDiv: (html) => p5Element('div', { html }), createP: (html) => p5Element('p', { html }),
      createSpan: (html) => p5Element('span', { html }), createElement: (tag, html) => p5Element(tag, { html }),
      select: (sel) => p5Element('div', {}, global.document.querySelector(String(sel))),
      createGraphics: (w, h) => p5Element('canvas', { width: w, height: h }),
      resizeCanvas(w, h) { p.width = Number(w) || p.width; p.height = Number(h) || p.height; },
      // p5's loaders read the project's files (host.readFile, read-only,
      // as fetch does); a remote URL stops the run.
      loadJSON(url, cb) {
        const obj = JSON.parse(p5Text(url, 'loadJSON'));
        if (typeof cb === 'function') later(cb, obj);
        return obj;
      },
      loadStrings(url, cb) {
        const lines = p5Text(url, 'loadStrings').split(/\r?\n/);
        if (typeof cb === 'function') later(cb, lines);
        return lines;
      },
      loadTable(url, ...opts) {
        const t = p5Table(p5Text(url, 'loadTable'), opts.includes('header'), opts.includes('tsv') ? '\t' : ',');
        const cb = opts.find((o) => typeof o === 'function');
        if (cb) later(cb, t);
        return t;
      },
      loadImage(url, cb) {
        const img = makeElement('img', { src: url });
        if (typeof cb === 'function') later(cb, img);
        return img;
      },
      noLoop() { p.__looping = false; },
      loop() { p.__looping = true; },
      isLooping() { return p.__looping !== false; },
    };
    for (const [k, v] of Object.entries(api)) if (!Object.prototype.hasOwnProperty.call(p, k)) p[k] = v;
    return p;
  }
  // p5Element is a p5.Element: its DOM element (elt) and p5's methods;
  // the callbacks it takes (mousePressed, changed, input) are the user's
  // events, fired by the driver; any other method is an inert stand-in.
  function p5Element(tag, attrs = {}, el) {
    const elt = el ?? makeElement(tag, Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)));
    const pe = { elt };
    const on = (type) => function (fn) { if (typeof fn === 'function') listen(elt, type, fn); return proxy; };
    Object.assign(pe, {
      mousePressed: on('click'), mouseClicked: on('click'), changed: on('change'), input: on('input'),
      value(v) {
        if (v === undefined) return elt.type === 'range' || elt.type === 'number' ? Number(elt.value) : elt.value;
        elt.value = String(v); return proxy;
      },
      checked(v) { if (v === undefined) return elt.checked; elt.checked = !!v; return proxy; },
      option(name, v) { elt.options = elt.options ?? []; if (elt.options.length === 0) elt.value = v ?? name; elt.options.push(makeElement('option', { value: v ?? name })); return proxy; },
      selected(v) { if (v === undefined) return elt.value; elt.value = v; return proxy; },
      html(h) { if (h === undefined) return elt.innerHTML; elt.innerHTML = String(h); return proxy; },
      width: elt.width, height: elt.height,
    });
    const proxy = new Proxy(pe, {
      get(t, k) { return k in t || typeof k !== 'string' || k === 'then' ? t[k] : () => proxy; },
    });
    return proxy;
  }
  function p5Text(url, what) {
    const text = host.readFile(String(url), 'url', 'utf8');
    if (text === null) host.network(what, String(url));
    return text;
  }
  // p5Table is a p5.Table of CSV text (no quoted commas).
  function p5Table(text, header, sep) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    const cells = lines.map((l) => l.split(sep));
    const columns = header && cells.length > 0 ? cells.shift() : [];
    const col = (c) => (typeof c === 'number' ? c : columns.indexOf(c));
    const row = (arr) => ({
      arr, obj: Object.fromEntries(columns.map((c, i) => [c, arr[i]])),
      get: (c) => arr[col(c)], getString: (c) => String(arr[col(c)]), getNum: (c) => Number(arr[col(c)]),
    });
    const rows = cells.map(row);
    return {
      columns, rows,
      getRowCount: () => rows.length, getColumnCount: () => (columns.length || (cells[0] || []).length),
      getRow: (r) => rows[r], getRows: () => rows,
      get: (r, c) => cells[r][col(c)], getString: (r, c) => String(cells[r][col(c)]), getNum: (r, c) => Number(cells[r][col(c)]),
      getColumn: (c) => cells.map((a) => a[col(c)]),
      getArray: () => cells, getObject: () => Object.fromEntries(rows.map((r, i) => [i, r.obj])),
    };
  }
  function startP5(p) {
    const call = (name) => (typeof p[name] === 'function' ? p[name]() : undefined);
    const setup = () => {
      call('setup');
      const frame = () => {
        if (typeof p.draw !== 'function') return;
        p.frameCount++;
        p.draw();
        if (p.__looping !== false) global.requestAnimationFrame(frame);
      };
      global.requestAnimationFrame(frame);
    };
    const pre = call('preload');
    if (pre && typeof pre.then === 'function') pre.then(setup);
    else setup();
    for (const [name, type] of Object.entries(P5_EVENTS)) {
      if (typeof p[name] === 'function') listen(global.document, type, (e) => p[name](e));
    }
  }
  function installP5() {
    p5Api(global);
    global.p5 = function p5(sketch) {
      const own = {};
      const p = new Proxy(own, {
        get(t, k) { return k in t || typeof k !== 'string' || k === 'then' ? t[k] : standIn('p5.' + k); },
      });
      p5Api(own);
      if (typeof sketch === 'function') sketch(p);
      later(() => startP5(own)); // what the sketch set, not the stand-ins
      return p;
    };
    later(() => { if (typeof global.setup === 'function' || typeof global.draw === 'function') startP5(global); });
  }

  // papaparse: Papa.parse of CSV text, or with download: true of a URL
  // the page reads (the project's own files, as fetch; a remote URL
  // stops the run), as Papa parses it: a trailing line break leaves a
  // last row of one empty field unless skipEmptyLines, header gives rows
  // keyed by the first row's fields, dynamicTyping turns numbers and
  // booleans into values and empty fields into null. complete gets the
  // results on a later turn when downloading; step is called per row.
  function papaModule() {
    const typed = (v) => {
      if (v === 'true' || v === 'TRUE') return true;
      if (v === 'false' || v === 'FALSE') return false;
      if (/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return parseFloat(v);
      return v === '' ? null : v;
    };
    function rowsOf(text, delim) {
      const rows = [];
      let row = [], field = '', quoted = false, i = 0;
      while (i < text.length) {
        const c = text[i];
        if (quoted) {
          if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
          if (c === '"') { quoted = false; i++; continue; }
          field += c; i++; continue;
        }
        if (c === '"' && field === '') { quoted = true; i++; continue; }
        if (text.startsWith(delim, i)) { row.push(field); field = ''; i += delim.length; continue; }
        if (c === '\r' || c === '\n') {
          row.push(field); rows.push(row); row = []; field = '';
          i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
          continue;
        }
        field += c; i++;
      }
      row.push(field);
      rows.push(row);
      return rows;
    }
    function parseText(text, config) {
      text = String(text).replace(/^\uFEFF/, '');
      let delim = config.delimiter;
      if (!delim) {
        const first = text.split(/\r?\n/, 1)[0];
        delim = [',', '\t', '|', ';'].map((d) => [d, first.split(d).length]).sort((a, b) => b[1] - a[1])[0][0];
      }
      let rows = rowsOf(text, delim);
      const skip = config.skipEmptyLines;
      if (skip) rows = rows.filter((r) => !(r.length === 1 && r[0] === '') && (skip !== 'greedy' || r.some((f) => f.trim() !== '')));
      const dyn = config.dynamicTyping;
      const conv = (v, k) => (dyn === true || (dyn && typeof dyn === 'object' && dyn[k]) || (typeof dyn === 'function' && dyn(k)) ? typed(v) : v);
      let fields;
      let data;
      if (config.header) {
        fields = rows.length > 0 ? rows.shift() : [];
        if (typeof config.transformHeader === 'function') fields = fields.map((f, i) => config.transformHeader(f, i));
        data = rows.map((r) => {
          const o = {};
          r.forEach((v, i) => { const k = i < fields.length ? fields[i] : '__parsed_extra'; o[k] = conv(v, k); });
          return o;
        });
      } else {
        data = rows.map((r) => r.map((v, i) => conv(v, i)));
      }
      const results = { data, errors: [], meta: { delimiter: delim, linebreak: '\n', aborted: false, truncated: false, cursor: text.length, fields } };
      if (typeof config.step === 'function') {
        for (const d of data) config.step({ data: d, errors: [], meta: results.meta }, {});
      }
      return results;
    }
    const papa = {
      parse(input, config = {}) {
        if (config.download && typeof input === 'string') {
          const text = host.readFile(input, 'url', 'utf8');
          if (text === null) host.network('Papa.parse', input);
          const results = parseText(text, config);
          if (typeof config.complete === 'function') later(() => config.complete(config.step ? undefined : results, input));
          return undefined;
        }
        if (typeof input !== 'string') {
          host.note('Papa.parse of a File or stream is not simulated');
          return stub('Papa.parse()');
        }
        const results = parseText(input, config);
        if (typeof config.complete === 'function') config.complete(config.step ? undefined : results);
        return results;
      },
      unparse(data) {
        const rows = Array.isArray(data) ? data : (data && data.data) || [];
        const keys = rows.length > 0 && !Array.isArray(rows[0]) ? Object.keys(rows[0]) : null;
        const line = (r) => r.map((v) => (/[",\n]/.test(String(v)) ? '"' + String(v).replace(/"/g, '""') + '"' : String(v ?? ''))).join(',');
        return (keys ? [line(keys), ...rows.map((r) => line(keys.map((k) => r[k])))] : rows.map(line)).join('\r\n');
      },
    };
    papa.default = papa;
    return papa;
  }

  // installJQuery stands in for jQuery on a page that loads it: $(fn)
  // and .ready run once the page has loaded, a selection is the page's
  // elements (the selectors querySelectorAll answers, else the last #id
  // of the selector), .on/.click/.change/… register the handlers the
  // driver fires as a user's events, .val/.text/.html/.attr/.prop read
  // and set the elements, and $.getJSON/$.get/$.ajax read the project's
  // own files as fetch does (a remote URL stops the run). Any other
  // method (css, addClass, animate, …) does nothing and chains.
  const JQ_EVENTS = ['click', 'dblclick', 'change', 'input', 'submit', 'keydown', 'keyup', 'keypress', 'mousedown',
    'mouseup', 'mousemove', 'touchstart', 'touchend', 'focus', 'blur'];
  function installJQuery() {
    const isEl = (x) => x != null && typeof x === 'object' && (x === global || x === global.document || 'tagName' in x);
    function select(sel) {
      const doc = global.document;
      const s = String(sel).trim();
      if (s.startsWith('<')) {
        const m = /^<\s*([a-zA-Z][\w-]*)/.exec(s);
        return [makeElement(m ? m[1] : 'div')];
      }
      const found = doc.querySelectorAll(s);
      if (found.length > 0) return found;
      const ids = s.match(/#[\w-]+/g);
      return ids ? [doc.getElementById(ids[ids.length - 1].slice(1))] : [];
    }
    function wrap(els) {
      const w = { length: els.length, jquery: '3.7.1' };
      els.forEach((el, i) => { w[i] = el; });
      let proxy;
      const first = els[0];
      const on = (type, ...rest) => {
        const fn = rest.reverse().find((a) => typeof a === 'function');
        if (fn) {
          for (const t of String(type).split(/\s+/)) {
            for (const el of els) {
              if (t === 'ready' || LOAD_EVENTS.has(t)) later(fn.bind(el), { type: t, target: el });
              else if (el && el.addEventListener) el.addEventListener(t.split('.')[0], fn);
              else if (el === global) global.addEventListener(t.split('.')[0], fn);
            }
          }
        }
        return proxy;
      };
      const access = (get, set) => function (v) {
        if (v === undefined) return first == null ? undefined : get(first);
        for (const [i, el] of els.entries()) set(el, typeof v === 'function' ? v.call(el, i, get(el)) : v);
        return proxy;
      };
      Object.assign(w, {
        on, one: on, bind: on, ready(fn) { later(() => fn.call(global.document, $)); return proxy; },
        val: access((el) => el.value, (el, v) => { el.value = v == null ? '' : String(v); }),
        text: access((el) => el.textContent ?? '', (el, v) => { el.textContent = String(v); }),
        html: access((el) => el.innerHTML ?? '', (el, v) => { el.innerHTML = String(v); }),
        attr(k, v) { return access((el) => (el.getAttribute ? el.getAttribute(k) : undefined) ?? el[k], (el, x) => { el[k] = x; })(v); },
        prop(k, v) { return access((el) => el[k], (el, x) => { el[k] = x; })(v); },
        data(k) { return first && first.dataset ? first.dataset[k] : undefined; },
        is(sel) { return sel === ':checked' ? !!(first && first.checked) : !!(first && first.matches && first.matches(sel)); },
        each(fn) { els.forEach((el, i) => fn.call(el, i, el)); return proxy; },
        get(i) { return i === undefined ? els.slice() : els[i < 0 ? els.length + i : i]; },
        eq(i) { return wrap(els[i] ? [els[i]] : []); },
        first() { return wrap(first ? [first] : []); },
        find(sel) { return wrap(select(sel)); },
        toArray() { return els.slice(); },
        [Symbol.iterator]: function* () { yield* els; },
      });
      for (const t of JQ_EVENTS) w[t] = (...a) => on(t, ...a);
      proxy = new Proxy(w, {
        get(t, k) { return k in t || typeof k !== 'string' || k === 'then' ? t[k] : () => proxy; },
      });
      return proxy;
    }
    function read(url, what) {
      const text = host.readFile(String(url), 'url', 'utf8');
      if (text === null) host.network(what, String(url));
      return text;
    }
    const ajax = (what, json) => (url, data, cb) => {
      let o = typeof url === 'object' ? url : { url, success: typeof data === 'function' ? data : cb };
      const text = read(o.url, what);
      const value = json || o.dataType === 'json' ? JSON.parse(text) : text;
      if (typeof o.success === 'function') later(() => o.success(value, 'success'));
      const done = { done(fn) { later(() => fn(value)); return done; }, fail() { return done; }, always(fn) { later(fn); return done; },
        then(ok) { return Promise.resolve(value).then(ok); } };
      return done;
    };
    function $(x, ctx) {
      if (typeof x === 'function') { later(() => x.call(global.document, $)); return wrap([global.document]); }
      if (x == null) return wrap([]);
      if (isEl(x)) return wrap([x]);
      if (Array.isArray(x)) return wrap(x);
      if (x && x.jquery) return x;
      return wrap(select(x));
    }
    Object.assign($, {
      fn: {}, ready(fn) { later(fn); },
      each(o, fn) { for (const [k, v] of Array.isArray(o) ? o.entries() : Object.entries(o)) if (fn.call(v, k, v) === false) break; return o; },
      map: (a, fn) => Array.from(a).map((v, i) => fn(v, i)).flat().filter((v) => v != null),
      extend: (...a) => Object.assign(...(a[0] === true ? a.slice(1) : a)),
      isArray: Array.isArray, isFunction: (f) => typeof f === 'function', trim: (t) => String(t).trim(),
      parseJSON: JSON.parse, noop() {},
      getJSON: ajax('$.getJSON', true), get: ajax('$.get', false), ajax: ajax('$.ajax', false),
    });
    const jq = new Proxy($, {
      get(t, k) { return k in t || typeof k !== 'string' || k === 'then' ? t[k] : standIn('jQuery.' + k); },
    });
    // Listed with the page's stand-ins once read (the oracle gives real
    // tfjs an inert one of the same name).
    for (const name of ['$', 'jQuery']) {
      let value = jq;
      let listed = false;
      Object.defineProperty(global, name, {
        get() {
          if (!listed) host.standIn(name);
          listed = true;
          return value;
        },
        set(v) { value = v; },
        configurable: true,
      });
    }
  }

  // argparse (1.x: addArgument/parseArgs/defaultValue, 2.x:
  // add_argument/parse_args/default): a Node CLI run without arguments,
  // so parsing gives every declared argument its default (after its type,
  // as argparse converts string defaults), store_true flags false,
  // store_false flags true, and anything else undefined.
  function argparseModule() {
    const convert = (type, v) => {
      if (typeof v !== 'string') return v;
      if (type === 'int') return parseInt(v, 10);
      if (type === 'float') return parseFloat(v);
      if (typeof type === 'function' && type !== String) return type(v);
      return v;
    };
    function ArgumentParser() {
      // argparse 1.x also allows a call without new.
      if (!(this instanceof ArgumentParser)) return new ArgumentParser();
      const args = [];
      const add = (names, opts) => {
        names = names.map(String);
        opts = opts || {};
        const long = names.find((n) => n.startsWith('--')) || names.find((n) => n.startsWith('-')) || names[0];
        const dest = opts.dest || long.replace(/^-+/, '').replace(/-/g, '_');
        let value = 'defaultValue' in opts ? opts.defaultValue : opts.default;
        const action = String(opts.action || '').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
        if (value === undefined && action === 'store_true') value = false;
        if (value === undefined && action === 'store_false') value = true;
        args.push({ dest, value: convert(opts.type, value) });
      };
      const group = () => ({
        addArgument(names, opts) { add(Array.isArray(names) ? names : [names], opts); },
        add_argument(...a) { const opts = typeof a[a.length - 1] === 'object' && !Array.isArray(a[a.length - 1]) ? a.pop() : {}; add(a, opts); },
      });
      const self = group();
      const parse = () => {
        const out = {};
        for (const a of args) out[a.dest] = a.value;
        return out;
      };
      Object.assign(this, self, {
        addArgumentGroup: group, add_argument_group: group,
        addMutuallyExclusiveGroup: group, add_mutually_exclusive_group: group,
        parseArgs: parse, parse_args: parse,
        parseKnownArgs: () => [parse(), []], parse_known_args: () => [parse(), []],
        printHelp() {}, print_help() {}, printUsage() {}, print_usage() {},
        error(msg) { throw new Error(String(msg)); },
        exit() {},
      });
    }
    const m = {
      ArgumentParser,
      ArgumentDefaultsHelpFormatter: function () {}, RawDescriptionHelpFormatter: function () {},
      RawTextHelpFormatter: function () {}, HelpFormatter: function () {}, SUPPRESS: '==SUPPRESS==',
      Const: { SUPPRESS: '==SUPPRESS==', OPTIONAL: '?', ZERO_OR_MORE: '*', ONE_OR_MORE: '+' },
    };
    m.default = m;
    return m;
  }

  // A POSIX path module: pure string functions, so scripts that only join
  // paths run as they would (the simulator's cwd is "/").
  const path = {
    sep: '/',
    delimiter: ':',
    normalize(p) {
      const abs = String(p).startsWith('/');
      const out = [];
      for (const part of String(p).split('/')) {
        if (part === '' || part === '.') continue;
        if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (part !== '..' || !abs) out.push(part);
      }
      const joined = out.join('/');
      return abs ? '/' + joined : joined || '.';
    },
    join(...parts) { return path.normalize(parts.filter((x) => x !== '').join('/') || '.'); },
    resolve(...parts) {
      let p = '';
      for (const part of parts) p = String(part).startsWith('/') ? String(part) : p + '/' + part;
      return path.normalize('/' + p);
    },
    isAbsolute: (p) => String(p).startsWith('/'),
    dirname(p) {
      const s = String(p).replace(/\/+$/, '');
      const i = s.lastIndexOf('/');
      return i < 0 ? '.' : i === 0 ? '/' : s.slice(0, i);
    },
    basename(p, ext) {
      let b = String(p).replace(/\/+$/, '').split('/').pop();
      if (ext && b.endsWith(ext)) b = b.slice(0, -ext.length);
      return b;
    },
    extname(p) {
      const b = path.basename(p);
      const i = b.lastIndexOf('.');
      return i <= 0 ? '' : b.slice(i);
    },
    relative(from, to) {
      const a = path.resolve(from).split('/').filter(Boolean);
      const b = path.resolve(to).split('/').filter(Boolean);
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
    },
    parse(p) {
      const base = path.basename(p);
      const ext = path.extname(p);
      return { root: path.isAbsolute(p) ? '/' : '', dir: path.dirname(p), base, ext, name: ext ? base.slice(0, -ext.length) : base };
    },
    format(o) { return (o.dir ? o.dir + '/' : '') + (o.base || (o.name || '') + (o.ext || '')); },
  };
  path.posix = path;

  // handlers lists what a user could fire, as {target, type, fn, at}, in
  // the document order of their elements (the page's markup); handlers of
  // elements the markup does not have (made by the script, document,
  // window) come after them. Among one element's: inline on<type>
  // attributes (given by the loader), on<type> properties, then
  // addEventListener registrations in order. A delegating handler (on
  // document, window or <body>) is listed once per control, with the
  // control as its eventTarget. The oracle (testdata/oracle/browser.js)
  // lists them the same way.
  function handlers(inline) {
    const props = [];
    for (const el of [global.document, ...created]) {
      if (el == null || el.__handlers == null) continue;
      for (const type of UI_EVENTS) {
        const h = el.__handlers[type];
        if (h) props.push({ target: el, type, fn: h.fn, at: h.at });
      }
    }
    const doc = global.document;
    const delegating = (t) => t === global || (doc != null && (t === doc || t === doc.body));
    const all = [...inline, ...props, ...listeners].flatMap((h) => {
      const els = delegating(h.target) ? delegates() : [];
      return els.length > 0 ? els.map((el) => ({ ...h, eventTarget: el })) : [h];
    });
    const order = (h) => (h.order ?? (h.target && h.target.__order) ?? Infinity);
    return all.map((h, i) => [order(h), i, h]).sort((a, b) => (a[0] - b[0]) || (a[1] - b[1])).map((x) => x[2]);
  }

  // fire calls a handler as a browser does for a user's event, and returns
  // what it returned (a promise, for async handlers).
  function fire(h) {
    const target = h.eventTarget ?? h.target;
    const event = {
      type: h.type, target, currentTarget: h.target, srcElement: target, key: 'Enter', code: 'Enter',
      keyCode: 13, which: 13, button: 0, clientX: 0, clientY: 0, offsetX: 0, offsetY: 0, pageX: 0, pageY: 0,
      data: null, isTrusted: true, defaultPrevented: false,
      preventDefault() { this.defaultPrevented = true; }, stopPropagation() {}, stopImmediatePropagation() {},
    };
    return typeof h.fn === 'function' ? h.fn.call(h.target, event) : h.fn.handleEvent(event);
  }


  // fs (and fs/promises): the project's own files are read for real,
  // read-only (host.readFile: inside the project root, size-capped);
  // writes go to memory, for the run's own later reads. Errors are Node's
  // (ENOENT, with code) for the script to handle.
  function makeBuffer(ab) {
    const b = new Uint8Array(ab);
    Object.defineProperty(b, 'toString', { value: (enc) => host.decode(ab, enc) });
    Object.defineProperty(b, 'buffer', { value: ab });
    return b;
  }
  function encodingOf(opts) {
    const enc = typeof opts === 'string' ? opts : opts && opts.encoding;
    return enc == null ? undefined : String(enc);
  }
  const pathOf = (p) => (p && typeof p === 'object' && p.href ? String(p.href) : String(p));
  function readFileSync(p, opts) {
    // A URL object (new URL('file://…')) is a file URL; a string a path.
    const v = host.readFile(pathOf(p), p && typeof p === 'object' && p.href ? 'url' : 'fs', encodingOf(opts));
    return typeof v === 'string' ? v : makeBuffer(v);
  }
  function bytesOf(data) {
    if (data instanceof ArrayBuffer) return data;
    if (ArrayBuffer.isView(data)) return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    return String(data);
  }
  function statOf(p) {
    const s = host.stat(pathOf(p));
    if (s == null) {
      const e = new Error(`ENOENT: no such file or directory, stat '${pathOf(p)}'`);
      e.code = 'ENOENT';
      throw e;
    }
    return { size: s.size, isDirectory: () => s.dir, isFile: () => !s.dir, mtime: new Date(0), mtimeMs: 0 };
  }
  // A read stream gives the whole file as one chunk on the next turn:
  // readline and 'data'/'end' listeners see the file's lines.
  function createReadStream(p, opts) {
    const handlers = {};
    const stream = {
      on(type, cb) { (handlers[type] = handlers[type] || []).push(cb); return stream; },
      once(type, cb) { return stream.on(type, cb); },
      pipe(dest) { return dest; },
      setEncoding() { return stream; },
      close() {}, destroy() {},
      __read() { return readFileSync(p, opts); },
    };
    global.setTimeout(() => {
      let data;
      try { data = readFileSync(p, opts); } catch (e) { (handlers.error || []).forEach((cb) => cb(e)); return; }
      (handlers.data || []).forEach((cb) => cb(data));
      (handlers.end || []).forEach((cb) => cb());
      (handlers.close || []).forEach((cb) => cb());
    }, 0);
    return stream;
  }
  function createWriteStream(p) {
    let first = true;
    const stream = {
      write(data) { host.writeFile(pathOf(p), bytesOf(data), !first); first = false; return true; },
      end(data) { if (data != null) stream.write(data); return stream; },
      on() { return stream; }, once() { return stream; }, close() {},
    };
    return stream;
  }
  function fsModule() {
    const sync = {
      readFileSync,
      existsSync: (p) => host.stat(pathOf(p)) != null,
      statSync: statOf,
      lstatSync: statOf,
      readdirSync: (p) => host.readdir(pathOf(p)),
      writeFileSync: (p, data) => { host.writeFile(pathOf(p), bytesOf(data), false); },
      appendFileSync: (p, data) => { host.writeFile(pathOf(p), bytesOf(data), true); },
      mkdirSync: () => undefined,
      unlinkSync: () => undefined,
      rmSync: () => undefined,
      accessSync: (p) => { statOf(p); },
      createReadStream,
      createWriteStream,
    };
    const promises = {};
    const callbacks = {};
    for (const [name, fn] of Object.entries(sync)) {
      if (!name.endsWith('Sync')) continue;
      const base = name.slice(0, -4);
      promises[base] = async (...a) => fn(...a);
      callbacks[base] = (...a) => {
        const cb = typeof a[a.length - 1] === 'function' ? a.pop() : null;
        let res, err = null;
        try { res = fn(...a); } catch (e) { err = e; }
        if (cb) global.setTimeout(() => (base === 'exists' ? cb(!err && res) : cb(err, res)), 0);
      };
    }
    const m = { ...sync, ...callbacks, promises, constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 } };
    promises.default = promises;
    m.default = m;
    return m;
  }
  // util: promisify over Node's callback convention, and inspect.
  const util = {
    promisify(fn) {
      return (...args) => new Promise((resolve, reject) => {
        fn(...args, (err, ...res) => (err ? reject(err) : resolve(res.length > 1 ? res : res[0])));
      });
    },
    inspect: (v) => { try { return JSON.stringify(v); } catch (e) { return String(v); } },
    format: (...a) => a.map(String).join(' '),
    isArray: Array.isArray,
    TextDecoder: undefined,
  };
  util.default = util;

  // fetch reads a relative or file:// URL from the project (a page's data
  // files, as its server would serve them): a missing file is a 404 the
  // script handles. Remote URLs go to the network fetch, which stops the
  // run.
  const netFetch = global.fetch;
  global.fetch = function fetch(input, init) {
    const ref = typeof input === 'object' && input !== null && input.url ? String(input.url) : String(input);
    if (global.document == null && !/^[a-z][a-z0-9+.-]+:/i.test(ref)) {
      // Node's fetch has no base URL to resolve a relative one against.
      return Promise.reject(new TypeError('Failed to parse URL from ' + ref));
    }
    let ab;
    try {
      ab = host.readFile(ref, 'url');
    } catch (e) {
      if (e.code !== 'ENOENT' && e.code !== 'EISDIR') throw e;
      return Promise.resolve(response(ref, null));
    }
    if (ab == null) return netFetch(input, init);
    return Promise.resolve(response(ref, ab));
  };
  function response(url, ab) {
    const ok = ab != null;
    // A response's text is decoded without its byte order mark.
    const text = async () => (ok ? host.decode(ab).replace(/^\uFEFF/, '') : 'Not Found');
    const res = {
      ok, status: ok ? 200 : 404, statusText: ok ? 'OK' : 'Not Found', url, redirected: false, type: 'basic',
      headers: { get: () => null, has: () => false, forEach() {} },
      text,
      json: async () => JSON.parse(await text()),
      arrayBuffer: async () => (ok ? ab.slice(0) : new ArrayBuffer(0)),
      blob: async () => ({ size: ok ? ab.byteLength : 0, type: '', arrayBuffer: async () => (ok ? ab.slice(0) : new ArrayBuffer(0)), text }),
      clone: () => response(url, ab),
    };
    return res;
  }


  // readline over a read stream: 'line' events, or for await, over the
  // file's lines.
  const readline = {
    createInterface(opts) {
      const input = opts && opts.input ? opts.input : opts;
      const handlers = {};
      let text = null;
      const lines = () => {
        if (text == null) text = input && typeof input.__read === 'function' ? String(input.__read()) : '';
        const ls = text.split(/\r?\n/);
        if (ls.length > 0 && ls[ls.length - 1] === '') ls.pop();
        return ls;
      };
      const rl = {
        on(type, cb) {
          (handlers[type] = handlers[type] || []).push(cb);
          if (type === 'line' && !rl.__scheduled) {
            rl.__scheduled = true;
            global.setTimeout(() => {
              let ls;
              try { ls = lines(); } catch (e) { (handlers.error || []).forEach((h) => h(e)); return; }
              for (const l of ls) (handlers.line || []).forEach((h) => h(l));
              (handlers.close || []).forEach((h) => h());
            }, 0);
          }
          return rl;
        },
        once(type, cb) { return rl.on(type, cb); },
        close() {}, pause() { return rl; }, resume() { return rl; },
        question(q, cb) { cb(''); },
        // sobek's for await takes the sync iterator; both give the lines.
        [Symbol.iterator]() { return lines()[Symbol.iterator](); },
        [Symbol.asyncIterator]() {
          const ls = lines();
          let i = 0;
          return { next: async () => (i < ls.length ? { value: ls[i++], done: false } : { value: undefined, done: true }) };
        },
      };
      return rl;
    },
  };
  readline.default = readline;
  // http and https: a request needs the network, which stops the run.
  function netModule(name) {
    const stop = (what) => (target) => host.network(`${name}.${what}`, typeof target === 'string' ? target : (target && (target.href || target.hostname)) || '');
    const m = { get: stop('get'), request: stop('request'), createServer: stop('createServer'), Agent: function Agent() {} };
    m.default = m;
    return m;
  }

  global.localStorage = storage();
  global.sessionStorage = storage();
  global.indexedDB = stub('indexedDB');
  return { installBrowser, stub, makeElement, path, handlers, fire, installPageGlobals, installP5, installJQuery, standIn, argparse: argparseModule(),
    fs: fsModule(), papaparse: papaModule(), util, readline, http: netModule('http'), https: netModule('https') };
})
