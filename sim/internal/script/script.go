// Package script runs the simulator's own embedded JavaScript, compiling
// each script once per process: compiling them was most of the cost of
// starting a run, and a compiled sobek.Program is not tied to a runtime.
package script

import (
	"sync"

	"github.com/grafana/sobek"
)

var compiled sync.Map // source name -> *sobek.Program

// Run runs src, named name in stack traces, in rt. Every call with the
// same name must pass the same src.
func Run(rt *sobek.Runtime, name, src string) (sobek.Value, error) {
	if p, ok := compiled.Load(name); ok {
		return rt.RunProgram(p.(*sobek.Program))
	}
	p, err := sobek.Compile(name, src, false)
	if err != nil {
		return nil, err
	}
	compiled.Store(name, p)
	return rt.RunProgram(p)
}
