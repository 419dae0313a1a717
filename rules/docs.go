package rules

import "embed"

//go:embed docs/*.md
var docFiles embed.FS

// Doc returns the user documentation of a rule (rules/docs/<id>.md), for
// `tfjslint explain` and the LSP hover.
func Doc(id string) (string, bool) {
	if _, known := catalogIndex[id]; !known {
		return "", false // also keeps ids like "../x" away from the FS
	}
	b, err := docFiles.ReadFile("docs/" + id + ".md")
	if err != nil {
		return "", false
	}
	return string(b), true
}

// HelpURI is where a rule's documentation is published, for SARIF helpUri and
// LSP codeDescription.
func HelpURI(id string) string {
	return "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/" + id + ".md"
}

// CatalogHelpURI is HelpURI for a rule of the catalog, and empty for any
// other ID (a finding's rule may be syntax-error or a removed rule) rather
// than a link that would 404.
func CatalogHelpURI(id string) string {
	if _, ok := Lookup(id); !ok {
		return ""
	}
	return HelpURI(id)
}
