package lint

import (
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/asynctidy"
	"github.com/tfjslint/tfjslint/analyzers/badinit"
	"github.com/tfjslint/tfjslint/analyzers/batchsize"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/deepstack"
	"github.com/tfjslint/tfjslint/analyzers/jsfile"
	"github.com/tfjslint/tfjslint/analyzers/learningrate"
	"github.com/tfjslint/tfjslint/analyzers/loopalloc"
	"github.com/tfjslint/tfjslint/analyzers/lossact"
	"github.com/tfjslint/tfjslint/analyzers/lrschedule"
	"github.com/tfjslint/tfjslint/analyzers/manualexport"
	"github.com/tfjslint/tfjslint/analyzers/minimizeargs"
	"github.com/tfjslint/tfjslint/analyzers/nondiff"
	"github.com/tfjslint/tfjslint/analyzers/notsaved"
	"github.com/tfjslint/tfjslint/analyzers/pixels"
	"github.com/tfjslint/tfjslint/analyzers/readback"
	"github.com/tfjslint/tfjslint/analyzers/refetch"
	"github.com/tfjslint/tfjslint/analyzers/resize"
	"github.com/tfjslint/tfjslint/analyzers/saturating"
	"github.com/tfjslint/tfjslint/analyzers/separableconv"
	"github.com/tfjslint/tfjslint/analyzers/sgd"
	"github.com/tfjslint/tfjslint/analyzers/shuffle"
	"github.com/tfjslint/tfjslint/analyzers/timerwait"
	"github.com/tfjslint/tfjslint/analyzers/unawaited"
	"github.com/tfjslint/tfjslint/analyzers/undisposed"
	"github.com/tfjslint/tfjslint/analyzers/useafterdispose"
	"github.com/tfjslint/tfjslint/sim"
)

// Analyzers returns every analyzer a lint run executes.
func Analyzers() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		jsfile.Analyzer,
		contexts.Analyzer, // a root for its result: the calls into other files (reanalyzeCalled)
		sgd.Analyzer,
		learningrate.Analyzer,
		minimizeargs.Analyzer,
		batchsize.Analyzer,
		lossact.Analyzer,
		separableconv.Analyzer,
		deepstack.Analyzer,
		saturating.Analyzer,
		badinit.Analyzer,
		lrschedule.Analyzer,
		nondiff.Analyzer,
		resize.Analyzer,
		shuffle.Analyzer,
		undisposed.Analyzer,
		unawaited.Analyzer,
		timerwait.Analyzer,
		asynctidy.Analyzer,
		useafterdispose.Analyzer,
		loopalloc.Analyzer,
		readback.Analyzer,
		refetch.Analyzer,
		manualexport.Analyzer,
		notsaved.Analyzer,
		pixels.Analyzer,
		sim.Analyzer,
	}
}
