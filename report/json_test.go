package report

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestJSONGolden(t *testing.T) {
	checkGolden(t, "fixture.json", render(t, "json", fixture(), Options{Version: "1.2.3"}))
}

// documentedExample is the first ```json block of json-schema.md.
func documentedExample(t *testing.T) any {
	t.Helper()
	md, err := os.ReadFile("json-schema.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindSubmatch(md)
	if m == nil {
		t.Fatal("json-schema.md has no ```json example")
	}
	var doc any
	if err := json.Unmarshal(m[1], &doc); err != nil {
		t.Fatalf("json-schema.md example: %v", err)
	}
	return doc
}

func decode(t *testing.T, s string) any {
	t.Helper()
	var doc any
	if err := json.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, s)
	}
	return doc
}

// The output has exactly the keys of the documented example at every level,
// and the same JSON types, so the doc and the code cannot drift apart.
func TestJSONKeysMatchDoc(t *testing.T) {
	want := documentedExample(t)
	got := decode(t, render(t, "json", fixture(), Options{Version: "1.2.3"}))
	sameShape(t, "$", want, got)
}

func sameShape(t *testing.T, path string, want, got any) {
	t.Helper()
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			t.Errorf("%s: got %T, want an object", path, got)
			return
		}
		wk, gk := sortedKeys(w), sortedKeys(g)
		if !slices.Equal(wk, gk) {
			t.Errorf("%s: keys %v, documented %v", path, gk, wk)
		}
		for k, v := range w {
			if gv, ok := g[k]; ok {
				sameShape(t, path+"."+k, v, gv)
			}
		}
	case []any:
		g, ok := got.([]any)
		if !ok {
			t.Errorf("%s: got %T, want an array", path, got)
			return
		}
		if len(w) == 0 {
			return
		}
		for i, gv := range g { // every element looks like the documented one
			sameShape(t, path+"["+strconv.Itoa(i)+"]", w[0], gv)
		}
	default:
		if want != nil && got != nil && jsonType(want) != jsonType(got) {
			t.Errorf("%s: got %T, want %T", path, got, want)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	}
	return "other"
}

// Spot checks of values the golden file could hide in bulk.
func TestJSONValues(t *testing.T) {
	var doc jsonDocument
	if err := json.Unmarshal([]byte(render(t, "json", fixture(), Options{Version: "1.2.3"})), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Version != 1 || doc.Tool != (jsonTool{"tfjslint", "1.2.3"}) {
		t.Errorf("header = %d %+v", doc.Version, doc.Tool)
	}
	if doc.Summary != (jsonSummary{Errors: 1, Warnings: 3, Infos: 2, Files: 3, Skipped: 2}) {
		t.Errorf("summary = %+v", doc.Summary)
	}
	if len(doc.Skipped) != 2 || doc.Skipped[1] != (jsonSkipped{File: "demo/vendor/tf.min.js", Kind: "generated", Reason: "a *.min.js name", Named: true}) {
		t.Errorf("skipped = %+v", doc.Skipped)
	}
	res := fixture()
	for i, f := range doc.Findings { // same order as the input
		in := res.Findings[i]
		if f.File != in.File || f.Rule != in.Rule || f.Severity != in.Severity.String() {
			t.Errorf("finding %d = %s %s %s, want %s %s %s", i, f.File, f.Rule, f.Severity, in.File, in.Rule, in.Severity)
		}
		if f.Range.Start.Offset != in.Range.Start.Offset || f.Range.End.Column != in.Range.End.Column {
			t.Errorf("finding %d range = %+v, want %+v", i, f.Range, in.Range)
		}
		if f.HelpURI != rules.HelpURI(in.Rule) {
			t.Errorf("finding %d helpUri = %q", i, f.HelpURI)
		}
	}
}

// Empty collections are [] (never null) so consumers can iterate blindly.
func TestJSONEmptyArrays(t *testing.T) {
	got := render(t, "json", &lint.Result{}, Options{})
	for _, want := range []string{`"files": []`, `"findings": []`} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s:\n%s", want, got)
		}
	}
	res := &lint.Result{Findings: []lint.Finding{{File: "a.js", Rule: "no-such-rule", Severity: rules.Error,
		Fixes: []lint.Fix{{Message: "empty"}}}}}
	got = render(t, "json", res, Options{})
	for _, want := range []string{`"edits": []`, `"helpUri": ""`} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %s:\n%s", want, got)
		}
	}
	if strings.Contains(got, "null") {
		t.Errorf("null in output:\n%s", got)
	}
	got = render(t, "json", &lint.Result{Findings: []lint.Finding{{File: "a.js", Rule: "timer-wait"}}}, Options{})
	if !strings.Contains(got, `"fixes": []`) {
		t.Errorf("finding without fixes lacks \"fixes\": []:\n%s", got)
	}
}

func TestJSONDoesNotEscapeHTML(t *testing.T) {
	got := render(t, "json", fixture(), Options{})
	if !strings.Contains(got, "in <script> converges") {
		t.Error("< and > were escaped")
	}
}
