package lsp

import (
	"strings"
	"testing"
)

// A leak in a loop has two places: the allocation (the diagnostic's range)
// and the loop that repeats it (its related information, the loop's head).
func TestRelatedInformation(t *testing.T) {
	dir, file := project(t)
	c := startClient(t, dir, pushCaps)
	uri := c.open(file, "javascript", loopJS)
	p, _ := c.diagnostics(uri, 0, has("unused-directive", "undisposed-tensor"))
	leak := find(p.Diagnostics, "undisposed-tensor")
	if len(leak.RelatedInformation) != 1 {
		t.Fatalf("related information = %+v, want the loop", leak.RelatedInformation)
	}
	rel := leak.RelatedInformation[0]
	head := strings.Split(loopJS, "\n")[4] // for (let i = 0; i < 100; i++) {
	want := Range{Start: Position{Line: 4}, End: Position{Line: 4, Character: len(head)}}
	if rel.Location.URI != uri || rel.Location.Range != want || !strings.Contains(rel.Message, "loop") {
		t.Errorf("related = %+v, want the loop's head %+v", rel, want)
	}
	if u := find(p.Diagnostics, "unused-directive"); len(u.RelatedInformation) != 0 {
		t.Errorf("a finding with one place has related information: %+v", u.RelatedInformation)
	}
}
