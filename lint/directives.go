package lint

import (
	"strings"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

const (
	unusedDirective  = "unused-directive"
	invalidDirective = "invalid-directive"
)

// fileDirectives parses the tfjslint-disable… comments of a file. A
// directive naming an unknown rule is an invalid-directive finding (with
// the closest valid ID) and keeps silencing the IDs it spells right.
func fileDirectives(f *jsast.File) ([]rules.Directive, []Finding) {
	var ds []rules.Directive
	var problems []Finding
	for _, c := range f.Comments {
		if !strings.Contains(c.Text, "tfjslint-") {
			continue
		}
		d, ok, err := rules.ParseDirective(c.Text)
		if !ok {
			continue
		}
		d.Offset, d.End = c.Start, c.End
		d.Line = f.Tok.Line(f.Tok.Pos(c.Start))
		d.EndLine = f.Tok.Line(f.Tok.Pos(max(c.End-1, c.Start)))
		if err != nil {
			problems = append(problems, Finding{
				Rule:     invalidDirective,
				Severity: rules.Error,
				Message:  err.Error(),
				Range:    commentRange(f, c.Start, c.End),
			})
			var valid []string
			for _, id := range d.Rules {
				if _, known := rules.Lookup(id); known {
					valid = append(valid, id)
				}
			}
			if len(valid) == 0 {
				continue // never widen a misspelt directive to "all rules"
			}
			d.Rules = valid
		}
		ds = append(ds, d)
	}
	return ds, problems
}

func commentRange(f *jsast.File, start, end int) Range {
	p := func(off int) Position {
		pos := f.Tok.Position(f.Tok.Pos(off))
		return Position{Offset: off, Line: pos.Line, Column: pos.Column}
	}
	return Range{Start: p(start), End: p(end)}
}

// unusedDirectiveFinding reports a directive that silenced nothing; its
// safe fix deletes the comment (and its line, when the comment is alone on it).
func unusedDirectiveFinding(f *jsast.File, d rules.Directive, sev rules.Severity) Finding {
	start, end := d.Offset, d.End
	lineStart := f.Tok.Offset(f.Tok.LineStart(d.Line))
	if lineStart == 0 && strings.HasPrefix(string(f.Src[:start]), "\uFEFF") {
		lineStart = len("\uFEFF") // the byte order mark stays; the line after it goes
	}
	if strings.TrimSpace(string(f.Src[lineStart:start])) == "" {
		// Alone on its line (or only indentation before it): take the line.
		rest := f.Src[end:]
		i := 0
		for i < len(rest) && (rest[i] == ' ' || rest[i] == '\t' || rest[i] == '\r') {
			i++
		}
		if i == len(rest) || rest[i] == '\n' {
			start = lineStart
			end += min(i+1, len(rest))
		}
	} else {
		for start > lineStart && (f.Src[start-1] == ' ' || f.Src[start-1] == '\t') {
			start-- // the space that separated it from the code
		}
	}
	what := "all rules"
	if len(d.Rules) > 0 {
		what = strings.Join(d.Rules, ", ")
	}
	return Finding{
		Rule:     unusedDirective,
		Severity: sev,
		Message:  "unused " + d.Kind.String() + " directive (no " + what + " finding to silence)",
		Range:    commentRange(f, d.Offset, d.End),
		Fixes: []Fix{{
			Message: "Remove the unused directive",
			Safe:    true,
			Edits:   []Edit{{Range: commentRange(f, start, end)}},
		}},
	}
}
