// The virtual clock of the emulated page (browser.js), the same model as the
// simulator's event loop (sim/loop.go): setTimeout, setInterval and
// setImmediate callbacks and animation frames are queued on a virtual
// timeline that starts at 0 ms, and run one at a time in a fixed order, by
// virtual due time and then by scheduling order. Animation frames are due at
// the 60 Hz boundaries (1000/60 ms): every requestAnimationFrame callback and
// tf.nextFrame() waiter registered before a frame starts runs in that frame,
// in registration order, with the frame's time as its timestamp; those
// registered during a frame wait for the next one. Time advances only when a
// callback runs: computation takes no virtual time.
//
// The clock never runs anything by itself. run.js calls runNext() when Node
// has nothing else to do (no pending microtask, I/O or real timer: its
// beforeExit event), so what a page does between two callbacks — promise
// chains, awaited reads, real I/O — always completes before the next
// callback, however slow or loaded the machine is. Node's real timers only
// keep that loop turning.
'use strict';

const FRAME_MS = 1000 / 60;

class Clock {
  constructor(onError) {
    this.onError = onError || ((err) => { throw err; });
    this.time = 0; // virtual milliseconds since the run started
    this.seq = 0;
    this.nextId = 0;
    this.timers = []; // setTimeout/setInterval/setImmediate, unordered
    this.byId = new Map();
    this.frames = []; // callbacks and waiters for the next frame
    this.current = []; // the frame being run
    this.frameTime = 0;
    this.calls = 0; // callbacks run (and frame waiters resolved)
  }

  now() {
    return this.time;
  }

  add(t) {
    t.id = ++this.nextId;
    t.seq = ++this.seq;
    this.byId.set(t.id, t);
    if (t.frame) this.frames.push(t);
    else this.timers.push(t);
    return t.id;
  }

  // setTimer is setTimeout (repeat false) and setInterval (true). A delay
  // that is negative or not a number is 0, as in browsers; an interval is at
  // least 1 ms. Callbacks that are not functions are ignored (id 0).
  setTimer(fn, delay, args, repeat) {
    if (typeof fn !== 'function') return 0;
    delay = Number(delay);
    if (!(delay >= 0)) delay = 0;
    const t = { when: this.time + delay, fn, args, interval: repeat ? Math.max(delay, 1) : 0 };
    return this.add(t);
  }

  clear(id) {
    const t = this.byId.get(id);
    if (t == null) return;
    t.dead = true;
    this.byId.delete(id);
    if (!t.frame) this.timers.splice(this.timers.indexOf(t), 1);
  }

  // requestFrame queues fn(timestamp) for the next animation frame.
  requestFrame(fn) {
    if (typeof fn !== 'function') return 0;
    return this.add({ frame: true, fn, args: null });
  }

  // framePromise resolves at the next animation frame (tf.nextFrame).
  framePromise() {
    return new Promise((resolve) => this.add({ frame: true, resolve }));
  }

  nextFrameTime() {
    return (Math.floor(this.time / FRAME_MS) + 1) * FRAME_MS;
  }

  // pending says whether a callback is waiting.
  pending() {
    return this.current.length > 0 || this.timers.length > 0 || this.frames.length > 0;
  }

  firstTimer() {
    let first = null;
    for (const t of this.timers) {
      if (first == null || t.when < first.when || (t.when === first.when && t.seq < first.seq)) first = t;
    }
    return first;
  }

  // runNext runs the next callback (or resolves the next frame waiter) and
  // returns true, or returns false when nothing is waiting.
  runNext() {
    for (;;) {
      while (this.current.length > 0) {
        const t = this.current.shift();
        if (t.dead) continue;
        this.byId.delete(t.id);
        this.call(t, [this.frameTime]);
        return true;
      }
      const first = this.firstTimer();
      if (first == null && this.frames.length === 0) return false;
      if (this.frames.length > 0 && (first == null || this.nextFrameTime() <= first.when)) {
        this.time = this.nextFrameTime();
        this.frameTime = this.time;
        this.current = this.frames;
        this.frames = [];
        continue;
      }
      this.time = Math.max(this.time, first.when);
      if (first.interval > 0) {
        first.when = this.time + first.interval;
        first.seq = ++this.seq;
      } else {
        this.timers.splice(this.timers.indexOf(first), 1);
        this.byId.delete(first.id);
      }
      this.call(first, first.args);
      return true;
    }
  }

  call(t, args) {
    this.calls++;
    if (t.resolve) {
      t.resolve();
      return;
    }
    try {
      t.fn.apply(globalThis, args || []);
    } catch (err) {
      this.onError(err);
    }
  }
}

module.exports = { Clock, FRAME_MS };
