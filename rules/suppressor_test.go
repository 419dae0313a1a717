package rules

import (
	"slices"
	"testing"
)

// at builds a directive from comment text placed on lines [line, endLine].
func at(t *testing.T, text string, line, endLine int) Directive {
	t.Helper()
	d, ok, err := ParseDirective(text)
	if !ok || err != nil {
		t.Fatalf("ParseDirective(%q): ok %v, err %v", text, ok, err)
	}
	d.Line, d.EndLine = line, endLine
	d.Offset, d.End = line*100, endLine*100+40
	return d
}

type finding struct {
	id   string
	line int
}

func TestSuppressed(t *testing.T) {
	tests := []struct {
		name       string
		directives func(t *testing.T) []Directive
		silenced   []finding
		reported   []finding
	}{
		{"disable-line covers its own line",
			func(t *testing.T) []Directive { return []Directive{at(t, "tfjslint-disable-line sync-readback", 4, 4)} },
			[]finding{{"sync-readback", 4}},
			[]finding{{"sync-readback", 3}, {"sync-readback", 5}, {"undisposed-tensor", 4}}},
		{"disable-line without IDs covers every rule",
			func(t *testing.T) []Directive { return []Directive{at(t, "tfjslint-disable-line", 4, 4)} },
			[]finding{{"sync-readback", 4}, {"learning-rate", 4}},
			[]finding{{"learning-rate", 5}}},
		{"disable-next-line covers the line after the comment",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-next-line undisposed-tensor, sync-readback -- page lifetime", 7, 7)}
			},
			[]finding{{"undisposed-tensor", 8}, {"sync-readback", 8}},
			[]finding{{"undisposed-tensor", 7}, {"undisposed-tensor", 9}, {"timer-wait", 8}}},
		{"disable-next-line in a block comment counts from its last line",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-next-line\n sgd-optimizer", 3, 5)}
			},
			[]finding{{"sgd-optimizer", 6}},
			[]finding{{"sgd-optimizer", 4}, {"sgd-optimizer", 5}}},
		{"disable/enable block is inclusive of both lines",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable missing-shuffle", 2, 2), at(t, "tfjslint-enable missing-shuffle", 10, 10)}
			},
			[]finding{{"missing-shuffle", 2}, {"missing-shuffle", 6}, {"missing-shuffle", 10}},
			[]finding{{"missing-shuffle", 1}, {"missing-shuffle", 11}, {"sgd-optimizer", 6}}},
		{"disable without enable runs to the end of the file",
			func(t *testing.T) []Directive { return []Directive{at(t, "tfjslint-disable", 3, 3)} },
			[]finding{{"sgd-optimizer", 3}, {"memory-growth", 1000}},
			[]finding{{"sgd-optimizer", 2}}},
		{"enable of one rule after disabling all",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable", 1, 1), at(t, "tfjslint-enable sgd-optimizer", 5, 5)}
			},
			[]finding{{"sgd-optimizer", 4}, {"learning-rate", 6}},
			[]finding{{"sgd-optimizer", 6}}},
		{"enable without IDs ends every disable",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable sgd-optimizer learning-rate", 1, 1), at(t, "tfjslint-enable", 5, 5)}
			},
			[]finding{{"sgd-optimizer", 2}, {"learning-rate", 5}},
			[]finding{{"sgd-optimizer", 6}, {"learning-rate", 6}}},
		{"disable and enable on one line",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable timer-wait", 4, 4), at(t, "tfjslint-enable timer-wait", 4, 4)}
			},
			[]finding{{"timer-wait", 4}},
			[]finding{{"timer-wait", 3}, {"timer-wait", 5}}},
		{"directives given out of order",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-enable timer-wait", 9, 9), at(t, "tfjslint-disable timer-wait", 2, 2)}
			},
			[]finding{{"timer-wait", 5}},
			[]finding{{"timer-wait", 1}, {"timer-wait", 10}}},
		{"syntax-error cannot be silenced",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable", 1, 1), at(t, "tfjslint-disable-line syntax-error", 3, 3)}
			},
			nil,
			[]finding{{"syntax-error", 3}, {"syntax-error", 7}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSuppressor(tt.directives(t))
			for _, f := range tt.silenced {
				if !s.Suppressed(f.id, f.line) {
					t.Errorf("%s on line %d reported, want silenced", f.id, f.line)
				}
			}
			for _, f := range tt.reported {
				if s.Suppressed(f.id, f.line) {
					t.Errorf("%s on line %d silenced, want reported", f.id, f.line)
				}
			}
		})
	}
}

