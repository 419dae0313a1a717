package timerwait_test

import (
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/timerwait"
)

func TestTimerWait(t *testing.T) {
	analyzertest.Run(t, "testdata", timerwait.Analyzer)
}
