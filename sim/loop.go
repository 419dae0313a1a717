package sim

import (
	"container/heap"

	"github.com/grafana/sobek"
)

// frameMs is the virtual duration of an animation frame (60 Hz).
const frameMs = 1000.0 / 60

// loop is the event loop: timers and animation frames on a virtual clock.
// Promise jobs need no queue here: sobek runs them whenever control
// returns from JavaScript.
type loop struct {
	r          *run
	now        float64 // virtual milliseconds since the run started
	timers     timerHeap
	seq        int
	nextID     int
	byID       map[int]*timer
	frames     []*timer // requestAnimationFrame callbacks for the next frame
	frameN     int      // frames run
	calls      int
	frameCalls int // of calls, those of animation frames
	frameMax   bool
	current    *timer // the callback running, if any
}

type timer struct {
	id       int
	when     float64
	seq      int
	fn       sobek.Callable
	args     []sobek.Value
	interval float64 // > 0 for setInterval
	frame    bool
	resolve  func(any) error
	dead     bool
	at       *Position // the script's call that scheduled it
	// origin is the UI handler firing whose code armed it (0: loading);
	// a callback inherits its parent callback's.
	origin int
	// renderLoop: an animation-frame callback requested from another
	// one's (a requestAnimationFrame loop); background: armed by a
	// background callback. See background().
	renderLoop, inBackground bool
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when != h[j].when {
		return h[i].when < h[j].when
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *timerHeap) Push(x any)   { *h = append(*h, x.(*timer)) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

func newLoop(r *run) *loop { return &loop{r: r, byID: map[int]*timer{}} }

func (l *loop) add(t *timer) int {
	if t.at == nil {
		t.at = (*host)(l.r).here()
	}
	t.origin = l.r.firing
	if c := l.current; c != nil {
		t.origin = c.origin
		t.renderLoop = t.isFrameCallback() && c.isFrameCallback()
		t.inBackground = l.r.shim.E.Background
	}
	l.nextID++
	l.seq++
	t.id, t.seq = l.nextID, l.seq
	l.byID[t.id] = t
	if t.frame {
		l.frames = append(l.frames, t)
	} else {
		heap.Push(&l.timers, t)
	}
	return t.id
}

// setTimeout/setInterval.
func (l *loop) setTimer(fn sobek.Callable, delay float64, args []sobek.Value, repeat bool) int {
	if delay < 0 || delay != delay {
		delay = 0
	}
	t := &timer{when: l.now + delay, fn: fn, args: args}
	if repeat {
		t.interval = max(delay, 1)
	}
	return l.add(t)
}

func (l *loop) clear(id int) {
	if t := l.byID[id]; t != nil {
		t.dead = true
		delete(l.byID, id)
	}
}

// requestAnimationFrame.
func (l *loop) requestFrame(fn sobek.Callable) int {
	return l.add(&timer{fn: fn, frame: true})
}

// framePromise resolves at the next frame (tf.nextFrame).
func (l *loop) framePromise() sobek.Value {
	p, resolve, _ := l.r.rt.NewPromise()
	l.add(&timer{frame: true, resolve: resolve})
	return l.r.rt.ToValue(p)
}

// nextFrameTime is when the next animation frame is due.
func (l *loop) nextFrameTime() float64 {
	n := float64(int(l.now/frameMs) + 1)
	return n * frameMs
}

// drain runs timers and frames in virtual-time order until none is left or
// a budget ends the run.
func (l *loop) drain() { l.drainUpTo(-1) }

// drainUpTo is drain that returns, with timers still pending, once n more
// callbacks have run (n < 0: no bound): a page whose interval never stops
// (a webcam preview, a drawing loop) is idle enough for its next click,
// as a user's page is.
func (l *loop) drainUpTo(n int) { l.drainUntil(n, nil) }

// drainUntil is drainUpTo that also returns once done (if not nil) holds.
func (l *loop) drainUntil(n int, done func() bool) {
	r := l.r
	limit := l.calls + n
	for !r.stopped.Load() {
		if done != nil && done() {
			return
		}
		for l.timers.Len() > 0 && l.timers[0].dead {
			heap.Pop(&l.timers)
		}
		hasTimer := l.timers.Len() > 0
		hasFrame := len(l.frames) > 0
		if !hasTimer && !hasFrame {
			return
		}
		if n >= 0 && l.calls >= limit {
			return
		}
		if l.calls > maxCallbacks {
			var at *Position
			if l.timers.Len() > 0 {
				at = l.timers[0].at
			} else if len(l.frames) > 0 {
				at = l.frames[0].at
			}
			r.incomplete("timer budget of "+itoa(maxCallbacks)+" callbacks reached: the page keeps scheduling callbacks", at)
			r.interrupt("timer budget reached: the page keeps scheduling callbacks")
			return
		}
		if hasFrame && (!hasTimer || l.nextFrameTime() <= l.timers[0].when) {
			l.runFrame()
			continue
		}
		t := heap.Pop(&l.timers).(*timer)
		l.now = max(l.now, t.when)
		if t.interval > 0 && !t.dead {
			t.when = l.now + t.interval
			l.seq++
			t.seq = l.seq
			heap.Push(&l.timers, t)
		} else {
			delete(l.byID, t.id)
		}
		l.call(t, nil)
	}
}

// runFrame runs every callback registered for the coming frame.
func (l *loop) runFrame() {
	if l.frameN >= l.r.opts.MaxFrames {
		// Past the budget, animation callbacks are dropped (as the
		// oracle's requestAnimationFrame stops scheduling them) and the
		// page goes on: its timers, awaited frames (tf.nextFrame) and,
		// once idle, its UI events.
		reason := "animation-frame budget of " + itoa(l.r.opts.MaxFrames) + " frames reached; later frames were not run"
		var keep []*timer
		for _, t := range l.frames {
			if t.resolve != nil {
				keep = append(keep, t)
			} else if !t.dead {
				l.r.incomplete(reason, t.at)
				delete(l.byID, t.id)
			}
		}
		l.frames = nil // what the kept callbacks' continuations request is the next frame's
		if len(keep) == 0 {
			return
		}
		l.now = l.nextFrameTime()
		for _, t := range keep {
			delete(l.byID, t.id)
			l.call(t, nil)
		}
		return
	}
	l.frameN++
	l.now = l.nextFrameTime()
	batch := l.frames
	l.frames = nil
	for _, t := range batch {
		if t.dead || l.r.stopped.Load() {
			continue
		}
		delete(l.byID, t.id)
		l.frameCalls++
		l.call(t, []sobek.Value{l.r.rt.ToValue(l.now)})
	}
}

func (t *timer) isFrameCallback() bool { return t.frame && t.resolve == nil }

// background tells that, while a UI event is measured, t is a loop that
// runs beside the event rather than the event's own work: a callback armed
// before this firing (at load, by an earlier click), an interval's tick, a
// requestAnimationFrame loop, or what one of those armed. What its ticks
// allocate and keep is per-tick growth, not per-event growth.
func (l *loop) background(t *timer) bool {
	return t.origin != l.r.firing || t.interval > 0 || t.renderLoop || t.inBackground
}

func (l *loop) call(t *timer, args []sobek.Value) {
	l.calls++
	if l.r.inEvents {
		e := l.r.shim.E
		was := e.Background
		e.Background = l.background(t)
		defer func() { e.Background = was }()
	}
	parent := l.current
	l.current = t
	defer func() { l.current = parent }()
	if t.resolve != nil {
		if err := t.resolve(sobek.Undefined()); err != nil {
			l.r.handleTopError(err)
		}
		return
	}
	if t.dead {
		return
	}
	if args == nil {
		args = t.args
	}
	if _, err := t.fn(sobek.Undefined(), args...); err != nil {
		l.r.handleTopError(err)
	}
}
