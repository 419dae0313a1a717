package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerated(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"train.js":            "import * as tf from '@tensorflow/tfjs';\nconst x = tf.scalar(1);\n",
		"tf.min.js":           "!function(t){}\n",
		"app.js":              "/******/ (function(modules) { // webpackBootstrap\n/******/ var __webpack_require__;\n",
		"face-api.js":         "(function (global, factory) {\n  typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports) : factory(global.faceapi = {});\n}(this, function (exports) {}));\n",
		"minified.js":         "var a=1;" + strings.Repeat("a=a+1;", 2000) + "\n",
		"page.html":           "<script>" + strings.Repeat("a=a+1;", 2000) + "</script>\n",
		"long_but_normal.mjs": strings.Repeat("export const weights = [0.1, 0.2, 0.3];\n", 400),
		"parcel.js":           "// modules are defined as an array\nparcelRequire = (function (modules) {})({});\n",
		"script.75da7f30.js":  "console.log(1);\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]bool{"train.js": false, "tf.min.js": true, "app.js": true, "face-api.js": true,
		"minified.js": true, "page.html": false, "long_but_normal.mjs": false, "parcel.js": true, "script.75da7f30.js": true}
	for name, gen := range want {
		if got := generated(filepath.Join(dir, name)); got != gen {
			t.Errorf("generated(%s) = %v, want %v", name, got, gen)
		}
	}
	found, err := Discover([]string{dir, filepath.Join(dir, "tf.min.js")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range found {
		names = append(names, filepath.Base(f))
	}
	if got := strings.Join(names, " "); got != "long_but_normal.mjs page.html tf.min.js train.js" {
		t.Errorf("Discover = %s; want the generated files skipped in the walk but tf.min.js kept when named", got)
	}
}
