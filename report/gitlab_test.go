package report

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestGitLabGolden(t *testing.T) {
	checkGolden(t, "fixture.gitlab", render(t, "gitlab", fixture(), Options{}))
}

// checkGitLabShape checks a report against GitLab's documented code quality
// format (docs.gitlab.com/ci/testing/code_quality, "Code Quality report
// format"): a JSON array of issues, each with a string description,
// check_name and fingerprint, a severity among info, minor, major, critical
// and blocker, and a location with a relative path and lines.begin ≥ 1
// (lines.end, when present, not before begin). Unknown keys are refused so
// that the check fails when the output drifts from the documented set.
func checkGitLabShape(doc string) error {
	var issues []map[string]any
	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	if err := dec.Decode(&issues); err != nil {
		return fmt.Errorf("not a JSON array of objects: %v", err)
	}
	if issues == nil {
		return fmt.Errorf("null, not an array")
	}
	fingerprints := map[string]bool{}
	for i, is := range issues {
		for k := range is {
			switch k {
			case "description", "check_name", "fingerprint", "severity", "location":
			default:
				return fmt.Errorf("issue %d: undocumented key %q", i, k)
			}
		}
		for _, k := range []string{"description", "check_name", "fingerprint", "severity"} {
			s, ok := is[k].(string)
			if !ok || s == "" {
				return fmt.Errorf("issue %d: %s must be a non-empty string, got %#v", i, k, is[k])
			}
		}
		switch is["severity"] {
		case "info", "minor", "major", "critical", "blocker":
		default:
			return fmt.Errorf("issue %d: severity %q", i, is["severity"])
		}
		fp := is["fingerprint"].(string)
		if fingerprints[fp] {
			return fmt.Errorf("issue %d: fingerprint %s is not unique", i, fp)
		}
		fingerprints[fp] = true
		loc, ok := is["location"].(map[string]any)
		if !ok {
			return fmt.Errorf("issue %d: location must be an object", i)
		}
		path, ok := loc["path"].(string)
		if !ok || path == "" || strings.HasPrefix(path, "/") || strings.HasPrefix(path, "./") || strings.Contains(path, `\`) {
			return fmt.Errorf("issue %d: location.path %#v is not a relative forward-slash path", i, loc["path"])
		}
		lines, ok := loc["lines"].(map[string]any)
		if !ok {
			return fmt.Errorf("issue %d: location.lines must be an object", i)
		}
		begin, err := positiveInt(lines["begin"])
		if err != nil {
			return fmt.Errorf("issue %d: lines.begin: %v", i, err)
		}
		if end, ok := lines["end"]; ok {
			e, err := positiveInt(end)
			if err != nil || e < begin {
				return fmt.Errorf("issue %d: lines.end %v before begin %d", i, end, begin)
			}
		}
		for k := range loc {
			if k != "path" && k != "lines" {
				return fmt.Errorf("issue %d: undocumented location key %q", i, k)
			}
		}
	}
	return nil
}

func positiveInt(v any) (int64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("%#v is not a number", v)
	}
	i, err := n.Int64()
	if err != nil || i < 1 {
		return 0, fmt.Errorf("%s is not an integer ≥ 1", n)
	}
	return i, nil
}

func TestGitLabShape(t *testing.T) {
	wholeFile := fixture()
	wholeFile.Findings = append(wholeFile.Findings, lint.Finding{File: "demo/train.js", Rule: "model-size",
		Severity: rules.Warning, Message: "2.4 MiB of float32 weights"})
	for name, res := range map[string]*lint.Result{"fixture": fixture(), "empty": {}, "whole file": wholeFile} {
		t.Run(name, func(t *testing.T) {
			if err := checkGitLabShape(render(t, "gitlab", res, Options{Paths: lint.Paths{Root: "/r", WorkDir: "/r"}})); err != nil {
				t.Error(err)
			}
		})
	}
	if got := render(t, "gitlab", &lint.Result{}, Options{}); got != "[]\n" {
		t.Errorf("empty report = %q, want []", got)
	}
}

// The shape check must be able to fail, or the test above proves nothing.
func TestGitLabShapeRejectsBrokenReports(t *testing.T) {
	valid := render(t, "gitlab", fixture(), Options{})
	checkCanFail(t, checkGitLabShape, valid, map[string]string{
		"object":        `{}`,
		"null":          `null`,
		"bad severity":  strings.Replace(valid, `"severity": "minor"`, `"severity": "warning"`, 1),
		"line 0":        strings.Replace(valid, `"begin": 6`, `"begin": 0`, 1),
		"absolute path": strings.Replace(valid, `"path": "demo/train.js"`, `"path": "/demo/train.js"`, 1),
		"no check_name": strings.Replace(valid, `"check_name"`, `"check"`, 1),
		"extra key":     strings.Replace(valid, `"description"`, `"extra": 1, "description"`, 1),
	})
}

func TestGitLabIssues(t *testing.T) {
	src := "x.dataSync();\n"
	r := lint.Range{Start: lint.Position{Offset: 0, Line: 1, Column: 1}, End: lint.Position{Offset: 12, Line: 1, Column: 13}}
	multi := lint.Range{Start: lint.Position{Offset: 0, Line: 2, Column: 1}, End: lint.Position{Offset: 0, Line: 4, Column: 2}}
	res := &lint.Result{
		Sources: map[string][]byte{"a.js": []byte(src)},
		Findings: []lint.Finding{
			{File: "a.js", Rule: "learning-rate", Severity: rules.Error, Range: r, Message: "e <b>"},
			{File: "a.js", Rule: "sync-readback", Severity: rules.Warning, Range: r, Message: "w"},
			{File: "a.js", Rule: "timer-wait", Severity: rules.Info, Range: multi, Message: "i"},
			{File: "a.js", Rule: "model-size", Severity: rules.Warning, Message: "whole file"},
		},
	}
	var issues []gitlabIssue
	out := render(t, "gitlab", res, Options{Paths: lint.Paths{Root: "/r", WorkDir: "/r/web"}})
	if err := json.Unmarshal([]byte(out), &issues); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		severity   string
		begin, end int
	}{{"major", 1, 0}, {"minor", 1, 0}, {"info", 2, 4}, {"minor", 1, 0}}
	for i, w := range want {
		is := issues[i]
		if is.Severity != w.severity || is.Location.Lines.Begin != w.begin || is.Location.Lines.End != w.end {
			t.Errorf("issue %d: %s lines %+v, want %s %d-%d", i, is.Severity, is.Location.Lines, w.severity, w.begin, w.end)
		}
		if is.Location.Path != "web/a.js" || is.CheckName != res.Findings[i].Rule || is.Description != res.Findings[i].Message {
			t.Errorf("issue %d: %+v", i, is)
		}
	}
	if !strings.Contains(out, `"e <b>"`) {
		t.Error("HTML in a message was escaped")
	}
	// The same run gives the same fingerprints: the widget compares them
	// between the merge request and its target branch.
	if again := render(t, "gitlab", res, Options{Paths: lint.Paths{Root: "/r", WorkDir: "/r/web"}}); again != out {
		t.Error("two runs differ")
	}
}

// A fingerprint recorded on the finding (Result.SetFingerprints, before a
// baseline filtered the run) is the one reported, in GitLab's and SARIF's
// output alike.
func TestRecordedFingerprintsReported(t *testing.T) {
	res := fixture()
	for i := range res.Findings {
		res.Findings[i].Fingerprint = fmt.Sprintf("recorded%024d", i)
	}
	for _, format := range []string{"gitlab", "sarif"} {
		out := render(t, format, res, Options{})
		for i := range res.Findings {
			if want := fmt.Sprintf("recorded%024d", i); !strings.Contains(out, `"`+want+`"`) {
				t.Errorf("%s: finding %d's recorded fingerprint %s not reported", format, i, want)
			}
		}
	}
}
