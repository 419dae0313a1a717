package rules

import "testing"

func TestClosest(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sgd-optimiser", "sgd-optimizer"},
		{"learning_rate", "learning-rate"},
		{"undisposed-tensors", "undisposed-tensor"},
		{"syntax-error", "syntax-error"},
		{"memory", "memory-growth"},
		{"", "async-tidy"}, // the shortest IDs tie at 10; async-tidy is listed before timer-wait
	}
	for _, tt := range tests {
		if got := Closest(tt.in); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestClosestTiePicksFirstCandidate(t *testing.T) {
	if got := closest("ab", []string{"xb", "ax"}); got != "xb" {
		t.Errorf("closest tie = %q, want the first candidate", got)
	}
}

func TestLevenshtein(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"optimiser", "optimizer", 1},
		{"≤0", "<0", 1}, // counts runes, not bytes
	}
	for _, tt := range tests {
		if got := levenshtein(tt.a, tt.b); got != tt.want {
			t.Errorf("levenshtein(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestUnknownRuleError(t *testing.T) {
	want := `unknown rule "sgd-optimiser"; did you mean "sgd-optimizer"?`
	if got := UnknownRuleError("sgd-optimiser").Error(); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
