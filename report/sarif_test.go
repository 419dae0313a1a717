package report

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

func TestSARIFGolden(t *testing.T) {
	checkGolden(t, "fixture.sarif", render(t, "sarif", fixture(), Options{Version: "1.2.3"}))
}

func TestSARIFValidatesAgainstOfficialSchema(t *testing.T) {
	odd := fixture()
	odd.Files = append(odd.Files, "./dir with space/#1 100%.mjs", "/abs/path/ü.js")
	odd.Findings = append(odd.Findings,
		lint.Finding{File: "/abs/path/ü.js", Rule: "not-in-catalog", Severity: rules.Error, Message: "x",
			Range: lint.Range{Start: lint.Position{Line: 1, Column: 1}, End: lint.Position{Line: 1, Column: 1}}},
		lint.Finding{File: "a.js", Rule: "syntax-error", Severity: rules.Error, Message: "y",
			Fixes: []lint.Fix{{Message: "no edits"}, {Message: "delete", Safe: true,
				Edits: []lint.Edit{{Range: lint.Range{End: lint.Position{Offset: 3}}}}}}},
	)
	for name, res := range map[string]*lint.Result{
		"fixture":    fixture(),
		"empty":      {},
		"odd paths":  odd,
		"no version": fixture(),
	} {
		t.Run(name, func(t *testing.T) {
			opts := Options{Version: "1.2.3"}
			if name == "no version" {
				opts = Options{}
			}
			if err := validateSARIF(t, render(t, "sarif", res, opts)); err != nil {
				t.Errorf("output violates the SARIF 2.1.0 schema: %v", err)
			}
		})
	}
}

// The schema check must be able to fail, or the test above proves nothing.
func TestSARIFSchemaRejectsBrokenLogs(t *testing.T) {
	valid := render(t, "sarif", fixture(), Options{Version: "1.2.3"})
	checkCanFail(t, func(doc string) error { return validateSARIF(t, doc) }, valid, map[string]string{
		"wrong version":    strings.Replace(valid, `"version": "2.1.0"`, `"version": "2.0.0"`, 1),
		"unknown level":    strings.Replace(valid, `"level": "warning"`, `"level": "fatal"`, 1),
		"line 0":           strings.Replace(valid, `"startLine": 6`, `"startLine": 0`, 1),
		"unknown property": strings.Replace(valid, `"runs": [`, `"extra": true, "runs": [`, 1),
		"bad uri":          strings.Replace(valid, `"informationUri": "https://github.com/tfjslint/tfjslint"`, `"informationUri": "not a uri"`, 1),
		"no runs":          `{"version": "2.1.0"}`,
	})
}

// sarifLog is the part of the output the tests look into.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Name, Version, InformationURI string
				Rules                         []struct {
					ID                   string
					HelpURI              string
					ShortDescription     struct{ Text string }
					DefaultConfiguration struct {
						Level   string
						Enabled bool
					}
					Properties struct {
						Tips    []int
						FixKind string
					}
				}
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		Artifacts          []struct {
			Location struct{ URI, URIBaseID string }
		}
		Invocations []struct {
			ToolExecutionNotifications []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
					}
				}
			}
		}
		Results []struct {
			RuleID              string
			RuleIndex           int
			Level               string
			PartialFingerprints map[string]string
			Message             struct{ Text string }
			Locations           []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI, URIBaseID string
						Index          int
					}
					Region *struct {
						StartLine, StartColumn, EndLine, EndColumn, ByteOffset, ByteLength int
					}
				}
			}
			Fixes []struct {
				Description     struct{ Text string }
				Properties      struct{ Safe bool }
				ArtifactChanges []struct {
					ArtifactLocation struct{ URI string }
					Replacements     []struct {
						DeletedRegion   struct{ StartLine, StartColumn, EndLine, EndColumn int }
						InsertedContent *struct{ Text string }
					}
				}
			}
		}
	}
}

func decodeSARIF(t *testing.T, res *lint.Result) sarifLog {
	t.Helper()
	return decodeSARIFWith(t, res, Options{Version: "1.2.3"})
}

