package notsaved

import (
	"bytes"

	"github.com/grafana/sobek/ast"

	"github.com/tfjslint/tfjslint/jsast"
)

// saveMethods are the calls that save a model or build a tf.io handler
// that does: model.save(…), tf.io.browserDownloads(…), tf.io.withSaveHandler,
// tf.node.fileSystem, and FileSaver's saveAs.
var saveMethods = map[string]bool{"save": true, "browserDownloads": true, "withSaveHandler": true,
	"browserIndexedDB": true, "browserLocalStorage": true, "browserHTTPRequest": true, "fileSystem": true,
	"saveAs": true}

// weightWriters are the words of code that writes values out: weights
// read with getWeights in a file that has one of them are taken as
// exported by hand (manual-weight-export's business).
var weightWriters = [][]byte{[]byte("setItem"), []byte("writeFile"), []byte("Blob"), []byte("stringify"),
	[]byte("send("), []byte("fetch("), []byte("postMessage"), []byte("emit(")}

// Saves reports a file that saves a model, or reads weights out in a file
// that writes values somewhere: a lexical pre-check, then a walk of its
// calls. A save on any receiver counts (the model may be held under any
// name, in another file): a false yes only silences the rule.
func Saves(f *jsast.File) bool {
	if len(f.Errors) > 0 {
		return true // a script that did not parse may save
	}
	if !jsast.MentionsAny(f.Src, "save", "Save", "browserDownloads", "withSaveHandler", "fileSystem", "getWeights") {
		return false
	}
	weightsOut := false
	if bytes.Contains(f.Src, []byte("getWeights")) {
		for _, w := range weightWriters {
			if bytes.Contains(f.Src, w) {
				weightsOut = true
			}
		}
	}
	found := false
	f.Inspector().Preorder([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node) {
		if found {
			return
		}
		call := n.(*ast.CallExpression)
		var name string
		switch c := jsast.UnwrapOptional(call.Callee).(type) {
		case *ast.DotExpression:
			name = c.Identifier.Name.String()
		case *ast.Identifier:
			name = c.Name.String()
		}
		switch {
		case name == "save":
			found = len(call.ArgumentList) > 0 // a model's save says where to
		case saveMethods[name]:
			found = true
		case name == "getWeights":
			found = weightsOut
		}
	})
	return found
}