func TestUnused(t *testing.T) {
	tests := []struct {
		name       string
		directives func(t *testing.T) []Directive
		findings   []finding
		unused     []int // lines of the unused directives
	}{
		{"nothing silenced",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-line sgd-optimizer", 3, 3), at(t, "tfjslint-disable-next-line", 5, 5)}
			},
			[]finding{{"learning-rate", 3}, {"sgd-optimizer", 5}},
			[]int{3, 5}},
		{"used directives are not reported",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-line sgd-optimizer", 3, 3), at(t, "tfjslint-disable-next-line", 5, 5)}
			},
			[]finding{{"sgd-optimizer", 3}, {"timer-wait", 6}},
			nil},
		{"a multi-rule directive counts as used when any of its rules was silenced",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-next-line undisposed-tensor, sync-readback", 1, 1)}
			},
			[]finding{{"sync-readback", 2}},
			nil},
		{"a multi-rule directive that silenced nothing is reported once",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-next-line undisposed-tensor, sync-readback", 1, 1)}
			},
			nil,
			[]int{1}},
		{"enable directives are never unused",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable missing-shuffle", 2, 2), at(t, "tfjslint-enable missing-shuffle", 8, 8)}
			},
			[]finding{{"missing-shuffle", 9}},
			[]int{2}},
		{"a nested disable takes over from the outer one",
			func(t *testing.T) []Directive {
				return []Directive{
					at(t, "tfjslint-disable sgd-optimizer", 1, 1),
					at(t, "tfjslint-disable sgd-optimizer", 4, 4),
					at(t, "tfjslint-enable sgd-optimizer", 9, 9),
				}
			},
			[]finding{{"sgd-optimizer", 6}},
			[]int{1}},
		{"a line directive inside a block is the one used",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable", 1, 1), at(t, "tfjslint-disable-line timer-wait", 5, 5)}
			},
			[]finding{{"timer-wait", 5}},
			[]int{1}},
		{"the second of two identical directives is redundant",
			func(t *testing.T) []Directive {
				return []Directive{at(t, "tfjslint-disable-next-line timer-wait", 4, 4), at(t, "tfjslint-disable-line timer-wait", 5, 5)}
			},
			[]finding{{"timer-wait", 5}},
			[]int{5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSuppressor(tt.directives(t))
			for _, f := range tt.findings {
				s.Suppressed(f.id, f.line)
			}
			var lines []int
			for _, d := range s.Unused() {
				lines = append(lines, d.Line)
			}
			if !slices.Equal(lines, tt.unused) {
				t.Errorf("unused directives on lines %v, want %v", lines, tt.unused)
			}
		})
	}
}

func TestUnusedKeepsDirectiveDetails(t *testing.T) {
	d := at(t, "tfjslint-disable-next-line sync-readback -- kept for the page", 12, 12)
	unused := NewSuppressor([]Directive{d}).Unused()
	if len(unused) != 1 {
		t.Fatalf("Unused() = %v", unused)
	}
	got := unused[0]
	if got.Kind != DisableNextLine || got.Offset != d.Offset || got.End != d.End || got.Reason != "kept for the page" ||
		!slices.Equal(got.Rules, []string{"sync-readback"}) {
		t.Errorf("Unused()[0] = %+v, want %+v", got, d)
	}
}
