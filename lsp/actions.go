package lsp

import (
	"context"
	"strings"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// codeActions offers, for the findings under the range: each fix and
// suggestion (a quickfix; safe fixes preferred), a directive that silences
// the rule on that line, and all safe fixes of the file at once.
func (s *Server) codeActions(ctx context.Context, p CodeActionParams) ([]CodeAction, error) {
	v, err := s.fresh(ctx, p.TextDocument.URI)
	if err != nil || v == nil {
		return []CodeAction{}, err
	}
	enc := s.encoding
	actions := []CodeAction{}
	if wants(p.Context.Only, kindQuickFix) {
		for _, f := range v.findings {
			diag := v.diagnostic(f, enc)
			if !overlaps(diag.Range, p.Range) {
				continue
			}
			for _, fix := range f.Fixes {
				if len(fix.Edits) == 0 {
					continue
				}
				actions = append(actions, CodeAction{
					Title:       fix.Message,
					Kind:        kindQuickFix,
					Diagnostics: []Diagnostic{diag},
					IsPreferred: fix.Safe,
					Edit:        v.workspaceEdit(fix.Edits, enc),
				})
			}
			if a, ok := v.disableAction(f, diag, enc); ok {
				actions = append(actions, a)
			}
		}
	}
	if wants(p.Context.Only, kindFixAll) {
		if edits, n := lint.FixEdits(v.findings, lint.SafeOnly); n > 0 {
			actions = append(actions, CodeAction{
				Title: "Fix all safe tfjslint problems",
				Kind:  kindFixAll,
				Edit:  v.workspaceEdit(edits, enc),
			})
		}
	}
	return actions, nil
}

// wants reports whether a code action of kind is asked for: the client's
// only list holds kind or a parent of it ("source" for source.fixAll.x).
func wants(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, o := range only {
		if kind == o || strings.HasPrefix(kind, o+".") {
			return true
		}
	}
	return false
}

func overlaps(a, b Range) bool {
	return !less(a.End, b.Start) && !less(b.End, a.Start)
}

func less(a, b Position) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Character < b.Character
}

func (v *view) workspaceEdit(edits []lint.Edit, enc string) *WorkspaceEdit {
	out := make([]TextEdit, 0, len(edits))
	for _, e := range edits {
		out = append(out, TextEdit{Range: v.text.lspRange(e.Range.Start.Offset, e.Range.End.Offset, enc), NewText: e.NewText})
	}
	return &WorkspaceEdit{Changes: map[DocumentURI][]TextEdit{v.uri: out}}
}

// disableAction silences f's rule on its line with a
// tfjslint-disable-next-line directive above it, or adds the rule to the
// directive already there.
func (v *view) disableAction(f lint.Finding, diag Diagnostic, enc string) (CodeAction, bool) {
	if f.Rule == "syntax-error" || f.Rule == "invalid-directive" {
		return CodeAction{}, false // these cannot be silenced
	}
	line := diag.Range.Start.Line
	start := v.text.lines[line]
	lineText := v.text.src[start:v.text.lineEnd(line)]
	indent := lineText[:len(lineText)-len(strings.TrimLeft(lineText, " \t"))]
	edit := TextEdit{
		Range:   Range{Start: Position{Line: line}, End: Position{Line: line}},
		NewText: indent + "// tfjslint-disable-next-line " + f.Rule + "\n",
	}
	if line > 0 {
		prevStart, prevEnd := v.text.lines[line-1], v.text.lineEnd(line-1)
		prev := strings.TrimSpace(v.text.src[prevStart:prevEnd])
		if rest, ok := strings.CutPrefix(prev, "// tfjslint-disable-next-line "); ok && !strings.Contains(rest, "--") && strings.TrimSpace(rest) != "" {
			if containsRule(rest, f.Rule) {
				return CodeAction{}, false
			}
			end := v.text.position(prevEnd, enc)
			edit = TextEdit{Range: Range{Start: end, End: end}, NewText: ", " + f.Rule}
		}
	}
	return CodeAction{
		Title:       "Disable " + f.Rule + " for this line",
		Kind:        kindQuickFix,
		Diagnostics: []Diagnostic{diag},
		Edit:        &WorkspaceEdit{Changes: map[DocumentURI][]TextEdit{v.uri: {edit}}},
	}, true
}

func containsRule(list, id string) bool {
	for _, r := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if r == id {
			return true
		}
	}
	return false
}

// hover shows the documentation of the rules whose findings cover the
// position.
func (s *Server) hover(ctx context.Context, p TextDocumentPositionParams) (*Hover, error) {
	v, err := s.fresh(ctx, p.TextDocument.URI)
	if err != nil || v == nil {
		return nil, err
	}
	enc := s.encoding
	var docs []string
	var hit *Range
	seen := map[string]bool{}
	for _, f := range v.findings {
		r := v.text.lspRange(f.Range.Start.Offset, f.Range.End.Offset, enc)
		if less(p.Position, r.Start) || less(r.End, p.Position) || seen[f.Rule] {
			continue
		}
		seen[f.Rule] = true
		if hit == nil {
			hit = &r
		}
		doc, ok := rules.Doc(f.Rule)
		if !ok {
			doc = "**" + f.Rule + "**: " + f.Message
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, nil
	}
	return &Hover{Contents: MarkupContent{Kind: "markdown", Value: strings.Join(docs, "\n\n---\n\n")}, Range: hit}, nil
}
