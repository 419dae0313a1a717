package lint

import (
	"go/token"

	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// fileFindings turns one file's diagnostics into findings: severities from
// the config, directives applied, directive problems reported.
func fileFindings(fset *token.FileSet, f *jsast.File, diags []analysis.Diagnostic, cfg *rules.Config, opts Options) []Finding {
	var out []Finding
	directives, problems := fileDirectives(f)
	out = append(out, problems...)
	sup := rules.NewSuppressor(directives)
	for _, d := range diags {
		id, suggested := runctx.SplitCategory(d.Category)
		sev := cfg.Severity(id, suggested)
		if sev == rules.Off {
			continue
		}
		start := fset.Position(d.Pos)
		if sup.Suppressed(id, start.Line) {
			continue
		}
		end := start
		if d.End.IsValid() {
			end = fset.Position(d.End)
		}
		out = append(out, Finding{
			File:     f.Name,
			Rule:     id,
			Severity: sev,
			Message:  d.Message,
			Range:    Range{Start: position(start), End: position(end)},
			Fixes:    fixes(fset, id, exactFixes(f, d.SuggestedFixes)),
			Related:  related(fset, d.Related),
		})
	}
	unusedSev := cfg.Severity(unusedDirective, rules.Off)
	if opts.ReportUnusedDirectives && unusedSev == rules.Off {
		unusedSev = rules.Warning
	}
	if unusedSev != rules.Off && !opts.SimOnly { // with SimOnly, the rules a directive names mostly did not run
		for _, d := range sup.Unused() {
			if !cfg.Sim.Enabled && namesSimRule(d) {
				continue // the dry run did not run: it may have had a finding to silence
			}
			out = append(out, unusedDirectiveFinding(f, d, unusedSev))
		}
	}
	for i := range out {
		out[i].File = f.Name
	}
	return out
}

func related(fset *token.FileSet, rs []analysis.RelatedInformation) []Related {
	var out []Related
	for _, r := range rs {
		start := fset.Position(r.Pos)
		end := start
		if r.End.IsValid() {
			end = fset.Position(r.End)
		}
		out = append(out, Related{File: start.Filename, Range: Range{Start: position(start), End: position(end)}, Message: r.Message})
	}
	return out
}

func position(p token.Position) Position {
	return Position{Offset: p.Offset, Line: p.Line, Column: p.Column}
}

// exactFixes drops the fixes of a transformed file (TypeScript, JSX) that
// edit text esbuild did not copy verbatim: the analyzer saw other text
// there, so the edit could be wrong. A UTF-16 file keeps no fix: its
// offsets are those of its UTF-8 decoding. The finding stays.
func exactFixes(f *jsast.File, sfs []analysis.SuggestedFix) []analysis.SuggestedFix {
	if f == nil || !f.Transformed() && f.Encoding == "" {
		return sfs
	}
	var out []analysis.SuggestedFix
	for _, sf := range sfs {
		ok := true
		for _, e := range sf.TextEdits {
			ok = ok && f.ExactRange(e.Pos, e.End)
		}
		if ok {
			out = append(out, sf)
		}
	}
	return out
}

func fixes(fset *token.FileSet, rule string, sfs []analysis.SuggestedFix) []Fix {
	r, _ := rules.Lookup(rule)
	var out []Fix
	for _, sf := range sfs {
		fix := Fix{Message: sf.Message, Safe: r.Fix == rules.SafeFix}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			fix.Edits = append(fix.Edits, Edit{
				Range:   Range{Start: position(fset.Position(e.Pos)), End: position(fset.Position(end))},
				NewText: string(e.NewText),
			})
		}
		out = append(out, fix)
	}
	return out
}

// namesSimRule reports a directive that may silence a dry-run finding: it
// names a dry-run rule, or every rule.
func namesSimRule(d rules.Directive) bool {
	if len(d.Rules) == 0 {
		return true
	}
	for _, id := range d.Rules {
		if r, ok := rules.Lookup(id); ok && r.Sim {
			return true
		}
	}
	return false
}
