package report

import (
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/tfjslint/tfjslint/lint"
)

// addSARIFArtifacts lists every linted file (with or without findings) as a
// run artifact and returns each file's index, which results point back to.
func addSARIFArtifacts(run *sarif.Run, res *lint.Result, paths lint.Paths) map[string]int {
	index := map[string]int{}
	add := func(file string) {
		if _, seen := index[file]; seen {
			return
		}
		index[file] = len(run.Artifacts)
		a := sarif.NewArtifact().
			WithLocation(artifactLocation(file, index, paths)).
			WithRoles([]string{"analysisTarget"})
		if src, ok := res.Sources[file]; ok {
			a.WithLength(len(src))
		}
		if lang := sourceLanguage(file); lang != "" {
			a.WithSourceLanguage(lang)
		}
		run.AddArtifact(a)
	}
	for _, f := range res.Files {
		add(f)
	}
	for _, f := range res.Findings { // findings in files the caller did not list
		add(f.File)
	}
	return index
}

// artifactLocation points a result or a fix at its file's artifact.
func artifactLocation(file string, index map[string]int, paths lint.Paths) *sarif.ArtifactLocation {
	uri, base := artifactURI(paths.Rel(file))
	loc := sarif.NewArtifactLocation().WithURI(uri).WithIndex(index[file])
	if base != "" {
		loc.WithURIBaseID(base)
	}
	return loc
}

// artifactURI turns a file path into a URI reference: relative paths become
// forward-slash paths against %SRCROOT% (what GitHub code scanning expects),
// absolute ones become file:// URIs. Spaces, '%', '#' and non-ASCII bytes are
// percent-encoded, as RFC 3986 requires.
func artifactURI(file string) (uri, uriBaseID string) {
	p := filepath.ToSlash(file)
	if filepath.IsAbs(file) {
		if !strings.HasPrefix(p, "/") { // Windows: C:/x -> /C:/x
			p = "/" + p
		}
		return (&url.URL{Scheme: "file", Path: p}).String(), ""
	}
	p = path.Clean(p)
	return (&url.URL{Path: p}).String(), srcRoot
}

// dirURI is the file:// URI of an absolute directory, with the trailing
// slash SARIF requires of a uriBaseId's location.
func dirURI(dir string) string {
	p := filepath.ToSlash(dir)
	if !strings.HasPrefix(p, "/") { // Windows: C:/x -> /C:/x
		p = "/" + p
	}
	if !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// sourceLanguage gives SARIF's language identifier for the file kinds tfjslint reads.
func sourceLanguage(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".js", ".mjs", ".cjs":
		return "javascript"
	case ".html", ".htm":
		return "html"
	}
	return ""
}
