package sim

import (
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

const (
	// firings is how many times each handler is fired: the first firing
	// may build what later ones reuse (a model, optimizer slots, a cache);
	// what the second adds and keeps is per-event growth.
	firings = 2
	// maxHandlers bounds the handlers a run fires; the others are listed
	// as not fired.
	maxHandlers = 64
)

// inlineHandler is an on<type>="…" attribute of a page, compiled.
type inlineHandler struct {
	typ    string
	target sobek.Value // the element
	fn     sobek.Value
	at     *Position // the attribute's code
	order  int       // the byte offset of its element's tag
}

// Handler is a UI event handler the run fired, each firing once the page
// was idle again, as a user clicks, waits, and clicks again.
type Handler struct {
	Type   string    // "click"
	Target string    // "#train", "button", "document", "window", "#train via document"
	At     *Position // where the script registered it, or the attribute
	// Memory is tf.memory() after each firing; Tensors and Bytes are what
	// the last firing added and kept (per-event growth).
	Memory  []Memory
	Tensors int
	Bytes   int64
	// Steps are the optimizer steps its firings made.
	Steps int
	// Threw tells that a firing ended in an error: its growth is not
	// measured, since the error skipped the handler's own cleanup.
	Threw bool
	// Unfinished tells that a firing's async handler had not settled when
	// the page was measured: what it holds then is work in flight (an
	// unfinished training loop's gradients), not growth.
	Unfinished bool
}

// eventLog is what driving the page's handlers measured.
type eventLog struct {
	handlers []Handler
	leaks    []Leak
	memory   []Memory // after each firing, in order (Report.Events)
	notFired int      // handlers over maxHandlers
}

// driveEvents fires every UI handler the page registered, in order, each
// firings times, once loading is done (the event loop drained): it is how
// pages that train from a button train. Memory is read after each firing
// once the page is idle again; a site whose live tensors grow from one
// firing to the next leaks per event.
func (r *run) driveEvents() {
	if !r.browser || r.stopped.Load() {
		return
	}
	list := r.handlerList()
	if len(list) > maxHandlers {
		r.events.notFired = len(list) - maxHandlers
		list = list[:maxHandlers]
	}
	fire, _ := sobek.AssertFunction(r.stubs.Get("fire"))
	r.inEvents = true
	defer func() { r.inEvents = false }()
	for _, h := range list {
		obj := h.ToObject(r.rt)
		rec := Handler{Type: obj.Get("type").String(), Target: describeTarget(r.rt, obj.Get("target"))}
		if et := obj.Get("eventTarget"); et != nil && !sobek.IsUndefined(et) {
			rec.Target = describeTarget(r.rt, et) + " via " + rec.Target // a delegating listener
		}
		if i := int(obj.Get("at").ToInteger()); i >= 0 && i < len(r.wheres) {
			rec.At = r.wheres[i]
		}
		var snaps []map[*engine.Site]engine.SiteCount
		var own []Memory // tf.memory() without what background loops keep
		before, skippedBefore := len(r.steps), r.skipped
		r.planned = 0
		threw, unfinished := false, false
		// The tensors the firings make are watched: what grows and
		// is still held by the page is the page's to keep.
		r.shim.E.Watch(true)
		for range firings {
			errsBefore, rejectedBefore := len(r.uncaught), len(r.rejected)
			r.firing++
			v, err := fire(sobek.Undefined(), h)
			var p *sobek.Promise
			if err != nil {
				r.handleTopError(err)
			} else if pr, ok := v.Export().(*sobek.Promise); ok {
				r.pending = append(r.pending, pr)
				p = pr
			}
			r.loop.drainUpTo(idleCallbacks)
			settled := func() bool { return p == nil || p.State() != sobek.PromiseStatePending }
			if !settled() {
				r.loop.drainUntil(finishCallbacks, settled)
			}
			if r.stopped.Load() {
				break
			}
			if !settled() {
				unfinished = true
			}
			// A firing that threw stopped before its own cleanup (often
			// on a stand-in the dry run made up): what it left behind is
			// no growth of the handler.
			if r.threwSince(errsBefore, rejectedBefore) {
				threw = true
			}
			m := r.shim.E.Memory()
			mem := Memory{NumTensors: m.NumTensors, NumBytes: m.NumBytes}
			rec.Memory = append(rec.Memory, mem)
			r.events.memory = append(r.events.memory, mem)
			snap, bg := foreground(r.shim.E.Sites())
			snaps = append(snaps, snap)
			own = append(own, Memory{NumTensors: mem.NumTensors - bg.NumTensors, NumBytes: mem.NumBytes - bg.NumBytes})
		}
		rec.Steps = len(r.steps) - before
		rec.Threw, rec.Unfinished = threw, unfinished
		if n := len(rec.Memory); n >= 2 && !threw && !unfinished {
			rec.Tensors = own[n-1].NumTensors - own[n-2].NumTensors
			rec.Bytes = own[n-1].NumBytes - own[n-2].NumBytes
			grown := growing(snaps[n-2:])
			var lost map[*engine.Site]engine.SiteCount
			if len(grown) > 0 {
				lost = r.shim.E.Unreached()
			}
			owners := r.modelOwners(grown)
			byModel := map[*engine.Site]int{}
			// A click that trains more than one step (or more than the budget
			// let it, or than the data the dry run could read let it: a fit
			// of many epochs) waits for a training; one step per click is a
			// manual stepping loop, clicked often.
			retrain := len(r.steps)-before > firings || r.skipped > skippedBefore || r.planned > 1
			for _, g := range grown {
				site := g.site
				model := owners[site]
				if model != nil {
					site = model
					if i, ok := byModel[model]; ok {
						l := &r.events.leaks[i]
						l.Tensors += g.tensors
						l.Bytes += g.bytes
						l.TensorsPerStep, l.BytesPerStep = float64(l.Tensors), float64(l.Bytes)
						continue
					}
				}
				if pos := position(site); pos != nil {
					if model != nil {
						byModel[model] = len(r.events.leaks)
					}
					r.events.leaks = append(r.events.leaks, Leak{File: pos.File, Line: pos.Line, Column: pos.Column, Op: site.Op,
						TensorsPerStep: float64(g.tensors), BytesPerStep: float64(g.bytes), Tensors: g.tensors, Bytes: g.bytes, Steps: 1,
						Event: rec.Type, Target: rec.Target, HandlerAt: rec.At, Model: model != nil, Retrain: retrain,
						HandlerBytes: rec.Bytes, Kept: model == nil && lost[g.site].Tensors == 0})
				}
			}
		}
		r.shim.E.Watch(false)
		r.events.handlers = append(r.events.handlers, rec)
		if r.stopped.Load() {
			return
		}
	}
}

// foreground is sites without the tensors background loops allocated
// (loop.background), and what those add up to.
func foreground(sites map[*engine.Site]engine.SiteCount) (map[*engine.Site]engine.SiteCount, Memory) {
	var bg Memory
	for s, c := range sites {
		if c.BackgroundTensors == 0 && c.BackgroundBytes == 0 {
			continue
		}
		bg.NumTensors += c.BackgroundTensors
		bg.NumBytes += c.BackgroundBytes
		if f := c.Foreground(); f.Tensors != 0 || f.Bytes != 0 {
			sites[s] = f
		} else {
			delete(sites, s)
		}
	}
	return sites, bg
}

// threwSince reports an error or unhandled rejection after the given
// counts, other than one on what a training call skipped past the step
// budget returned: that stop is the dry run's, and what the handler built
// before it is measured as before.
func (r *run) threwSince(errs, rejected int) bool {
	for _, e := range r.uncaught[min(errs, len(r.uncaught)):] {
		if !r.afterSkip[e] {
			return true
		}
	}
	for _, p := range r.rejected[min(rejected, len(r.rejected)):] {
		if !r.afterSkip[p] {
			return true
		}
	}
	return false
}

// modelOwners maps the allocation sites of each compiled model's own
// tensors to the site that built the model, so that a model rebuilt on
// every click is one leak, not one per layer: its weights, and its
// optimizer's state when the model's weights leak too (an optimizer
// passed in outlives a disposed model, and is a leak of its own).
func (r *run) modelOwners(grown []growth) map[*engine.Site]*engine.Site {
	growing := map[*engine.Site]bool{}
	for _, g := range grown {
		growing[g.site] = true
	}
	out := map[*engine.Site]*engine.Site{}
	for _, m := range r.shim.Models {
		if m.Site == nil || m.Site.Internal || position(m.Site) == nil {
			continue
		}
		weights, opt := m.OwnSites()
		leaks := false
		for _, s := range weights {
			if growing[s] {
				leaks = true
			}
		}
		if !leaks {
			continue
		}
		if opt != nil {
			weights = append(weights, opt)
		}
		for _, s := range weights {
			if _, ok := out[s]; !ok && !s.Internal {
				out[s] = m.Site
			}
		}
	}
	return out
}

// handlerList is the page's handlers, as stubs.js lists them: inline
// attributes first, in document order.
func (r *run) handlerList() []sobek.Value {
	rt := r.rt
	inline := make([]any, 0, len(r.inline))
	for _, h := range r.inline {
		o := rt.NewObject()
		_ = o.Set("type", h.typ)
		_ = o.Set("target", h.target)
		_ = o.Set("fn", h.fn)
		r.wheres = append(r.wheres, h.at)
		_ = o.Set("at", len(r.wheres)-1)
		_ = o.Set("order", h.order)
		inline = append(inline, o)
	}
	fn, _ := sobek.AssertFunction(r.stubs.Get("handlers"))
	v, err := fn(sobek.Undefined(), rt.NewArray(inline...))
	if err != nil {
		r.handleTopError(err)
		return nil
	}
	var out []sobek.Value
	arr := v.ToObject(rt)
	for i := range int(arr.Get("length").ToInteger()) {
		out = append(out, arr.Get(itoa(i)))
	}
	return out
}

// describeTarget names an event's target: "#id", the tag, "document" or
// "window".
func describeTarget(rt *sobek.Runtime, v sobek.Value) string {
	o, ok := v.(*sobek.Object)
	switch {
	case !ok:
		return "?"
	case o == rt.GlobalObject():
		return "window"
	case o == rt.Get("document"):
		return "document"
	}
	if id := o.Get("id"); id != nil && id.String() != "" {
		return "#" + id.String()
	}
	if tag := o.Get("tagName"); tag != nil && tag.String() != "" {
		return strings.ToLower(tag.String())
	}
	return "an element"
}

// Event names what fires a handler: "click on #train".
func (h Handler) Event() string { return h.Type + " on " + h.Target }