func decodeSARIFWith(t *testing.T, res *lint.Result, opts Options) sarifLog {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal([]byte(render(t, "sarif", res, opts)), &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

func TestSARIFDriverRules(t *testing.T) {
	run := decodeSARIF(t, fixture()).Runs[0]
	d := run.Tool.Driver
	if d.Name != "tfjslint" || d.Version != "1.2.3" || d.InformationURI != informationURI {
		t.Errorf("driver = %s %s %s", d.Name, d.Version, d.InformationURI)
	}
	all := rules.All()
	if len(d.Rules) != len(all) {
		t.Fatalf("%d rules, want every rule of the catalog (%d)", len(d.Rules), len(all))
	}
	wantLevel := map[rules.Severity]string{rules.Off: "none", rules.Info: "note", rules.Warning: "warning", rules.Error: "error"}
	for i, r := range all {
		got := d.Rules[i]
		if got.ID != r.ID || got.HelpURI != rules.HelpURI(r.ID) || got.ShortDescription.Text != r.Summary {
			t.Errorf("rule %d = %s %s %q", i, got.ID, got.HelpURI, got.ShortDescription.Text)
		}
		if got.DefaultConfiguration.Level != wantLevel[r.DefaultSeverity] ||
			got.DefaultConfiguration.Enabled != (r.DefaultSeverity != rules.Off) {
			t.Errorf("%s: defaultConfiguration = %+v, severity %s", r.ID, got.DefaultConfiguration, r.DefaultSeverity)
		}
		p := got.Properties
		if len(p.Tips) != len(r.Tips) || p.FixKind != r.Fix.String() {
			t.Errorf("%s: properties = %+v", r.ID, p)
		}
	}
}

func TestSARIFResults(t *testing.T) {
	res := fixture()
	run := decodeSARIF(t, res).Runs[0]
	if len(run.Results) != len(res.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(res.Findings))
	}
	if len(run.Artifacts) != len(res.Files) {
		t.Errorf("%d artifacts for %d files", len(run.Artifacts), len(res.Files))
	}
	rulesByIndex := decodeSARIF(t, res).Runs[0].Tool.Driver.Rules
	wantLevel := map[rules.Severity]string{rules.Info: "note", rules.Warning: "warning", rules.Error: "error"}
	for i, r := range run.Results {
		f := res.Findings[i]
		if r.RuleID != f.Rule || rulesByIndex[r.RuleIndex].ID != f.Rule {
			t.Errorf("result %d: ruleId %s, ruleIndex %d, want %s", i, r.RuleID, r.RuleIndex, f.Rule)
		}
		if r.Level != wantLevel[f.Severity] || r.Message.Text != f.Message {
			t.Errorf("result %d: level %s message %q", i, r.Level, r.Message.Text)
		}
		loc := r.Locations[0].PhysicalLocation
		art := run.Artifacts[loc.ArtifactLocation.Index].Location
		if loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || art.URI != loc.ArtifactLocation.URI {
			t.Errorf("result %d: artifactLocation %+v, artifact %+v", i, loc.ArtifactLocation, art)
		}
		if f.Range.Start.Line == 0 {
			if loc.Region != nil {
				t.Errorf("result %d: file-level finding has a region %+v", i, loc.Region)
			}
			continue
		}
		rg, s, e := loc.Region, f.Range.Start, f.Range.End
		if rg.StartLine != s.Line || rg.StartColumn != s.Column || rg.EndLine != e.Line || rg.EndColumn != e.Column ||
			rg.ByteOffset != s.Offset || rg.ByteLength != e.Offset-s.Offset {
			t.Errorf("result %d: region %+v for range %+v", i, *rg, f.Range)
		}
		if len(r.Fixes) != len(f.Fixes) {
			t.Errorf("result %d: %d fixes, want %d", i, len(r.Fixes), len(f.Fixes))
		}
		for j, fx := range r.Fixes {
			rep := fx.ArtifactChanges[0].Replacements[0]
			edit := f.Fixes[j].Edits[0]
			if fx.Description.Text != f.Fixes[j].Message || rep.InsertedContent == nil || rep.InsertedContent.Text != edit.NewText ||
				rep.DeletedRegion.StartColumn != edit.Range.Start.Column || rep.DeletedRegion.EndColumn != edit.Range.End.Column {
				t.Errorf("result %d fix %d = %+v", i, j, fx)
			}
		}
	}
	if got := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "demo/p%C3%A1gina.html" {
		t.Errorf("unicode path as URI = %q", got)
	}
}

// A finding whose rule is not in the catalog still gets a descriptor, so its
// ruleIndex points at the right rule.
func TestSARIFUnknownRule(t *testing.T) {
	res := &lint.Result{Findings: []lint.Finding{{File: "a.js", Rule: "made-up", Severity: rules.Error, Message: "m"}}}
	run := decodeSARIF(t, res).Runs[0]
	r := run.Results[0]
	if got := run.Tool.Driver.Rules[r.RuleIndex]; got.ID != "made-up" || got.HelpURI != "" {
		t.Errorf("ruleIndex %d -> %+v", r.RuleIndex, got)
	}
}

func TestArtifactURI(t *testing.T) {
	tests := []struct{ path, uri, base string }{
		{"demo/train.js", "demo/train.js", "%SRCROOT%"},
		{"./demo//train.js", "demo/train.js", "%SRCROOT%"},
		{"demo/página.html", "demo/p%C3%A1gina.html", "%SRCROOT%"},
		{"a b/#1 100%.js", "a%20b/%231%20100%25.js", "%SRCROOT%"},
		{"c:d.js", "./c:d.js", "%SRCROOT%"}, // not mistaken for a URI scheme
		{"/home/me/x.js", "file:///home/me/x.js", ""},
	}
	for _, tt := range tests {
		uri, base := artifactURI(tt.path)
		if uri != tt.uri || base != tt.base {
			t.Errorf("artifactURI(%q) = %q, %q; want %q, %q", tt.path, uri, base, tt.uri, tt.base)
		}
	}
}

// With a repository root, every URI is relative to %SRCROOT% and the run
// says where %SRCROOT% is, as SARIF 3.14.14 asks of originalUriBaseIds.
func TestSARIFRepositoryRoot(t *testing.T) {
	res := &lint.Result{
		Files: []string{"train.js", "../lib/m.js"},
		Findings: []lint.Finding{{File: "../lib/m.js", Rule: "timer-wait", Severity: rules.Info, Message: "m",
			Range: lint.Range{Start: lint.Position{Line: 2, Column: 1}, End: lint.Position{Line: 2, Column: 4}}}},
		Skipped: []lint.Skipped{{File: "../dist/a.min.js", Kind: lint.SkipGenerated, Reason: "a *.min.js name"}},
	}
	opts := Options{Paths: lint.Paths{Root: "/home/me/my repo", WorkDir: "/home/me/my repo/web"}}
	if err := validateSARIF(t, render(t, "sarif", res, opts)); err != nil {
		t.Fatalf("invalid SARIF: %v", err)
	}
	run := decodeSARIFWith(t, res, opts).Runs[0]
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///home/me/my%20repo/" {
		t.Errorf("%%SRCROOT%% = %q, want file:///home/me/my%%20repo/", got)
	}
	var uris []string
	for _, a := range run.Artifacts {
		uris = append(uris, a.Location.URIBaseID+" "+a.Location.URI)
	}
	if got, want := strings.Join(uris, ", "), "%SRCROOT% web/train.js, %SRCROOT% lib/m.js"; got != want {
		t.Errorf("artifacts = %s, want %s", got, want)
	}
	if got := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation; got.URI != "lib/m.js" || got.URIBaseID != "%SRCROOT%" {
		t.Errorf("result location = %+v, want lib/m.js against %%SRCROOT%%", got)
	}
	if got := run.Invocations[0].ToolExecutionNotifications[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "dist/a.min.js" {
		t.Errorf("skipped file = %q, want dist/a.min.js", got)
	}
	// Without a root, nothing claims to know where %SRCROOT% is.
	if strings.Contains(render(t, "sarif", res, Options{}), "originalUriBaseIds") {
		t.Error("originalUriBaseIds written without a root")
	}
}

// Every result carries tfjslint's fingerprint, the one GitLab reports and
// baselines hold, so code scanning keeps an alert's identity when lines move.
func TestSARIFPartialFingerprints(t *testing.T) {
	res := fixture()
	want := lint.Fingerprints(res.Findings, res.Sources, lint.Paths{})
	got := decodeSARIFWith(t, res, Options{}).Runs[0].Results
	if len(got) != len(want) {
		t.Fatalf("%d results for %d findings", len(got), len(want))
	}
	for i := range got {
		if fp := got[i].PartialFingerprints["tfjslint/v1"]; fp != want[i] {
			t.Errorf("result %d: partialFingerprints %v, want tfjslint/v1 = %s", i, got[i].PartialFingerprints, want[i])
		}
	}
}
