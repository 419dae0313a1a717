#!/usr/bin/env node
// The oracle for tfjslint's simulator: runs one training script on real
// TensorFlow.js 4.22.0 (pure-JS CPU backend) and prints, as JSON on stdout,
// the fields of `tfjslint sim --json` that real tfjs can know:
//
//   {"models":[{"name","params","weightBytes","layers":[{"name","class","outputShape","params"}]}],
//    "steps":[{"numTensors","numBytes"}], "steadyGrowth":{...}|null,
//    "leaks":null, "peakStepBytes":null, "incomplete":null|"reason",
//    "frames":[{"numTensors","numBytes"}], "events":[{"numTensors","numBytes"}]}
//
// and, with --console, "console":["line", …] (what the script printed).
//
// A step is one optimizer update: the hook wraps applyGradients of every
// optimizer class (minimize, fit, fitDataset and trainOnBatch all end there)
// and records tf.memory() when the outermost call returns. Models are the
// ones passed through LayersModel.compile, described when the script ends.
//
// Leaks outside training are measured per frame and per event, for pages and
// for scripts that use the browser's globals (they get the stand-ins of
// browser.js):
//   frames  tf.memory() after each requestAnimationFrame callback returns (or,
//           for an async callback, once its promise settles);
//   events  with --drive, the page is driven as the simulator drives it:
//           its local <script src> files run with its inline scripts (in
//           document order, one global scope), and once it is idle each
//           handler (in the document order of its element; see
//           browser.handlersInOrder) is fired twice in a row, each firing
//           followed by waiting until the page is idle again and
//           recording tf.memory() — one entry per firing;
//           with --events N instead, once the page is idle (nothing left to run: the
//           frame budget spent, loads and training done), run.js fires one
//           round of the page's handlers (every addEventListener of a non-load
//           event on an element, document or window, every el.on<type> = fn,
//           every inline on<type>="…" attribute, in that order; not unload,
//           error, resize nor visibility events), waits until the page is
//           idle again and records tf.memory(); N rounds in all. A round is
//           "one click" of every button the page wires up.
// Both are empty when nothing ran; the other fields do not change with them.
//
// Pages and browser scripts run on a virtual clock (clock.js, browser.js):
// their timers, animation frames, performance.now(), Date, tf.util.now() and
// tf.nextFrame() (which fit/fitDataset await when they yield) all use it, and
// its callbacks run one at a time, in virtual-time order, each only once Node
// has nothing else left to do. Frames, events and steps then interleave the
// same way on every run, however loaded the machine is. Node scripts keep
// Node's own timers and clock. A page that never stops scheduling callbacks
// ends after 200000 of them (incomplete: "timer budget reached: …"), as in
// the simulator.
//
// Usage: node run.js SCRIPT [--steps N] [--frames N] [--events N | --drive] [--console] [--seed N]
//   SCRIPT  .js/.mjs (ES module when it has import/export), .cjs or classic
//           script (global tf and require), or an .html page (inline scripts).
//   --steps N   optimizer-step budget of each training call site (see below).
//   --frames N  requestAnimationFrame budget of pages (default 600).
//   --events N  fire N rounds of the page's event handlers (default 0).
//   --stand-ins A,B  with --drive: inert stand-ins for these globals (what
//               the page loads from a CDN, as the simulator lists them).
//   --console   also print what the script logged (console.*, capped at 1000
//               lines; one line per call, formatted as Node's console does).
//   --seed N    make Math.random a PRNG seeded with N, so that layer
//               initializers and unseeded tf.random* draw the same numbers on
//               every run, and give tf.data's shuffle() calls without a seed
//               one derived from N (tfjs seeds them from its clock).
'use strict';

const fs = require('fs');
const path = require('path');
const util = require('util');
const vm = require('vm');
const Module = require('module');
const { pathToFileURL } = require('url');

function parseArgs(argv) {
  const args = { script: null, steps: Infinity, frames: 600, events: 0, drive: false, console: false, seed: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--steps') args.steps = Number(argv[++i]);
    else if (a === '--frames') args.frames = Number(argv[++i]);
    else if (a === '--events') args.events = Number(argv[++i]);
    else if (a === '--console') args.console = true;
    else if (a === '--drive') args.drive = true;
    else if (a === '--stand-ins') args.standIns = argv[++i].split(',').filter(Boolean);
    else if (a === '--seed') args.seed = Number(argv[++i]);
    else if (args.script == null) args.script = path.resolve(a);
    else throw new Error(`unexpected argument ${a}`);
  }
  if (args.script == null) throw new Error('usage: node run.js SCRIPT [--steps N] [--frames N] [--events N] [--console] [--seed N]');
  return args;
}

const args = parseArgs(process.argv.slice(2));

