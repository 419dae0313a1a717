package rules

import (
	"slices"
	"testing"
)

// wantIDs is the rule list of RULES.md, in order.
var wantIDs = []string{
	"undisposed-tensor", "leaked-temporary", "overwritten-tensor", "async-tidy", "use-after-dispose",
	"variable-in-loop", "sync-readback", "unawaited-training", "timer-wait",
	"resize-full-tensor", "sgd-optimizer", "learning-rate", "missing-shuffle",
	"model-size", "prefer-separable-conv", "deep-without-skip", "saturating-activation", "no-lr-schedule",
	"bad-initializer", "model-not-saved", "manual-weight-export", "localstorage-model", "unnormalized-pixels",
	"loss-activation-mismatch", "shape-mismatch", "nondifferentiable-loss", "batch-size", "refetch-in-loop",
	"unquantized-model", "memory-growth", "sim-incomplete", "minimize-arguments", "syntax-error", "unused-directive", "invalid-directive",
}

func TestCatalogListsEveryRuleOnceInOrder(t *testing.T) {
	var got []string
	for _, r := range All() {
		got = append(got, r.ID)
	}
	if !slices.Equal(got, wantIDs) {
		t.Errorf("All() IDs =\n%q\nwant\n%q", got, wantIDs)
	}
	if !slices.Equal(IDs(), wantIDs) {
		t.Errorf("IDs() differs from All()")
	}
}

func TestCatalogFlags(t *testing.T) {
	var implemented, sim []string
	for _, r := range All() {
		if r.Implemented {
			implemented = append(implemented, r.ID)
		}
		if r.Sim {
			sim = append(sim, r.ID)
		}
		if r.Summary == "" {
			t.Errorf("%s has no summary", r.ID)
		}
		for _, tip := range r.Tips {
			if tip < 1 || tip > 18 {
				t.Errorf("%s cites tip %d; there are 18", r.ID, tip)
			}
		}
	}
	if want := []string{"undisposed-tensor", "leaked-temporary", "overwritten-tensor", "async-tidy", "use-after-dispose", "variable-in-loop", "sync-readback", "unawaited-training", "timer-wait", "resize-full-tensor", "sgd-optimizer", "learning-rate", "missing-shuffle", "model-size", "prefer-separable-conv", "deep-without-skip", "saturating-activation", "no-lr-schedule", "bad-initializer", "model-not-saved", "manual-weight-export", "localstorage-model", "unnormalized-pixels", "loss-activation-mismatch", "shape-mismatch", "nondifferentiable-loss", "batch-size", "refetch-in-loop", "unquantized-model", "memory-growth", "sim-incomplete", "minimize-arguments", "syntax-error", "unused-directive", "invalid-directive"}; !slices.Equal(implemented, want) {
		t.Errorf("implemented = %q, want %q", implemented, want)
	}
	if want := []string{"model-size", "shape-mismatch", "unquantized-model", "memory-growth", "sim-incomplete"}; !slices.Equal(sim, want) {
		t.Errorf("sim = %q, want %q", sim, want)
	}
}

func TestCatalogEntries(t *testing.T) {
	tests := []struct {
		id       string
		tips     []int
		severity Severity
		note     string
		fix      FixKind
	}{
		{"undisposed-tensor", []int{13}, Warning, "error per iteration, warning per event (images, predictions), else info, off once", Suggestion},
		{"overwritten-tensor", []int{13}, Error, "error per iteration, warning per event (images, predictions), else info", Suggestion},
		{"sync-readback", []int{17}, Warning, "warning per iteration, info per event, off once and in Node", Suggestion},
		{"timer-wait", []int{17}, Info, "", NoFix},
		{"sgd-optimizer", []int{5}, Warning, "", Suggestion},
		{"learning-rate", []int{5, 6}, Info, "info outside the range, error if ≤ 0", NoFix},
		{"missing-shuffle", []int{8}, Warning, "", Suggestion},
		{"localstorage-model", []int{9, 16}, Warning, "warning (error if sim size > 5 MB)", NoFix},
		{"shape-mismatch", []int{10, 12}, Error, "", NoFix},
		{"minimize-arguments", []int{5, 11}, Error, "", Suggestion},
		{"sim-incomplete", nil, Info, "", NoFix},
		{"syntax-error", nil, Error, "", NoFix},
		{"unused-directive", nil, Off, "", SafeFix},
		{"invalid-directive", nil, Error, "", NoFix},
	}
	for _, tt := range tests {
		r, ok := Lookup(tt.id)
		if !ok {
			t.Errorf("Lookup(%q) not found", tt.id)
			continue
		}
		if !slices.Equal(r.Tips, tt.tips) || r.DefaultSeverity != tt.severity || r.SeverityNote != tt.note || r.Fix != tt.fix {
			t.Errorf("%s = tips %v, %v %q, fix %v; want tips %v, %v %q, fix %v",
				tt.id, r.Tips, r.DefaultSeverity, r.SeverityNote, r.Fix, tt.tips, tt.severity, tt.note, tt.fix)
		}
	}
	if _, ok := Lookup("sgd-optimiser"); ok {
		t.Error("Lookup found a misspelt ID")
	}
}

func TestRuleOptions(t *testing.T) {
	tests := []struct {
		id, key string
		want    any
	}{
		{"learning-rate", "min-sgd", 0.0},
		{"learning-rate", "max-sgd", 1.0},
		{"learning-rate", "min-momentum", 0.0},
		{"learning-rate", "max-momentum", 1.0},
		{"learning-rate", "min-adam", 1e-6},
		{"learning-rate", "max-adam", 0.1},
		{"learning-rate", "min-adamax", 1e-6},
		{"learning-rate", "max-adamax", 0.1},
		{"learning-rate", "min-adagrad", 1e-6},
		{"learning-rate", "max-adagrad", 0.1},
		{"learning-rate", "min-rmsprop", 1e-6},
		{"learning-rate", "max-rmsprop", 0.1},
		{"deep-without-skip", "min-layers", 8},
		{"no-lr-schedule", "min-epochs", 150},
	}
	count := map[string]int{}
	for _, tt := range tests {
		r, _ := Lookup(tt.id)
		opt, ok := r.Option(tt.key)
		if !ok || opt.Default != tt.want || opt.Doc == "" {
			t.Errorf("%s option %s = %#v (found %v), want default %#v and a doc", tt.id, tt.key, opt, ok, tt.want)
		}
		count[tt.id]++
	}
	for _, r := range All() {
		if len(r.Options) != count[r.ID] {
			t.Errorf("%s has %d options, want %d", r.ID, len(r.Options), count[r.ID])
		}
	}
}

func TestAllReturnsCopies(t *testing.T) {
	All()[11].Options[0].Default = 99.0
	r, _ := Lookup("learning-rate")
	r.Tips[0] = 99
	again, _ := Lookup("learning-rate")
	if again.Options[0].Default != 0.0 || again.Tips[0] != 5 {
		t.Errorf("catalog was modified through a returned Rule: %+v", again)
	}
}

func TestFixKindString(t *testing.T) {
	for k, want := range map[FixKind]string{NoFix: "none", SafeFix: "fix", Suggestion: "suggestion", 7: "FixKind(7)"} {
		if got := k.String(); got != want {
			t.Errorf("FixKind(%d).String() = %q, want %q", int(k), got, want)
		}
	}
	b, err := Suggestion.MarshalJSON()
	if err != nil || string(b) != `"suggestion"` {
		t.Errorf("MarshalJSON = %s, %v", b, err)
	}
}
