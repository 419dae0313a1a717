package manualexport_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/manualexport"
)

func TestManualExport(t *testing.T) {
	analyzertest.Run(t, "testdata", manualexport.Analyzer)
}
