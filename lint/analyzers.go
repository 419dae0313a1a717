package lint

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/learningrate"
	"github.com/tfjslint/tfjslint/analyzers/sgd"
	"github.com/tfjslint/tfjslint/analyzers/undisposed"
)

// Analyzers returns every analyzer a lint run executes.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		jsfile.Analyzer,
		sgd.Analyzer,
		learningrate.Analyzer,
		undisposed.Analyzer,
	}
}
