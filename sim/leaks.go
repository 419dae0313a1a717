package sim

import (
	"slices"
	"strings"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// leaks are the allocation sites of the script whose live tensors grow in
// steady state, with their positions.
func (r *run) leaks() []Leak {
	var out []Leak
	for _, g := range r.growingByPhase() {
		pos := r.original(position(g.site))
		if pos == nil {
			continue
		}
		out = append(out, Leak{File: pos.File, Line: pos.Line, Column: pos.Column, Op: g.site.Op,
			TensorsPerStep: round2(float64(g.tensors) / float64(g.steps)), BytesPerStep: round2(float64(g.bytes) / float64(g.steps)),
			Tensors: g.tensors, Bytes: g.bytes, Steps: g.steps})
	}
	stepSites := map[Position]bool{}
	for _, l := range out {
		stepSites[Position{File: l.File, Line: l.Line, Column: l.Column}] = true
	}
	for _, l := range r.events.leaks {
		p := r.original(&Position{File: l.File, Line: l.Line, Column: l.Column})
		if stepSites[*p] {
			continue // it leaks per step already, or per an earlier event
		}
		stepSites[*p] = true
		l.File, l.Line, l.Column = p.File, p.Line, p.Column
		l.HandlerAt = r.original(l.HandlerAt)
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b Leak) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		if a.Column != b.Column {
			return a.Column - b.Column
		}
		return strings.Compare(a.Op, b.Op)
	})
	return out
}

// growingByPhase finds the leaking sites over the whole history, then over
// each training phase (a run of steps at one call site, such as a fit and
// the fine-tuning loop after it): a leak of the first phase stops growing
// once the second starts, and the whole history would call it a cache that
// filled while training warmed up.
//
// Steps made by UI handler firings are compared within one firing only:
// what grows from one click's training to the next click's is growth per
// click, which driveEvents measures, not per step (a fit of one batch per
// click would otherwise read a per-click leak as one per step).
func (r *run) growingByPhase() []growth {
	at := r.stepsAt
	if len(at) < len(r.history) {
		return growing(r.history)
	}
	at = at[len(at)-len(r.history):] // history keeps only the latest steps
	byFiring := slices.ContainsFunc(at, func(a stepAt) bool { return a.firing > 0 })
	var out []growth
	if !byFiring {
		out = growing(r.history)
	}
	seen := map[*engine.Site]bool{}
	for _, g := range out {
		seen[g.site] = true
	}
	for start := 0; start < len(at); {
		end := start + 1
		for end < len(at) && at[end].site == at[start].site && at[end].firing == at[start].firing {
			end++
		}
		if byFiring && end-start >= 2 || end-start >= 4 && (start > 0 || end < len(at)) {
			for _, g := range growing(r.history[start:end]) {
				if !seen[g.site] {
					seen[g.site] = true
					out = append(out, g)
				}
			}
		}
		start = end
	}
	return out
}

// growth is how much a site's live tensors grew over steps steps.
type growth struct {
	site    *engine.Site
	tensors int
	bytes   int64
	steps   int
}

// growing finds the user sites that leak in history, the live tensors of
// each site after every step. A site leaks when both hold:
//   - its fewest live tensors over the second half of the steps is above
//     its fewest over the first half: a dataset's shuffle or prefetch
//     buffer refills every epoch and drains within it, and each half sees
//     it drained (an epoch no longer than half the steps ends in the first
//     half, and the second half is at least an epoch long);
//   - it holds more tensors after the last step than after the middle one:
//     a cache filled once while training warms up is not a leak.
//
// The growth is measured from the middle step to the last. Sites of tfjs's
// own bookkeeping never count.
func growing(history []map[*engine.Site]engine.SiteCount) []growth {
	n := len(history)
	if n < 2 {
		return nil
	}
	mid := n / 2
	if mid == n-1 {
		mid = n - 2
	}
	first, last := history[mid], history[n-1]
	var out []growth
	for site, c := range last {
		if site.Internal {
			continue
		}
		before := first[site]
		dt := c.Tensors - before.Tensors
		if dt <= 0 || n >= 4 && fewest(history[n/2:], site) <= fewest(history[:n/2], site) {
			continue
		}
		out = append(out, growth{site: site, tensors: dt, bytes: c.Bytes - before.Bytes, steps: n - 1 - mid})
	}
	return out
}

// fewest is the smallest number of live tensors of site after the steps of
// history.
func fewest(history []map[*engine.Site]engine.SiteCount, site *engine.Site) int {
	least := history[0][site].Tensors
	for _, h := range history[1:] {
		least = min(least, h[site].Tensors)
	}
	return least
}

func round2(f float64) float64 {
	if f < 0 {
		return -round2(-f)
	}
	return float64(int64(f*100+0.5)) / 100
}
