package rules

import (
	"strings"
	"testing"
)

func TestMarkdownTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(MarkdownTable(), "\n"), "\n")
	if len(lines) != 2+len(wantIDs) {
		t.Fatalf("table has %d lines, want header, separator and %d rows", len(lines), len(wantIDs))
	}
	wantRows := map[int]string{
		0:  "| ID | tips | default | fix | implemented | summary |",
		1:  "|---|---|---|---|---|---|",
		2:  "| [`undisposed-tensor`](rules/docs/undisposed-tensor.md) | 13 | error per iteration, warning per event (images, predictions), else info, off once | suggestion | yes | a tensor bound to a local variable that is never disposed, returned or handed off |",
		13: "| [`learning-rate`](rules/docs/learning-rate.md) | 5, 6 | info outside the range, error if ≤ 0 | – | yes | a constant learning rate outside the optimizer's working range, or ≤ 0 |",
		35: "| [`unused-directive`](rules/docs/unused-directive.md) | – | off | fix | yes | a tfjslint-disable directive that silenced nothing |",
	}
	for i, want := range wantRows {
		if lines[i] != want {
			t.Errorf("line %d =\n%s\nwant\n%s", i, lines[i], want)
		}
	}
	for i, id := range wantIDs {
		if !strings.Contains(lines[i+2], "`"+id+"`") {
			t.Errorf("row %d is not %s: %s", i, id, lines[i+2])
		}
	}
}
