package engine

import (
	"runtime"
	"weak"
)

// watched is a tensor allocated while Engine.Watch was on: whether the
// script still holds it is read from a weak pointer once the garbage
// collector has run.
type watched struct {
	p        weak.Pointer[Tensor]
	site     *Site
	bytes    int64
	disposed bool
}

// Watch starts (on) or ends (off) the watch of the tensors allocated from
// now on, other than variables and background callbacks' (see Unreached);
// ending it forgets what was watched.
func (e *Engine) Watch(on bool) {
	e.watching = on
	if !on {
		for _, w := range e.watched {
			if t := w.p.Value(); t != nil {
				t.watch = 0
			}
		}
		e.watched = nil
	}
}

func (e *Engine) noteWatch(t *Tensor) {
	if !e.watching || t.Var != nil || t.background || t.Site == nil {
		return
	}
	e.watched = append(e.watched, watched{p: weak.Make(t), site: t.Site, bytes: t.Bytes()})
	t.watch = len(e.watched)
}

func (e *Engine) noteDisposed(t *Tensor) {
	if t.watch > 0 && t.watch <= len(e.watched) {
		e.watched[t.watch-1].disposed = true
	}
}

// Unreached counts, per allocation site, the watched tensors that were
// never disposed and that nothing holds any more: the script dropped its
// last reference to them (an intermediate of a chain, a variable
// overwritten), so nothing can ever dispose them. A tensor the script still
// holds (in an array of collected examples, a global, a cache) is the
// script's to dispose later, and is not counted. It runs the garbage
// collector.
func (e *Engine) Unreached() map[*Site]SiteCount {
	runtime.GC()
	out := map[*Site]SiteCount{}
	for _, w := range e.watched {
		if w.disposed || w.p.Value() != nil {
			continue
		}
		c := out[w.site]
		c.Tensors++
		c.Bytes += w.bytes
		out[w.site] = c
	}
	return out
}
