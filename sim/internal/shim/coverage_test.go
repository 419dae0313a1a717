package shim

import (
	"sort"
	"testing"

	"github.com/grafana/sobek"

	"github.com/tfjslint/tfjslint/sim/internal/async"
	"github.com/tfjslint/tfjslint/sim/internal/engine"
)

// testHost is a Host that records nothing.
type testHost struct {
	tasks *async.Group
	notes []string
}

func (h *testHost) Site(op string) *engine.Site            { return &engine.Site{Op: op} }
func (h *testHost) Note(reason string)                     { h.notes = append(h.notes, reason) }
func (h *testHost) Stop(reason string)                     { h.notes = append(h.notes, reason) }
func (h *testHost) Step(*engine.Site)                      {}
func (h *testHost) Training(*engine.Site) bool             { return true }
func (h *testHost) Skipped(string, *engine.Site)           {}
func (h *testHost) Planned(int)                            {}
func (h *testHost) Tasks() *async.Group                    { return h.tasks }
func (h *testHost) Materialize(n int) bool                 { return n < 1<<20 }
func (h *testHost) ShapeError(*engine.Error, *engine.Site) {}
func (h *testHost) Now() float64                           { return 0 }
func (h *testHost) NextFrame() sobek.Value                 { return sobek.Undefined() }
func (h *testHost) Print(string)                           {}
func (h *testHost) Saved(*Model, string, *engine.Site)     {}
func (h *testHost) ReadData(string) (string, bool, error)  { return "", true, nil }

func newTestShim(t testing.TB) *Shim {
	rt := sobek.New()
	h := &testHost{tasks: async.NewGroup(rt, InternalPrefix+"test.js")}
	return New(rt, h, 1)
}

// TestTableCoverage checks that every API of the tfapi table that produces
// tensors is simulated or listed in NotSimulated with a reason.
func TestTableCoverage(t *testing.T) {
	newTestShim(t)
	var missing []string
	for _, a := range TensorProducing() {
		if !Implemented(a.Name) && NotSimulated[a.Name] == "" {
			missing = append(missing, a.Name)
		}
	}
	sort.Strings(missing)
	for _, n := range missing {
		t.Errorf("%s produces tensors but is neither simulated nor listed in NotSimulated", n)
	}
	for n := range NotSimulated {
		if Implemented(n) {
			t.Errorf("%s is simulated but listed in NotSimulated", n)
		}
	}
}