// mulberry32: a small PRNG, good enough to make runs repeatable.
if (args.seed != null) {
  let state = args.seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The script's console output is not ours to print: stdout carries the JSON
// (and, with --console, the lines the script printed).
const writeOut = process.stdout.write.bind(process.stdout);
const printed = [];
const MAX_PRINTED = 1000;
for (const k of ['log', 'info', 'warn', 'error', 'debug', 'table', 'dir']) {
  console[k] = (...a) => {
    if (args.console && printed.length < MAX_PRINTED) printed.push(util.format(...a));
  };
}

const tf = require('@tensorflow/tfjs');
globalThis.__tfOracle = tf;

// Node's own timers, before a page's stand-ins replace the globals: they
// only keep the process turning while the page's virtual clock has work.
const realSetImmediate = setImmediate;

// With --seed, a dataset's shuffle() without a seed gets one derived from N
// and from how many such calls came before: tfjs would seed it from
// tf.util.now(), and the order it draws changes what the pipeline holds at
// each step (its buffer holds pending reads of the upstream dataset, and the
// one it picks decides how many of them have been made when the batch
// trains).
if (args.seed != null) {
  let unseeded = 0;
  const shuffle = tf.data.Dataset.prototype.shuffle;
  tf.data.Dataset.prototype.shuffle = function (bufferSize, seed, reshuffleEachIteration) {
    if (seed == null) seed = `tfjslint-oracle-${args.seed}-${unseeded++}`;
    return shuffle.call(this, bufferSize, seed, reshuffleEachIteration);
  };
}

const isTF = (s) => s === '@tensorflow/tfjs' || s.startsWith('@tensorflow/tfjs-') || s.startsWith('@tensorflow/tfjs/');

const steps = [];
const frames = [];
const events = [];
const models = [];
let incomplete = null;
let finished = false;

// The step budget is per training call site, as in the simulator: each call
// of fit, fitDataset, trainOnBatch, minimize or applyGradients in the
// script's own code is a site (its file:line:col), and its steps count
// against its own --steps N. A call whose site has spent its budget returns
// at once (fit and fitDataset an empty history, trainOnBatch 0, minimize
// null or a scalar cost, applyGradients nothing); a fit or fitDataset that
// spends it stops as if a callback had set model.stopTraining. After 200
// such skips the run ends ("step budget of N reached; the script keeps
// calling …"). AsyncLocalStorage carries the site through fit's awaits.
const { AsyncLocalStorage } = require('async_hooks');
const training = new AsyncLocalStorage();
const siteSteps = new Map();
let skips = 0;
const SKIP_LIMIT = 200;

// userSite is the position of the script's call of a tfjs method: the
// caller's stack frame, or null when tfjs itself made the call
// (Sequential.fit calling its inner model's fit, minimize calling
// applyGradients).
function userSite() {
  const frames = (new Error().stack || '').split('\n').slice(1).map((l) => l.trim());
  // frames[0] is userSite, frames[1] the wrapper, frames[2] its caller.
  const caller = frames[2] || '';
  if (caller.includes('node_modules') || caller.includes(__filename)) return null;
  const m = /\(?([^\s()]+:\d+:\d+)\)?$/.exec(caller);
  return m ? m[1] : null;
}

function budgetLeft(site) {
  return (siteSteps.get(site) || 0) < args.steps;
}

function skipped(api) {
  skips++;
  if (incomplete == null) incomplete = `step budget of ${args.steps} reached`;
  if (skips > SKIP_LIMIT) {
    incomplete = `step budget of ${args.steps} reached; the script keeps calling ${api}`;
    finish();
    process.exit(0);
  }
}

// wrapTraining gives a training method its site and budget; skip is what
// the method returns once the budget of its site is spent.
function wrapTraining(proto, name, api, skip) {
  const orig = proto[name];
  proto[name] = function (...a) {
    const site = userSite();
    if (site == null) return orig.apply(this, a);
    if (!budgetLeft(site)) {
      skipped(api);
      return skip.apply(this, a);
    }
    const model = name === 'fit' || name === 'fitDataset' ? this : null;
    return training.run({ site, model, api }, () => orig.apply(this, a));
  };
}

const emptyHistory = () => Promise.resolve({ epoch: [], history: {} });
for (const cls of [tf.LayersModel, tf.Sequential]) {
  wrapTraining(cls.prototype, 'fit', 'LayersModel.fit', emptyHistory);
  wrapTraining(cls.prototype, 'fitDataset', 'LayersModel.fitDataset', emptyHistory);
  wrapTraining(cls.prototype, 'trainOnBatch', 'LayersModel.trainOnBatch', () => Promise.resolve(0));
}

// Every optimizer class gets the hook on its own applyGradients; depth keeps
// a subclass calling its parent's method from counting twice.
let depth = 0;
for (const cls of [tf.SGDOptimizer, tf.MomentumOptimizer, tf.AdamOptimizer, tf.AdamaxOptimizer,
  tf.AdagradOptimizer, tf.AdadeltaOptimizer, tf.RMSPropOptimizer]) {
  const orig = cls.prototype.applyGradients;
  cls.prototype.applyGradients = function (...a) {
    depth++;
    try {
      return orig.apply(this, a);
    } finally {
      depth--;
      if (depth === 0) recordStep();
    }
  };
  wrapTraining(cls.prototype, 'applyGradients', 'Optimizer.applyGradients', () => undefined);
}
wrapTraining(tf.Optimizer.prototype, 'minimize', 'Optimizer.minimize', (f, returnCost) => (returnCost ? tf.scalar(0) : null));

function memory() {
  const m = tf.memory();
  return { numTensors: m.numTensors, numBytes: m.numBytes };
}

function recordStep() {
  steps.push(memory());
  const store = training.getStore();
  const site = store ? store.site : '';
  siteSteps.set(site, (siteSteps.get(site) || 0) + 1);
  if (store && store.model && !budgetLeft(site)) {
    // The fit's budget is spent: it stops as if a callback had set
    // model.stopTraining (the simulator skips the rest of it the same way).
    skipped(store.api);
    store.model.stopTraining = true;
  }
}

// Sequential.compile compiles an inner LayersModel; only the outermost
// compile names the user's model.
let compiling = 0;
for (const cls of [tf.LayersModel, tf.Sequential]) {
  const orig = cls.prototype.compile;
  cls.prototype.compile = function (...a) {
    if (compiling === 0 && !models.includes(this)) models.push(this);
    compiling++;
    try {
      return orig.apply(this, a);
    } finally {
      compiling--;
    }
  };
}

function describeModel(m) {
  const bytes = m.weights.reduce((s, w) => s + tf.util.sizeFromShape(w.shape) * tf.util.bytesPerElement(w.dtype), 0);
  return {
    name: m.name,
    params: m.countParams(),
    weightBytes: bytes,
    layers: m.layers.map((l) => {
      let outputShape = null;
      try {
        outputShape = l.outputShape;
      } catch (e) {
        outputShape = null; // a shared layer with differently shaped outputs
      }
      return { name: l.name, class: l.getClassName(), outputShape, params: l.countParams() };
    }),
  };
}

function finish() {
  if (finished) return;
  finished = true;
  let steady = null;
  if (steps.length >= 2) {
    const a = steps[steps.length - 2];
    const b = steps[steps.length - 1];
    steady = { numTensors: b.numTensors - a.numTensors, numBytes: b.numBytes - a.numBytes };
  }
  const out = {
    models: models.map(describeModel),
    steps,
    steadyGrowth: steady,
    leaks: null,
    peakStepBytes: null,
    incomplete,
    frames,
    events,
  };
  if (args.console) out.console = printed;
  writeOut(JSON.stringify(out) + '\n');
}

function fail(err) {
  if (incomplete == null) incomplete = `error: ${err && err.message ? err.message : String(err)}`;
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);
process.on('beforeExit', quiet);

// The page's virtual clock (browser mode), and what uses it in tfjs: the
// clock of tf.util.now() (fit's yield debounce, tf.data's shuffle seed) and
// tf.nextFrame(), which would otherwise be Node's setImmediate (tfjs picks
// requestAnimationFrame only when it exists as tfjs loads). tfjs-layers reads
// tfc.nextFrame when fit builds its callbacks, so patching the core module's
// export reaches it too.
let browser = null;
let clock = null;
const MAX_CALLBACKS = 200000;
function useClock(c) {
  clock = c;
  const core = require('@tensorflow/tfjs-core');
  core.nextFrame = () => clock.framePromise();
  tf.env().platform.now = () => clock.now();
}

function installBrowser(html) {
  browser = require('./browser.js');
  useClock(browser.install(html, args.frames, { frame: () => frames.push(memory()), error: fail, standIns: args.standIns }));
}

// quiet runs each time Node has nothing left to run (no microtask, I/O or
// real timer): it runs the page's next virtual callback, or, when there is
// none, calls idle. Node emits beforeExit again only if the listener gave
// the loop work, so a real immediate keeps it turning after a callback ran
// (its work done, quiet comes again: the next callback, or idle).
function quiet() {
  if (finished) return;
  if (clock != null && clock.calls >= MAX_CALLBACKS) {
    // A page that keeps re-arming timers would never be idle (the
    // simulator has the same budget).
    if (incomplete == null) incomplete = 'timer budget reached: the page keeps scheduling callbacks';
    finish();
    return;
  }
  if (clock != null && clock.runNext()) {
    realSetImmediate(() => {});
    return;
  }
  idle();
  if (!finished && clock != null && clock.pending()) realSetImmediate(() => {});
}

// idle runs each time nothing is left to run: it records the event round
// that just settled, fires the next one, or ends the run.
let rounds = 0;
let drive = null; // with --drive: the handlers to fire, two firings each
function idle() {
  if (finished) return;
  if (args.drive) {
    driveNext();
    return;
  }
  if (rounds > events.length) events.push(memory());
  const failed = incomplete != null;
  const hs = browser && !failed && rounds < args.events ? browser.handlers() : [];
  if (hs.length === 0) {
    finish();
    return;
  }
  rounds++;
  // The round is a callback of the page's clock (handlers exist only in
  // browser mode); quiet comes again once its work (awaits, reads, re-armed
  // timers) is done.
  clock.setTimer(() => {
    for (const h of hs) {
      const event = {
        type: h.type, target: h.target, currentTarget: h.target, key: 'Enter', code: 'Enter',
        clientX: 0, clientY: 0, data: null, preventDefault() {}, stopPropagation() {},
      };
      let r;
      try {
        r = h.fn.call(h.target, event);
      } catch (err) {
        fail(err);
        continue;
      }
      if (r != null && typeof r.then === 'function') Promise.resolve(r).catch(fail);
    }
  }, 0, [], false);
}

// driveNext records the firing that just settled and fires the next one.
function driveNext() {
  if (drive == null) {
    const hs = browser ? browser.handlersInOrder() : [];
    drive = [];
    for (const h of hs.slice(0, 64)) drive.push(h, h);
  } else {
    events.push(memory());
  }
  if (drive.length === 0 || incomplete != null) {
    finish();
    return;
  }
  const h = drive.shift();
  clock.setTimer(() => {
    const target = h.eventTarget ?? h.target;
    const event = {
      type: h.type, target, currentTarget: h.target, srcElement: target, key: 'Enter', code: 'Enter',
      keyCode: 13, which: 13, button: 0, clientX: 0, clientY: 0, offsetX: 0, offsetY: 0, pageX: 0, pageY: 0,
      data: null, isTrusted: true, defaultPrevented: false,
      preventDefault() { this.defaultPrevented = true; }, stopPropagation() {}, stopImmediatePropagation() {},
    };
    let r;
    try {
      r = h.fn.call(h.target, event);
    } catch (err) {
      fail(err);
      return;
    }
    if (r != null && typeof r.then === 'function') Promise.resolve(r).catch(fail);
  }, 0, [], false);
}

// requireFrom gives a script its require: tfjs is the instrumented instance,
// anything else resolves as Node would from the script's directory.
function requireFrom(file) {
  const base = Module.createRequire(file);
  return (spec) => (isTF(spec) ? tf : base(spec));
}

function runClassic(code, filename) {
  const module = { exports: {} };
  const req = requireFrom(filename);
  req.main = module;
  const fn = vm.runInThisContext(Module.wrap(code), { filename });
  fn.call(module.exports, module.exports, req, module, filename, path.dirname(filename));
}

function isESM(file, src) {
  const ext = path.extname(file);
  if (ext === '.mjs') return true;
  if (ext === '.cjs') return false;
  return /^\s*(import\s*[\w*{'"]|export\s)/m.test(src);
}

async function main() {
  await tf.setBackend('cpu');
  const file = args.script;
  // The script sees itself as the program, as the simulator shows it.
  process.argv = [process.argv[0], file];
  const src = fs.readFileSync(file, 'utf8');
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') {
    installBrowser(src);
    globalThis.tf = tf;
    for (const s of browser.scriptsOf(src, args.drive)) {
      if (s.src != null) {
        // A local script runs under its own name; remote ones (tfjs
        // from a CDN) are what the page's globals already are.
        if (/^([a-z]+:)?\/\//i.test(s.src)) continue;
        const f = path.resolve(path.dirname(file), s.src.split(/[?#]/)[0]);
        vm.runInThisContext(fs.readFileSync(f, 'utf8'), { filename: f });
        continue;
      }
      // Pad with newlines so stack positions keep the page's line numbers.
      const line = src.slice(0, s.offset).split('\n').length - 1;
      vm.runInThisContext('\n'.repeat(line) + s.code, { filename: file });
    }
    return;
  }
  // Scripts written for a page get the same stand-ins as pages (the
  // simulator decides the same way).
  if (/\b(document|window|requestAnimationFrame|navigator)\b/.test(src)) {
    installBrowser('');
  }
  if (isESM(file, src)) {
    Module.register('./hooks.mjs', pathToFileURL(__filename), {
      data: { names: Object.keys(tf), esmRoot: pathToFileURL(path.dirname(file)).href + '/' },
    });
    await import(pathToFileURL(file).href);
    return;
  }
  globalThis.tf = tf;
  runClassic(src, file);
}

main().catch(fail);
