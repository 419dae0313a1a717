package main

import "testing"

func TestColorFor(t *testing.T) {
	tests := []struct {
		mode, noColor string
		terminal      bool
		want          bool
	}{
		{"auto", "", true, true},
		{"auto", "", false, false}, // piped, CI logs, -o FILE
		{"auto", "1", true, false}, // NO_COLOR
		{"always", "1", false, true},
		{"never", "", true, false},
	}
	for _, tt := range tests {
		if got := colorFor(tt.mode, tt.noColor, tt.terminal); got != tt.want {
			t.Errorf("colorFor(%q, NO_COLOR=%q, terminal=%v) = %v, want %v", tt.mode, tt.noColor, tt.terminal, got, tt.want)
		}
	}
}
