package promiseflow_test

import (
	"go/token"
	"testing"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/analyzers/unawaited/promiseflow"
	"github.com/tfjslint/tfjslint/jsast"
)

const prelude = "import * as tf from '@tensorflow/tfjs';\nconst model = tf.sequential();\n"

// firstPromise parses src and returns the flow and its first promise call.
func firstPromise(t *testing.T, src string) (*promiseflow.Flow, *ast.CallExpression) {
	t.Helper()
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(prelude+src))
	if len(f.Errors) > 0 {
		t.Fatalf("%q: %v", src, f.Errors[0])
	}
	fl := promiseflow.New(tfapi.Resolve(f))
	var found *ast.CallExpression
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if c, ok := n.(*ast.CallExpression); ok && found == nil {
			if _, ok := fl.PromiseCall(c); ok {
				found = c
			}
		}
	})
	if found == nil {
		t.Fatalf("%q: no promise call", src)
	}
	return fl, found
}

func TestFate(t *testing.T) {
	cases := []struct {
		src     string
		kind    promiseflow.Kind
		handled bool
	}{
		{"async function f(x, y) { await model.fit(x, y); }", promiseflow.Awaited, true},
		{"async function f(x, y) { await (x ? model.fit(x, y) : null); }", promiseflow.Awaited, true},
		{"function f(x, y) { return model.fit(x, y); }", promiseflow.Returned, true},
		{"const f = (x, y) => model.fit(x, y);", promiseflow.Returned, true},
		{"function f(x, y) { model.fit(x, y).then(console.log); }", promiseflow.Chained, true},
		{"function f(x, y) { model?.fit(x, y).catch(console.error); }", promiseflow.Chained, true},
		{"function f(x, y) { void model.fit(x, y); }", promiseflow.Voided, true},
		{"function f(x, y) { Promise.all([model.fit(x, y)]); }", promiseflow.Passed, true},
		{"function f(x, y, jobs) { jobs.push(model.fit(x, y)); }", promiseflow.Passed, true},
		{"function f(x, y) { this.p = model.fit(x, y); }", promiseflow.Stored, true},
		{"function f(x, y) { return { p: model.fit(x, y) }; }", promiseflow.Stored, true},
		{"export const p = model.fit(1, 2);", promiseflow.Stored, true},
		{"async function f(x, y) { const p = model.fit(x, y); await p; }", promiseflow.Local, true},
		{"async function f(x, y) { const ps = [model.fit(x, y)]; await Promise.all(ps); }", promiseflow.Local, true},
		{"function f(x, y) { let p; p = model.fit(x, y); return p; }", promiseflow.Local, true},
		{"function f(x, y) { const p = model.fit(x, y); }", promiseflow.Local, false},
		{"function f(x, y) { const h = model.fit(x, y); return h.history; }", promiseflow.Local, false},
		{"function f(x, y) { model.fit(x, y); }", promiseflow.Dropped, false},
		{"function f(x, y) { model.fit(x, y), x.dispose(); }", promiseflow.Dropped, false},
		{"function f(x, y) { ready && model.fit(x, y); }", promiseflow.Dropped, false},
		{"function f(x, y) { return model.fit(x, y).history; }", promiseflow.Misused, false},
		{"function f(x, y) { const {history} = model.fit(x, y); return history; }", promiseflow.Misused, false},
		{"function f(x, y) { return `${model.fit(x, y)}`; }", promiseflow.Misused, false},
	}
	for _, c := range cases {
		fl, call := firstPromise(t, c.src)
		if got := fl.FateOf(call, false).Kind; got != c.kind {
			t.Errorf("%q: fate %v, want %v", c.src, got, c.kind)
		}
		if got := fl.Handled(call); got != c.handled {
			t.Errorf("%q: handled %v, want %v", c.src, got, c.handled)
		}
	}
}

