package sim

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/script"
	"github.com/tfjslint/tfjslint/sim/internal/shim"
)

//go:embed stubs.js
var stubsJS string

// installGlobals defines what every run has: console, timers, animation
// frames, performance, and the network entry points that stop the run.
func (r *run) installGlobals() {
	rt := r.rt
	g := rt.GlobalObject()
	_ = g.Set("globalThis", g)
	con := rt.NewObject()
	for _, name := range []string{"log", "info", "warn", "error", "debug", "trace", "dir", "table"} {
		_ = con.Set(name, func(c sobek.FunctionCall) sobek.Value {
			parts := make([]string, len(c.Arguments))
			for i, a := range c.Arguments {
				parts[i] = a.String()
			}
			r.print(strings.Join(parts, " "))
			return sobek.Undefined()
		})
	}
	for _, name := range []string{"time", "timeEnd", "timeLog", "group", "groupEnd", "groupCollapsed", "assert", "count", "clear"} {
		_ = con.Set(name, func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
	}
	_ = g.Set("console", con)

	timer := func(repeat bool) func(c sobek.FunctionCall) sobek.Value {
		return func(c sobek.FunctionCall) sobek.Value {
			fn, ok := sobek.AssertFunction(c.Argument(0))
			if !ok {
				return rt.ToValue(0)
			}
			delay := 0.0
			if len(c.Arguments) > 1 {
				delay = c.Argument(1).ToFloat()
			}
			var args []sobek.Value
			if len(c.Arguments) > 2 {
				args = append(args, c.Arguments[2:]...)
			}
			return rt.ToValue(r.loop.setTimer(fn, delay, args, repeat))
		}
	}
	clear := func(c sobek.FunctionCall) sobek.Value {
		r.loop.clear(int(c.Argument(0).ToInteger()))
		return sobek.Undefined()
	}
	_ = g.Set("setTimeout", timer(false))
	_ = g.Set("setInterval", timer(true))
	_ = g.Set("setImmediate", timer(false))
	_ = g.Set("clearTimeout", clear)
	_ = g.Set("clearInterval", clear)
	_ = g.Set("clearImmediate", clear)
	_ = g.Set("requestAnimationFrame", func(c sobek.FunctionCall) sobek.Value {
		fn, ok := sobek.AssertFunction(c.Argument(0))
		if !ok {
			return rt.ToValue(0)
		}
		return rt.ToValue(r.loop.requestFrame(fn))
	})
	_ = g.Set("cancelAnimationFrame", clear)
	if _, err := script.Run(rt, shim.InternalPrefix+"globals.js", `globalThis.queueMicrotask = (f) => { Promise.resolve().then(f); };`); err != nil {
		panic(err)
	}
	perf := rt.NewObject()
	_ = perf.Set("now", func(sobek.FunctionCall) sobek.Value { return rt.ToValue(r.loop.now) })
	_ = g.Set("performance", perf)

	stopper := func(what string) func(c sobek.FunctionCall) sobek.Value {
		return func(c sobek.FunctionCall) sobek.Value {
			target := ""
			if len(c.Arguments) > 0 {
				target = c.Argument(0).String()
			}
			h := (*host)(r)
			h.Stop(fmt.Sprintf("%s(%s): network access is not simulated", what, target))
			panic(rt.NewTypeError(what + " is not available in the simulator"))
		}
	}
	_ = g.Set("fetch", stopper("fetch"))
	_ = g.Set("importScripts", stopper("importScripts"))
	for _, ctor := range []string{"XMLHttpRequest", "WebSocket", "EventSource"} {
		name := ctor
		_ = g.Set(name, func(c sobek.ConstructorCall) *sobek.Object {
			o := rt.NewObject()
			_ = o.Set("open", stopper(name+".open"))
			_ = o.Set("send", stopper(name+".send"))
			_ = o.Set("addEventListener", func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
			_ = o.Set("setRequestHeader", func(sobek.FunctionCall) sobek.Value { return sobek.Undefined() })
			if name != "XMLHttpRequest" {
				(*host)(r).Stop("new " + name + "(): network access is not simulated")
			}
			return o
		})
	}
	v, err := script.Run(rt, shim.InternalPrefix+"stubs.js", stubsJS)
	if err != nil {
		panic(err)
	}
	hostObj := rt.NewObject()
	_ = hostObj.Set("note", func(c sobek.FunctionCall) sobek.Value {
		(*host)(r).Note(c.Argument(0).String())
		return sobek.Undefined()
	})
	_ = hostObj.Set("standIn", func(c sobek.FunctionCall) sobek.Value {
		r.standIns = append(r.standIns, c.Argument(0).String())
		return sobek.Undefined()
	})
	_ = hostObj.Set("where", func(sobek.FunctionCall) sobek.Value {
		// Where the script is now (a handler's registration): an index
		// into r.wheres, or -1.
		p := (*host)(r).here()
		if p == nil {
			return rt.ToValue(-1)
		}
		r.wheres = append(r.wheres, p)
		return rt.ToValue(len(r.wheres) - 1)
	})
	r.installFiles(hostObj)
	fn, _ := sobek.AssertFunction(v)
	lib, err := fn(sobek.Undefined(), g, hostObj)
	if err != nil {
		panic(err)
	}
	r.stubs = lib.ToObject(rt)
}

// standIn returns a quiet inert stand-in (stubs.js): any use works,
// nothing is noted.
func (r *run) standIn(name string) sobek.Value {
	fn, _ := sobek.AssertFunction(r.stubs.Get("standIn"))
	v, err := fn(sobek.Undefined(), r.rt.ToValue(name))
	if err != nil {
		return sobek.Undefined()
	}
	return v
}

// stub returns an inert stand-in named name (stubs.js).
func (r *run) stub(name string) sobek.Value {
	fn, _ := sobek.AssertFunction(r.stubs.Get("stub"))
	v, err := fn(sobek.Undefined(), r.rt.ToValue(name))
	if err != nil {
		return sobek.Undefined()
	}
	return v
}

// installBrowser gives a page document, window and the DOM stand-ins,
// with the ids, tags and sizes of the page's elements.
func (r *run) installBrowser(elements map[string]element, list []element) {
	// Maps become objects with their keys sorted: their property order
	// (Object.keys, for…in, an element's dataset) is the same every run.
	object := func(m map[string]string) *sobek.Object {
		o := r.rt.NewObject()
		for _, k := range slices.Sorted(maps.Keys(m)) {
			_ = o.Set(k, m[k])
		}
		return o
	}
	toJS := func(el element) *sobek.Object {
		o := r.rt.NewObject()
		_ = o.Set("tag", el.tag)
		_ = o.Set("attrs", object(el.attrs))
		_ = o.Set("order", el.order)
		if el.tag == "select" {
			opts := make([]any, len(el.options))
			for i, oa := range el.options {
				opts[i] = object(oa)
			}
			_ = o.Set("options", r.rt.NewArray(opts...))
			_ = o.Set("selected", el.selected)
		}
		return o
	}
	objs := r.rt.NewObject()
	for _, id := range slices.Sorted(maps.Keys(elements)) {
		_ = objs.Set(id, toJS(elements[id]))
	}
	all := make([]any, len(list))
	for i, el := range list {
		all[i] = toJS(el)
	}
	r.browser = true
	fn, _ := sobek.AssertFunction(r.stubs.Get("installBrowser"))
	if _, err := fn(sobek.Undefined(), objs, r.rt.NewArray(all...)); err != nil {
		panic(err)
	}
}

// installNode gives a Node script process (without the environment).
func (r *run) installNode() {
	rt := r.rt
	p := rt.NewObject()
	env := rt.NewObject()
	_ = p.DefineAccessorProperty("env", rt.ToValue(func(sobek.FunctionCall) sobek.Value {
		(*host)(r).Note("process.env: the simulator gives scripts no environment")
		return env
	}), nil, sobek.FLAG_TRUE, sobek.FLAG_TRUE)
	_ = p.Set("argv", rt.NewArray("/usr/local/bin/node", absPath(r.file)))
	_ = p.Set("platform", "linux")
	_ = p.Set("version", "v20.0.0")
	_ = p.Set("versions", map[string]any{"node": "20.0.0"})
	_ = p.Set("exitCode", 0)
	_ = p.Set("cwd", func(sobek.FunctionCall) sobek.Value { return rt.ToValue("/") })
	_ = p.Set("exit", func(sobek.FunctionCall) sobek.Value {
		r.exited = true
		r.interrupt("process.exit")
		panic(rt.NewGoError(fmt.Errorf("process.exit")))
	})
	for _, name := range []string{"on", "once", "off", "removeListener", "emitWarning"} {
		_ = p.Set(name, func(sobek.FunctionCall) sobek.Value { return p })
	}
	_ = p.Set("nextTick", func(c sobek.FunctionCall) sobek.Value {
		q, _ := sobek.AssertFunction(rt.Get("queueMicrotask"))
		_, _ = q(sobek.Undefined(), c.Argument(0))
		return sobek.Undefined()
	})
	_ = p.Set("memoryUsage", func(sobek.FunctionCall) sobek.Value {
		return rt.ToValue(map[string]any{"rss": 0, "heapTotal": 0, "heapUsed": 0, "external": 0})
	})
	_ = p.Set("hrtime", func(sobek.FunctionCall) sobek.Value {
		ns := int64(r.loop.now * 1e6)
		return rt.NewArray(ns/1e9, ns%1e9)
	})
	out := rt.NewObject()
	_ = out.Set("write", func(c sobek.FunctionCall) sobek.Value {
		r.print(strings.TrimRight(c.Argument(0).String(), "\n"))
		return rt.ToValue(true)
	})
	_ = p.Set("stdout", out)
	_ = p.Set("stderr", out)
	_ = rt.GlobalObject().Set("process", p)
}
