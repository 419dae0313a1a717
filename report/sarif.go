package report

import (
	"io"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

const (
	// informationURI is the tool's home page in the SARIF driver.
	informationURI = "https://github.com/tfjslint/tfjslint"
	// sarifSchemaURI names the OASIS 2.1.0 (errata 01) schema the tests validate against.
	sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	// srcRoot is the uriBaseId of relative paths: the repository root (the
	// run's originalUriBaseIds says where it is), which code-scanning
	// services map to their checkout.
	srcRoot = "%SRCROOT%"
	// sarifFingerprintKey names our fingerprint scheme (lint.Fingerprints),
	// versioned as SARIF suggests, beside the hashes code scanning adds.
	sarifFingerprintKey = "tfjslint/v1"
)

// writeSARIF writes a SARIF 2.1.0 log with one run. Regions keep byte
// columns (see the package doc).
func writeSARIF(w io.Writer, res *lint.Result, opts Options) error {
	log := sarif.NewReport()
	log.Schema = sarifSchemaURI
	log.AddRun(sarifRun(res, opts))
	if err := log.PrettyWrite(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func sarifRun(res *lint.Result, opts Options) *sarif.Run {
	run := sarif.NewRunWithInformationURI(toolName, informationURI)
	if opts.Version != "" {
		run.Tool.Driver.WithVersion(opts.Version)
	}
	if opts.Paths.Root != "" {
		run.WithOriginalUriBaseIds(map[string]sarif.ArtifactLocation{
			srcRoot: *sarif.NewArtifactLocation().WithURI(dirURI(opts.Paths.Root)),
		})
	}
	ruleIndex := addSARIFRules(run)
	artifacts := addSARIFArtifacts(run, res, opts.Paths)
	fps := res.Fingerprints(opts.Paths)
	for n, f := range res.Findings {
		i, ok := ruleIndex[f.Rule]
		if !ok { // not in the catalog (should not happen): describe it anyway so ruleIndex stays valid
			i = len(run.Tool.Driver.Rules)
			run.Tool.Driver.AddRule(sarif.NewRule(f.Rule))
			ruleIndex[f.Rule] = i
		}
		// Code scanning matches alerts across runs by partial fingerprints;
		// ours survive line shifts as the baseline's do.
		run.AddResult(sarifResult(f, i, artifacts, opts.Paths).
			WithPartialFingerprints(map[string]string{sarifFingerprintKey: fps[n]}))
	}
	if len(res.Skipped) > 0 {
		run.AddInvocation(sarifInvocation(res.Skipped, opts.Paths))
	}
	return run
}

// sarifInvocation lists the files a run skipped as tool execution
// notifications: warnings for files named on the command line and
// unreadable ones, notes for what walks left out.
func sarifInvocation(skipped []lint.Skipped, paths lint.Paths) *sarif.Invocation {
	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	for _, s := range skipped {
		level := sarif.LevelNote
		if s.Named || s.Kind == lint.SkipUnreadable {
			level = sarif.LevelWarning
		}
		uri, base := artifactURI(paths.Rel(s.File))
		loc := sarif.NewArtifactLocation().WithURI(uri)
		if base != "" {
			loc.WithURIBaseID(base)
		}
		n := sarif.NewNotification().
			WithLevel(level).
			WithMessage(sarif.NewTextMessage("skipped: " + skipLabel(s.Kind) + " (" + s.Reason + ")")).
			WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(sarif.NewPhysicalLocation().WithArtifactLocation(loc))}).
			WithProperties(sarif.NewPropertyBag().Add("kind", string(s.Kind)).Add("named", s.Named))
		inv.AddToolExecutionNotification(n)
	}
	return inv
}

func sarifResult(f lint.Finding, ruleIndex int, artifacts map[string]int, paths lint.Paths) *sarif.Result {
	loc := artifactLocation(f.File, artifacts, paths)
	phys := sarif.NewPhysicalLocation().WithArtifactLocation(loc)
	if region := sarifRegion(f.Range); region != nil {
		phys.WithRegion(region)
	}
	r := sarif.NewRuleResult(f.Rule).
		WithRuleIndex(ruleIndex).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(f.Message)).
		AddLocation(sarif.NewLocationWithPhysicalLocation(phys))
	for _, fx := range f.Fixes {
		if fix := sarifFix(fx, artifactLocation(f.File, artifacts, paths)); fix != nil {
			r.AddFixe(fix)
		}
	}
	return r
}

// sarifFix turns one fix into replacements in the finding's file. A fix with
// no edits has nothing to say and would break the schema (minItems 1).
func sarifFix(fx lint.Fix, loc *sarif.ArtifactLocation) *sarif.Fix {
	if len(fx.Edits) == 0 {
		return nil
	}
	change := sarif.NewArtifactChange().WithArtifactLocation(loc)
	for _, e := range fx.Edits {
		rep := sarif.NewReplacement().WithDeletedRegion(editRegion(e.Range))
		if e.NewText != "" {
			rep.WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText))
		}
		change.AddReplacement(rep)
	}
	return sarif.NewFix().
		WithDescription(sarif.NewTextMessage(fx.Message)).
		WithProperties(sarif.NewPropertyBag().Add("safe", fx.Safe)).
		AddArtifactChange(change)
}

// sarifLevel maps severities onto SARIF's levels; SARIF calls infos "note".
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Error:
		return sarif.LevelError
	case rules.Warning:
		return sarif.LevelWarning
	case rules.Info:
		return sarif.LevelNote
	}
	return sarif.LevelNone
}
