package lsp

import (
	"context"
	"fmt"
	"os"
	"strconv"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

const source = "tfjslint"

// diagnostics turns a view's findings into LSP diagnostics. A document the
// lint refused, or failed on, gets one diagnostic that says so.
func (v *view) diagnostics(enc string) []Diagnostic {
	out := []Diagnostic{}
	switch {
	case v.res.refused != nil:
		out = append(out, Diagnostic{
			Severity: SeverityInformation,
			Source:   source,
			Message:  fmt.Sprintf("tfjslint does not lint this file (%s): %s", v.res.refused.Kind, v.res.refused.Reason),
		})
	case v.res.err != nil:
		out = append(out, Diagnostic{
			Severity: SeverityError,
			Source:   source,
			Message:  "tfjslint could not lint this file: " + v.res.err.Error(),
		})
	}
	for _, f := range v.findings {
		out = append(out, v.diagnostic(f, enc))
	}
	return out
}

func (v *view) diagnostic(f lint.Finding, enc string) Diagnostic {
	d := Diagnostic{
		Range:    v.text.lspRange(f.Range.Start.Offset, f.Range.End.Offset, enc),
		Severity: severity(f.Severity),
		Code:     f.Rule,
		Source:   source,
		Message:  f.Message,
	}
	if href := rules.CatalogHelpURI(f.Rule); href != "" {
		d.CodeDescription = &CodeDescription{Href: href}
	}
	for _, r := range f.Related {
		t, uri := v.text, v.uri
		if r.File != v.path {
			src, ok := v.res.sources[r.File]
			if !ok {
				continue
			}
			t, uri = newText(string(src)), pathToURI(r.File)
		}
		d.RelatedInformation = append(d.RelatedInformation, DiagnosticRelatedInformation{
			Location: Location{URI: uri, Range: t.lspRange(r.Range.Start.Offset, r.Range.End.Offset, enc)},
			Message:  r.Message,
		})
	}
	return d
}

func severity(s rules.Severity) DiagnosticSeverity {
	switch s {
	case rules.Error:
		return SeverityError
	case rules.Warning:
		return SeverityWarning
	}
	return SeverityInformation
}

// documentDiagnostic answers a pull: the document's diagnostics once its
// lint is fresh, or "unchanged" when the client has them already.
func (s *Server) documentDiagnostic(ctx context.Context, p DocumentDiagnosticParams) (any, error) {
	if path, ok := uriToPath(p.TextDocument.URI); ok && isConfigFile(path) {
		s.mu.Lock()
		st := s.configs.files[path]
		s.mu.Unlock()
		var items []Diagnostic
		if st != nil && st.err != nil {
			items = configDiagnostics(path, st.err, s.encoding)
		}
		return DocumentDiagnosticReport{Kind: "full", Items: nonNil(items)}, nil
	}
	v, err := s.fresh(ctx, p.TextDocument.URI)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return DocumentDiagnosticReport{Kind: "full", Items: []Diagnostic{}}, nil
	}
	id := strconv.Itoa(v.seq)
	if p.PreviousResultID == id {
		return unchangedReport{Kind: "unchanged", ResultID: id}, nil
	}
	return DocumentDiagnosticReport{Kind: "full", ResultID: id, Items: v.diagnostics(s.encoding)}, nil
}

func nonNil(d []Diagnostic) []Diagnostic {
	if d == nil {
		return []Diagnostic{}
	}
	return d
}

// configDiagnostics places each problem of a broken config file at its
// line and column, to the end of that line.
func configDiagnostics(path string, err error, enc string) []Diagnostic {
	src, _ := os.ReadFile(path)
	t := newText(string(src))
	var out []Diagnostic
	for _, ce := range configProblems(err) {
		var r Range
		if ce.Line > 0 && ce.Line <= len(t.lines) {
			start := t.lines[ce.Line-1] + max(ce.Col-1, 0)
			end := t.lineEnd(ce.Line - 1)
			r = t.lspRange(min(start, end), end, enc)
		}
		out = append(out, Diagnostic{Range: r, Severity: SeverityError, Source: source, Message: ce.Msg})
	}
	return out
}

// announceConfigsLocked tells the user, once per load, about each broken
// config file: a message and diagnostics on the file. Its documents are
// linted with the defaults meanwhile.
func (s *Server) announceConfigsLocked() {
	for _, path := range s.configs.broken() {
		st := s.configs.files[path]
		if st.announced {
			continue
		}
		st.announced = true
		s.shownConfigs[path] = true
		err, enc := st.err, s.encoding
		go s.showf(MessageError, "tfjslint: %v (linting with the default config until it is fixed)", firstLine(err))
		if s.pull {
			s.refreshLocked()
			continue
		}
		seq := s.nextSeqLocked()
		go s.publish(pathToURI(path), configDiagnostics(path, err, enc), nil, seq)
	}
}

// clearConfigDiagnosticsLocked withdraws what announceConfigsLocked
// published, before the configs are read again.
func (s *Server) clearConfigDiagnosticsLocked() {
	for path := range s.shownConfigs {
		delete(s.shownConfigs, path)
		if !s.pull {
			seq := s.nextSeqLocked()
			go s.publish(pathToURI(path), nil, nil, seq)
		}
	}
}

func firstLine(err error) string {
	problems := configProblems(err)
	if len(problems) == 0 {
		return err.Error()
	}
	msg := problems[0].Error()
	if len(problems) > 1 {
		msg += fmt.Sprintf(" (and %d more problems)", len(problems)-1)
	}
	return msg
}
