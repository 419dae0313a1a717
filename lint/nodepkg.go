package lint

import (
	"encoding/json"
	"path/filepath"
	"strings"

	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/jsmod"
)

// markNodePackages sets NodePackage on the scripts whose nearest
// package.json depends on tfjs-node and on no browser flavour of tfjs:
// that package runs in Node, whatever its files import. Pages, and the
// scripts a page loads, run in a browser.
func markNodePackages(fsys jsmod.FS, files []string, ctxs []*runctx.Context) {
	memo := map[string]bool{} // directory -> its package runs in Node
	for i, f := range files {
		ext := strings.ToLower(filepath.Ext(f))
		if ext == ".html" || ext == ".htm" || len(ctxs[i].Pages) > 0 {
			continue
		}
		ctxs[i].NodePackage = nodePackage(fsys, filepath.Dir(f), memo)
	}
}

// nodePackage reports the nearest package.json at or above dir depending
// on @tensorflow/tfjs-node(-gpu) and on none of the browser packages.
func nodePackage(fsys jsmod.FS, dir string, memo map[string]bool) bool {
	if v, ok := memo[dir]; ok {
		return v
	}
	var v bool
	if b, err := fsys.ReadFile(filepath.Join(dir, "package.json")); err == nil {
		v = nodeOnlyDeps(b)
	} else if parent := filepath.Dir(dir); parent != dir {
		v = nodePackage(fsys, parent, memo)
	}
	memo[dir] = v
	return v
}

// browserTF are the packages that bring tfjs to a browser.
var browserTF = []string{"@tensorflow/tfjs", "@tensorflow/tfjs-core", "@tensorflow/tfjs-backend-webgl",
	"@tensorflow/tfjs-backend-wasm", "@tensorflow/tfjs-backend-webgpu", "@tensorflow/tfjs-react-native"}

func nodeOnlyDeps(packageJSON []byte) bool {
	var pj struct {
		Dependencies, DevDependencies, PeerDependencies map[string]string
	}
	if json.Unmarshal(packageJSON, &pj) != nil {
		return false
	}
	has := func(name string) bool {
		_, a := pj.Dependencies[name]
		_, b := pj.DevDependencies[name]
		_, c := pj.PeerDependencies[name]
		return a || b || c
	}
	if !has("@tensorflow/tfjs-node") && !has("@tensorflow/tfjs-node-gpu") {
		return false
	}
	for _, name := range browserTF {
		if has(name) {
			return false
		}
	}
	return true
}
