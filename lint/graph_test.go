package lint

import (
	"fmt"
	"strings"
	"testing"
)

// A small project in memory: a page with three scripts, an ES module
// graph with a cycle and a dynamic import, CommonJS, a worker, a
// package.json.
var graphProject = map[string][]byte{
	"p/index.html": []byte(`<!doctype html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<script src="js/ui.js"></script>
<script src="./js/train.js?v=2"></script>
<script type="module" src="/src/main.js"></script>
`),
	"p/js/ui.js":    []byte("function show(x) { document.title = x; }\n"),
	"p/js/train.js": []byte("const worker = new Worker('js/worker.js');\n"),
	"p/js/worker.js": []byte(`importScripts('https://cdn.jsdelivr.net/npm/@tensorflow/tfjs');
self.onmessage = () => {};
`),
	"p/src/main.js": []byte(`import * as tf from '@tensorflow/tfjs';
import { build } from './model';
export { train } from './train.js';
const viz = await import('./viz.js');
`),
	"p/src/model.js": []byte(`import { train } from './train.js';
export function build() { return train; }
`),
	"p/src/train.js": []byte(`import { build } from './model.js';
export function train() { return build(); }
function require(x) { return x; }
require('./not-a-require.js');
`),
	"p/src/viz.js": []byte("export const viz = 1;\n"),
	"p/cli/index.cjs": []byte(`const tf = require('@tensorflow/tfjs-node');
const data = require('./data');
const missing = require('./gone');
`),
	"p/cli/data.cjs":     []byte("module.exports = {};\n"),
	"p/cli/package.json": []byte(`{"main": "index.cjs"}`),
}

func TestBuildGraph(t *testing.T) {
	var files []string
	for _, f := range []string{"p/cli/data.cjs", "p/cli/index.cjs", "p/index.html", "p/js/train.js", "p/js/ui.js",
		"p/js/worker.js", "p/src/main.js", "p/src/model.js", "p/src/train.js", "p/src/viz.js"} {
		files = append(files, f)
	}
	g := BuildGraph(files, "p", graphProject)
	var got []string
	for _, e := range g.Edges {
		to := e.To
		if e.External {
			to = "external"
		}
		got = append(got, fmt.Sprintf("%s:%d %s %s -> %s", e.From, e.Line, e.Kind, e.Spec, to))
	}
	want := []string{
		"p/cli/index.cjs:1 require @tensorflow/tfjs-node -> external",
		"p/cli/index.cjs:2 require ./data -> p/cli/data.cjs",
		"p/cli/index.cjs:3 require ./gone -> ",
		"p/cli/package.json:1 package index.cjs -> p/cli/index.cjs",
		"p/index.html:2 script https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js -> external",
		"p/index.html:3 script ./js/ui.js -> p/js/ui.js",
		"p/index.html:4 script ./js/train.js?v=2 -> p/js/train.js",
		"p/index.html:5 module /src/main.js -> p/src/main.js",
		"p/js/train.js:1 worker ./js/worker.js -> p/js/worker.js", // relative to the page
		"p/js/worker.js:1 worker https://cdn.jsdelivr.net/npm/@tensorflow/tfjs -> external",
		"p/src/main.js:1 import @tensorflow/tfjs -> external",
		"p/src/main.js:2 import ./model -> p/src/model.js",
		"p/src/main.js:3 import ./train.js -> p/src/train.js",
		"p/src/main.js:4 dynamic ./viz.js -> p/src/viz.js",
		"p/src/model.js:1 import ./train.js -> p/src/train.js",
		"p/src/train.js:1 import ./model.js -> p/src/model.js",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("edges:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if imp := g.Imports("p/src/main.js"); strings.Join(imp, " ") != "p/src/model.js p/src/train.js p/src/viz.js" {
		t.Errorf("Imports(main) = %q", imp)
	}
}
