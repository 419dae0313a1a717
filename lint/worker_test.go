package lint

import (
	"go/token"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsast"
)

// TestMarkWorkers: the files only workers load run in a worker; a file the
// page loads too, or that nothing loads, runs on the main thread.
func TestMarkWorkers(t *testing.T) {
	project := map[string][]byte{
		"w/index.html": []byte(`<script type="module" src="main.js"></script>`),
		"w/main.js": []byte(`import { draw } from './shared.js';
const a = new Worker(new URL('./bundled-worker.js', import.meta.url), { type: 'module' });
const b = new Worker('classic-worker.js');
a.onmessage = (e) => draw(e.data);
`),
		"w/shared.js":         []byte("export function draw(x) { return x; }\n"),
		"w/bundled-worker.js": []byte("import { Agent } from './agent.js';\nimport { draw } from './shared.js';\n"),
		"w/agent.js":          []byte("export class Agent {}\n"),
		"w/classic-worker.js": []byte("importScripts('helpers.js');\n"),
		"w/helpers.js":        []byte("function helper() {}\n"),
		"w/self-worker.js":    []byte("self.onmessage = (e) => { self.postMessage(e.data); };\n"),
		"w/page-listener.js":  []byte("window.addEventListener('message', (e) => console.log(e.data));\n"),
		"w/lonely.js":         []byte("const x = 1;\n"),
	}
	want := map[string]bool{
		"w/index.html": false, "w/main.js": false, "w/shared.js": false, "w/bundled-worker.js": true,
		"w/agent.js": true, "w/classic-worker.js": true, "w/helpers.js": true, "w/self-worker.js": true,
		"w/page-listener.js": false, "w/lonely.js": false,
	}
	var files []string
	for _, f := range []string{"w/index.html", "w/main.js", "w/shared.js", "w/bundled-worker.js", "w/agent.js",
		"w/classic-worker.js", "w/helpers.js", "w/self-worker.js", "w/page-listener.js", "w/lonely.js"} {
		files = append(files, f)
	}
	fset := token.NewFileSet()
	parsed := make([]*jsast.File, len(files))
	ctxs := make([]*runctx.Context, len(files))
	for i, f := range files {
		parsed[i] = jsast.Parse(fset, f, project[f])
		ctxs[i] = &runctx.Context{}
	}
	g := buildGraph(overlayFS{project}, "w", files, parsed)
	markWorkers(g, parsed, ctxs)
	for i, f := range files {
		if ctxs[i].Worker != want[f] {
			t.Errorf("%s: Worker = %v, want %v", f, ctxs[i].Worker, want[f])
		}
	}
}
