package lint

import (
	"strings"
	"testing"
)

// finding flags the first occurrence of snippet at or after offset from.
func findingAt(t *testing.T, src, rule, snippet string, from int) Finding {
	t.Helper()
	i := strings.Index(src[from:], snippet)
	if i < 0 {
		t.Fatalf("%q not in source", snippet)
	}
	i += from
	pos := func(off int) Position {
		line := strings.Count(src[:off], "\n") + 1
		return Position{Offset: off, Line: line, Column: off - strings.LastIndex(src[:off], "\n")}
	}
	return Finding{File: "web/a.js", Rule: rule, Range: Range{Start: pos(i), End: pos(i + len(snippet))}}
}

func TestFingerprintsSurviveLineShifts(t *testing.T) {
	before := "const a = tf.train.sgd(0.1);\nx.dataSync();\nx.dataSync();\n"
	after := "// a new comment\n\nfunction f() {\n\t\tconst a = tf.train.sgd(0.1);\n}\n  x.dataSync();\n    x.dataSync();\n"
	fps := func(src string) []string {
		var fs []Finding
		fs = append(fs, findingAt(t, src, "sgd-optimizer", "tf.train.sgd(0.1)", 0))
		first := findingAt(t, src, "sync-readback", "x.dataSync()", 0)
		second := findingAt(t, src, "sync-readback", "x.dataSync()", first.Range.End.Offset)
		fs = append(fs, first, second)
		return Fingerprints(fs, map[string][]byte{"web/a.js": []byte(src)}, Paths{})
	}
	b, a := fps(before), fps(after)
	for i := range b {
		if b[i] != a[i] {
			t.Errorf("finding %d: fingerprint changed with the line shift and re-indentation: %s -> %s", i, b[i], a[i])
		}
		if len(b[i]) != 32 {
			t.Errorf("fingerprint %q is not 32 hex digits", b[i])
		}
	}
	// Two findings on identical lines differ by their occurrence index.
	if b[1] == b[2] {
		t.Error("two findings of one rule on identical lines share a fingerprint")
	}
}

func TestFingerprintsChangeWithWhatMatters(t *testing.T) {
	src := "const a = tf.train.sgd(0.1);\n"
	f := findingAt(t, src, "sgd-optimizer", "tf.train.sgd(0.1)", 0)
	base := Fingerprints([]Finding{f}, map[string][]byte{f.File: []byte(src)}, Paths{})[0]

	edited := "const a = tf.train.sgd(0.2);\n"
	g := findingAt(t, edited, "sgd-optimizer", "tf.train.sgd(0.2)", 0)
	if Fingerprints([]Finding{g}, map[string][]byte{g.File: []byte(edited)}, Paths{})[0] == base {
		t.Error("editing the flagged line kept the fingerprint")
	}
	other := f
	other.Rule = "learning-rate"
	if Fingerprints([]Finding{other}, map[string][]byte{f.File: []byte(src)}, Paths{})[0] == base {
		t.Error("another rule on the same text shares the fingerprint")
	}
	moved := f
	moved.File = "web/b.js"
	if Fingerprints([]Finding{moved}, map[string][]byte{moved.File: []byte(src)}, Paths{})[0] == base {
		t.Error("the same text in another file shares the fingerprint")
	}
	// The repository path counts, not the name the run gave: the same file
	// seen from the root and from web/ is one finding.
	fromWeb := f
	fromWeb.File = "a.js"
	got := Fingerprints([]Finding{fromWeb}, map[string][]byte{"a.js": []byte(src)}, Paths{Root: "/r", WorkDir: "/r/web"})[0]
	if got != base {
		t.Error("the fingerprint depends on the working directory")
	}
	// Messages carry numbers that move (sizes, counts): they are left out.
	msg := f
	msg.Message = "2.5 MiB"
	if Fingerprints([]Finding{msg}, map[string][]byte{f.File: []byte(src)}, Paths{})[0] != base {
		t.Error("the message changed the fingerprint")
	}
}

func TestFingerprintsWholeFileAndOddRanges(t *testing.T) {
	src := []byte("a\nb\n")
	fs := []Finding{
		{File: "a.js", Rule: "model-size"},                                                                     // whole file
		{File: "a.js", Rule: "x", Range: Range{Start: Position{Line: 9, Offset: 99}}},                          // past the end
		{File: "a.js", Rule: "x", Range: Range{Start: Position{Line: 1, Offset: 2}, End: Position{Offset: 1}}}, // end before start
		{File: "gone.js", Rule: "x", Range: Range{Start: Position{Line: 1, Offset: 0}}},                        // no source
	}
	got := Fingerprints(fs, map[string][]byte{"a.js": src}, Paths{})
	for i, g := range got {
		if len(g) != 32 {
			t.Errorf("%d: %q", i, g)
		}
	}
	if flaggedText(src, fs[2].Range) != "b" {
		t.Errorf("end before start: %q, want the start line", flaggedText(src, fs[2].Range))
	}
}

// A fingerprint counts the findings like it before it, so it is recorded on
// the whole run: a baseline or --quiet leaving the first of two findings on
// identical lines out must not give the second the first one's name.
func TestSetFingerprintsSurviveFiltering(t *testing.T) {
	src := "x.dataSync();\nx.dataSync();\n"
	first := findingAt(t, src, "sync-readback", "x.dataSync()", 0)
	second := findingAt(t, src, "sync-readback", "x.dataSync()", first.Range.End.Offset)
	res := &Result{Findings: []Finding{first, second}, Sources: map[string][]byte{"web/a.js": []byte(src)}}
	paths := Paths{Root: "/r", WorkDir: "/r"}
	want := Fingerprints(res.Findings, res.Sources, paths)
	if got := res.Fingerprints(paths); got[0] != want[0] || got[1] != want[1] {
		t.Errorf("without SetFingerprints: %v, want them computed: %v", got, want)
	}
	res.SetFingerprints(paths)
	for i, f := range res.Findings {
		if f.Fingerprint != want[i] {
			t.Errorf("finding %d: Fingerprint %q, want %q", i, f.Fingerprint, want[i])
		}
	}
	res.Findings = res.Findings[1:]
	if got := res.Fingerprints(paths); got[0] != want[1] {
		t.Errorf("after filtering, the second finding is %s, want its own %s (the first's is %s)", got[0], want[1], want[0])
	}
}
