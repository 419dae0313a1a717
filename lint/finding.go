package lint

import "github.com/tfjslint/tfjslint/rules"

// Position is a place in a source file. Line and Column are 1-based; Column counts
// bytes (LSP converts to UTF-16). Offset is the 0-based byte offset.
type Position struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Column int `json:"column"`
}

// Range is the half-open span [Start, End) of a finding or an edit.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// Edit replaces the text of Range with NewText.
type Edit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// Fix is a set of edits that resolves a finding. Safe fixes are applied by --fix;
// the others are suggestions (LSP code actions and --diff only).
type Fix struct {
	Message string `json:"message"`
	Safe    bool   `json:"safe"`
	Edits   []Edit `json:"edits"`
}

// Finding is one reported problem, after config and directive filtering.
type Finding struct {
	File     string         `json:"file"`
	Rule     string         `json:"rule"`
	Severity rules.Severity `json:"severity"`
	Message  string         `json:"message"`
	Range    Range          `json:"range"`
	Fixes    []Fix          `json:"fixes,omitempty"`
	// Related are the other places of a finding with more than one (the
	// loop that repeats an allocation), possibly in other files.
	Related []Related `json:"related,omitempty"`
	// Fingerprint names the finding across runs (Fingerprints); set by
	// Result.SetFingerprints, empty until then.
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Related is one more place of a finding.
type Related struct {
	File    string `json:"file"`
	Range   Range  `json:"range"`
	Message string `json:"message"`
}

// Result is the outcome of one lint run.
type Result struct {
	// Findings are sorted by file, line, column, rule.
	Findings []Finding
	// Files lists every file that was linted, in order.
	Files []string
	// Skipped lists the files found but not linted, with the reason. Run
	// lists the files it could not read; callers add what Discover skipped.
	Skipped []Skipped
	// Sources holds the content of each linted file, for source excerpts and
	// fixes: for a UTF-16 file, its UTF-8 decoding, which its positions
	// refer to (it has no fixes).
	Sources map[string][]byte
	// Graph is the module graph of Files.
	Graph *Graph
}
