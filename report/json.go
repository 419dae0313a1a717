package report

import (
	"encoding/json"
	"io"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// jsonVersion is the version of the document layout in json-schema.md. Adding
// a key keeps it; renaming, removing or retyping one bumps it.
const jsonVersion = 1

// The json* types are the documented contract, kept apart from lint's types so
// that refactoring lint cannot silently change the output.
type jsonDocument struct {
	Version  int           `json:"version"`
	Tool     jsonTool      `json:"tool"`
	Files    []string      `json:"files"`
	Skipped  []jsonSkipped `json:"skipped"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonSkipped struct {
	File   string `json:"file"`
	Kind   string `json:"kind"`
	Reason string `json:"reason"`
	Named  bool   `json:"named"`
}

type jsonFinding struct {
	File     string    `json:"file"`
	Rule     string    `json:"rule"`
	Severity string    `json:"severity"`
	Message  string    `json:"message"`
	Range    jsonRange `json:"range"`
	Fixes    []jsonFix `json:"fixes"`
	HelpURI  string    `json:"helpUri"`
}

type jsonPosition struct {
	Line   int `json:"line"`
	Column int `json:"column"`
	Offset int `json:"offset"`
}

type jsonRange struct {
	Start jsonPosition `json:"start"`
	End   jsonPosition `json:"end"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Safe    bool       `json:"safe"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	Range   jsonRange `json:"range"`
	NewText string    `json:"newText"`
}

type jsonSummary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Files    int `json:"files"`
	Skipped  int `json:"skipped"`
}

func writeJSON(w io.Writer, res *lint.Result, opts Options) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // messages quote code such as "<script>" and "a && b"
	enc.SetIndent("", "  ")
	return enc.Encode(jsonDoc(res, opts))
}

func jsonDoc(res *lint.Result, opts Options) jsonDocument {
	c := countFindings(res.Findings)
	doc := jsonDocument{
		Version:  jsonVersion,
		Tool:     jsonTool{Name: toolName, Version: opts.Version},
		Files:    append([]string{}, res.Files...), // [] rather than null
		Skipped:  make([]jsonSkipped, len(res.Skipped)),
		Findings: make([]jsonFinding, len(res.Findings)),
		Summary: jsonSummary{Errors: c.Errors, Warnings: c.Warnings, Infos: c.Infos,
			Files: len(res.Files), Skipped: len(res.Skipped)},
	}
	for i, s := range res.Skipped {
		doc.Skipped[i] = jsonSkipped{File: s.File, Kind: string(s.Kind), Reason: s.Reason, Named: s.Named}
	}
	for i, f := range res.Findings {
		doc.Findings[i] = jsonFinding{
			File:     f.File,
			Rule:     f.Rule,
			Severity: f.Severity.String(),
			Message:  f.Message,
			Range:    jsonRangeOf(f.Range),
			Fixes:    jsonFixes(f.Fixes),
			HelpURI:  rules.CatalogHelpURI(f.Rule),
		}
	}
	return doc
}

func jsonFixes(fixes []lint.Fix) []jsonFix {
	out := make([]jsonFix, len(fixes))
	for i, fx := range fixes {
		edits := make([]jsonEdit, len(fx.Edits))
		for j, e := range fx.Edits {
			edits[j] = jsonEdit{Range: jsonRangeOf(e.Range), NewText: e.NewText}
		}
		out[i] = jsonFix{Message: fx.Message, Safe: fx.Safe, Edits: edits}
	}
	return out
}

func jsonRangeOf(r lint.Range) jsonRange {
	return jsonRange{Start: jsonPositionOf(r.Start), End: jsonPositionOf(r.End)}
}

func jsonPositionOf(p lint.Position) jsonPosition {
	return jsonPosition{Line: p.Line, Column: p.Column, Offset: p.Offset}
}
