package sim

import (
	"testing"

	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// history makes 50 steps of live-tensor counts for one site.
func history(site *engine.Site, count func(step int) int) []map[*engine.Site]engine.SiteCount {
	var h []map[*engine.Site]engine.SiteCount
	for i := range 50 {
		h = append(h, map[*engine.Site]engine.SiteCount{site: {Tensors: count(i), Bytes: int64(4 * count(i))}})
	}
	return h
}

func TestGrowing(t *testing.T) {
	site := &engine.Site{Op: "Tensor.mul"}
	cases := []struct {
		name  string
		count func(int) int
		leaks bool
	}{
		{"one per step", func(i int) int { return 10 + i }, true},
		{"one per epoch of 24 steps", func(i int) int { return 3 + i/24 }, true},
		{"steady", func(int) int { return 7 }, false},
		{"shuffle buffer drained over 32-step epochs", func(i int) int { return 3902 - 120*(i%32) }, false},
		{"shuffle buffer drained over 13-step epochs", func(i int) int { return 777 - 64*(i%13) }, false},
		{"cache filled while warming up", func(i int) int { return min(i, 5) }, false},
		{"per-epoch accumulation released at epoch end", func(i int) int { return i % 20 }, false},
	}
	for _, c := range cases {
		got := growing(history(site, c.count))
		if (len(got) > 0) != c.leaks {
			t.Errorf("%s: growing = %+v, want leak %v", c.name, got, c.leaks)
		}
	}
	got := growing(history(site, func(i int) int { return 10 + 2*i }))
	if len(got) != 1 || got[0].tensors != 2*got[0].steps || got[0].bytes != int64(8*got[0].steps) {
		t.Errorf("two per step: %+v", got)
	}
	internal := &engine.Site{Op: "Adam slot", Internal: true}
	if got := growing(history(internal, func(i int) int { return i })); len(got) != 0 {
		t.Errorf("an internal site leaks: %+v", got)
	}
}
