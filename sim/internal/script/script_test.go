package script

import (
	"testing"

	"github.com/grafana/sobek"
)

func TestRunSharesProgramsAcrossRuntimes(t *testing.T) {
	for range 2 {
		rt := sobek.New()
		v, err := Run(rt, "test:add.js", "(function (a, b) { return a + b; })")
		if err != nil {
			t.Fatal(err)
		}
		add, ok := sobek.AssertFunction(v)
		if !ok {
			t.Fatal("not a function")
		}
		r, err := add(sobek.Undefined(), rt.ToValue(2), rt.ToValue(3))
		if err != nil || r.ToInteger() != 5 {
			t.Fatalf("add = %v, %v", r, err)
		}
	}
	if _, err := Run(sobek.New(), "test:bad.js", "("); err == nil {
		t.Error("a syntax error was not reported")
	}
}
