package report

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestCheckstyleGolden(t *testing.T) {
	checkGolden(t, "fixture.checkstyle", render(t, "checkstyle", fixture(), Options{}))
}

// checkCheckstyleShape walks a report token by token against checkstyle's
// documented XML (the shape of its XMLLogger, which Jenkins warnings-ng's
// CheckStyleParser reads): a <checkstyle version> root holding only
// <file name> elements, each holding only <error> elements with an integer
// line ≥ 0, an optional column ≥ 1, a severity among ignore, info, warning
// and error, a message and a source. Any other element or attribute fails.
func checkCheckstyleShape(doc string) error {
	dec := xml.NewDecoder(strings.NewReader(doc))
	var stack []string
	roots := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("not well-formed XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.ProcInst:
			if tok.Target == "xml" && !strings.Contains(string(tok.Inst), `encoding="UTF-8"`) {
				return fmt.Errorf("declaration %q does not say UTF-8", tok.Inst)
			}
		case xml.StartElement:
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			attrs := map[string]string{}
			for _, a := range tok.Attr {
				attrs[a.Name.Local] = a.Value
			}
			if err := checkstyleElement(parent, tok.Name.Local, attrs); err != nil {
				return err
			}
			if parent == "" {
				roots++
			}
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if strings.TrimSpace(string(tok)) != "" {
				return fmt.Errorf("text %q inside <%s>", tok, stack[len(stack)-1])
			}
		}
	}
	if roots != 1 {
		return fmt.Errorf("%d root elements, want one <checkstyle>", roots)
	}
	return nil
}

func checkstyleElement(parent, name string, attrs map[string]string) error {
	allowed := map[string]map[string]bool{
		"checkstyle": {"version": true},
		"file":       {"name": true},
		"error":      {"line": true, "column": true, "severity": true, "message": true, "source": true},
	}
	wantParent := map[string]string{"checkstyle": "", "file": "checkstyle", "error": "file"}
	if p, ok := wantParent[name]; !ok || p != parent {
		return fmt.Errorf("<%s> inside <%s>", name, parent)
	}
	for a := range attrs {
		if !allowed[name][a] {
			return fmt.Errorf("<%s> has attribute %q", name, a)
		}
	}
	switch name {
	case "checkstyle":
		if attrs["version"] == "" {
			return fmt.Errorf("<checkstyle> without version")
		}
	case "file":
		if attrs["name"] == "" {
			return fmt.Errorf("<file> without name")
		}
	case "error":
		if n, err := strconv.Atoi(attrs["line"]); err != nil || n < 0 {
			return fmt.Errorf("error line %q", attrs["line"])
		}
		if c, ok := attrs["column"]; ok {
			if n, err := strconv.Atoi(c); err != nil || n < 1 {
				return fmt.Errorf("error column %q", c)
			}
		}
		switch attrs["severity"] {
		case "ignore", "info", "warning", "error":
		default:
			return fmt.Errorf("error severity %q", attrs["severity"])
		}
		for _, a := range []string{"message", "source"} {
			if attrs[a] == "" {
				return fmt.Errorf("error without %s", a)
			}
		}
	}
	return nil
}

func TestCheckstyleShape(t *testing.T) {
	odd := fixture()
	odd.Findings = append(odd.Findings,
		lint.Finding{File: "demo/train.js", Rule: "model-size", Severity: rules.Warning, Message: "whole file"},
		lint.Finding{File: "x&y<z>.js", Rule: "timer-wait", Severity: rules.Info, Message: "quotes \" ' & <tags> \x01 and a\nnewline",
			Range: lint.Range{Start: lint.Position{Line: 1, Column: 1}}})
	for name, res := range map[string]*lint.Result{"fixture": fixture(), "empty": {}, "odd": odd} {
		t.Run(name, func(t *testing.T) {
			if err := checkCheckstyleShape(render(t, "checkstyle", res, Options{})); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestCheckstyleShapeRejectsBrokenReports(t *testing.T) {
	valid := render(t, "checkstyle", fixture(), Options{})
	checkCanFail(t, checkCheckstyleShape, valid, map[string]string{
		"bad severity":    strings.Replace(valid, `severity="warning"`, `severity="minor"`, 1),
		"no version":      strings.Replace(valid, ` version="4.3"`, ``, 1),
		"line not int":    strings.Replace(valid, `line="6"`, `line="six"`, 1),
		"error outside":   strings.Replace(valid, `<checkstyle version="4.3">`, `<checkstyle version="4.3"><error line="1" severity="info" message="m" source="s"></error>`, 1),
		"unknown attr":    strings.Replace(valid, `<file name=`, `<file path="x" name=`, 1),
		"not well-formed": strings.Replace(valid, `</checkstyle>`, ``, 1),
	})
}

// What a reader decodes is what was found: names, positions, severities and
// messages round-trip through encoding/xml, escaping included.
func TestCheckstyleRoundTrip(t *testing.T) {
	msg := `a "quoted" <b>&amp; message` + "\nwith two lines"
	res := &lint.Result{
		Files: []string{"web/a.js", "web/clean.js"},
		Findings: []lint.Finding{
			{File: "web/a.js", Rule: "sync-readback", Severity: rules.Warning, Message: msg,
				Range: lint.Range{Start: lint.Position{Line: 3, Column: 7}}},
			{File: "web/a.js", Rule: "model-size", Severity: rules.Info, Message: "whole file"},
			{File: "other.js", Rule: "learning-rate", Severity: rules.Error, Message: "e",
				Range: lint.Range{Start: lint.Position{Line: 1, Column: 2}}},
		},
	}
	var got checkstyleReport
	out := render(t, "checkstyle", res, Options{Paths: lint.Paths{Root: "/r", WorkDir: "/r"}})
	if !strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`) {
		t.Errorf("no XML declaration: %q", out[:40])
	}
	if err := xml.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	want := checkstyleReport{Version: "4.3", Files: []checkstyleFile{
		{Name: "web/a.js", Errors: []checkstyleError{
			{Line: 3, Column: 7, Severity: "warning", Message: msg, Source: "tfjslint.sync-readback"},
			{Line: 0, Severity: "info", Message: "whole file", Source: "tfjslint.model-size"},
		}},
		{Name: "web/clean.js"},
		{Name: "other.js", Errors: []checkstyleError{{Line: 1, Column: 2, Severity: "error", Message: "e", Source: "tfjslint.learning-rate"}}},
	}}
	got.XMLName = xml.Name{}
	if fmt.Sprintf("%+v", got) != fmt.Sprintf("%+v", want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, want)
	}
}