func TestAwaitsThroughChains(t *testing.T) {
	cases := map[string]int{
		"async function f(x, y) { await model.fit(x, y).then((h) => h); }":        1,
		"async function f(x, y) { await Promise.all([model.fit(x, y)]); }":        1,
		"async function f(x, y) { const p = model.fit(x, y); g(); return p; }":    1,
		"async function f(x, y) { const p = model.fit(x, y); await p; await p; }": 2,
		"function f(x, y) { model.fit(x, y).then((h) => h); }":                    0,
		"function f(x, y) { Promise.all([model.fit(x, y)]); }":                    0,
	}
	for src, want := range cases {
		fl, call := firstPromise(t, src)
		if got := len(fl.Awaits(call)); got != want {
			t.Errorf("%q: %d awaits, want %d", src, got, want)
		}
	}
}

func TestPromiseCallOnUntypedReceivers(t *testing.T) {
	cases := map[string]bool{
		"function f(m, x, y) { m.fit(x, y, {epochs: 3}); }":                       true,
		"async function f(m, x, y) { m.fit(x, y); }":                              true,
		"function f(m, ds) { m.fitDataset(ds, {epochs: 1}); }":                    true,
		"async function f(m, x, y) { m.trainOnBatch(x, y); }":                     true,
		"function f(m) { m.save('indexeddb://a'); }":                              true,
		"function f(m, name) { m.save(`downloads://${name}`); }":                  true,
		"function f(m, url) { m.save(tf.io.browserHTTPRequest(url)); }":           true,
		"function f(m) { m.save(); m.save('notes'); }":                            false,
		"function f(m, x) { m.fit(x); }":                                          false,
		"function f(m, x) { m.data(); m.array(); }":                               false,
		"import {KMeans} from 'ml-kmeans';\nconst k = new KMeans(); k.fit(1, 2);": false,
		"const lib = require('ml-lib');\nlib.fit(1, 2, {epochs: 1});":             false,
		"class S { fit(x, y) { return this; } go(x, y) { this.fit(x, y); } }":     false,
		"class S { async fit(x, y) { await 0; } go(x, y) { this.fit(x, y); } }":   true,
		"class S { fit(x, y) { return this.m.fit(x, y); } }\nnew S().fit(1, 2);":  true,
		"class S extends tf.Sequential { go(x, y) { this.fit(x, y); } }":          true,
	}
	for src, want := range cases {
		f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(prelude+src))
		if len(f.Errors) > 0 {
			t.Fatalf("%q: %v", src, f.Errors[0])
		}
		fl := promiseflow.New(tfapi.Resolve(f))
		got := false
		f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
			if c, ok := n.(*ast.CallExpression); ok {
				if pc, ok := fl.PromiseCall(c); ok && !pc.Resolved {
					got = true
				}
			}
		})
		if got != want {
			t.Errorf("%q: untyped promise call found = %v, want %v", src, got, want)
		}
	}
}

func TestOwner(t *testing.T) {
	src := prelude + `async function train(opt, xs) {
  for (let i = 0; i < 3; i++) {
    tf.tidy(() => opt.minimize(() => xs.square().sum()));
    await new Promise((r) => setTimeout(r, 10));
  }
  button.addEventListener('click', () => setTimeout(r, 1));
}
`
	f := jsast.Parse(token.NewFileSet(), "t.mjs", []byte(src))
	fl := promiseflow.New(tfapi.Resolve(f))
	var train ast.Node
	owners := map[string]ast.Node{}
	f.Inspector().Preorder(nil, func(n ast.Node) {
		switch x := n.(type) {
		case *ast.FunctionLiteral:
			if x.Name != nil && x.Name.Name == "train" {
				train = x
			}
		case *ast.CallExpression:
			owners[f.Text(x.Callee)] = fl.Owner(x)
		}
	})
	if owners["opt.minimize"] != train {
		t.Error("minimize inside tf.tidy should belong to train")
	}
	if owners["xs.square().sum"] != train {
		t.Error("minimize runs its loss function in place: it belongs to train")
	}
	if owners["setTimeout"] == train || owners["setTimeout"] == nil {
		t.Error("the setTimeout in a click listener belongs to the listener")
	}
}
