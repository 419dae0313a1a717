package lint

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestNotScriptsAndFragments checks that a run leaves out, with a reason,
// the .js files that are data, markup or build pieces nothing loads, and
// still reports the syntax errors of code a page or import loads, and of
// broken files that only look like pieces.
func TestNotScriptsAndFragments(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		// A three.js JSON model and an HTML backup, saved as .js, loaded by nothing.
		"assets/models/cube.js": "{\n\t\"metadata\": {\"formatVersion\": 3.1},\n\t\"vertices\": [0, 0, 1]\n}\n",
		"backups/webcam-old.js": "\n<h1>Webcam</h1>\n<script src=\"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs\"></script>\n<button id=\"go\">Go</button>\n<script>\n  const x = tf.zeros([1]);\n</script>\n",
		// A vendored library's build pieces: intro, members, outro.
		"vendor/cropper/src/intro.js": "/*! Cropper v@VERSION */\n(function (factory) {\n  if (typeof define === 'function' && define.amd) {\n    define(['jquery'], factory);\n  } else {\n    factory(jQuery);\n  }\n})(function ($) {\n  'use strict';\n  function Cropper(element) { this.$element = $(element); }\n  Cropper.prototype = {\n",
		"vendor/cropper/src/bind.js":  "    bind: function () {\n      this.$element.on('crop', this.options.crop);\n    },\n",
		"vendor/cropper/src/outro.js": "  };\n  $.fn.cropper = function () { return new Cropper(this); };\n});\n",
		// A wrapper start that stops in an assignment the build completes.
		"vendor/select/src/wrapper.start.js": "(function (factory) {\n  factory(jQuery);\n}(function (jQuery) {\n  var S2 =\n",
		"vendor/select/src/wrapper.end.js":   "  return S2;\n}));\n",
		// A script cut off in an assignment, with no piece beside it.
		"train/assign.js": "function setup() {\n  const optimizer =\n",
		// The same kinds of file, but a page loads them: the browser throws.
		"web/index.html":    "<script src=\"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs\"></script>\n<script src=\"labels.js\"></script>\n<script src=\"wrap/start.js\"></script>\n<script src=\"wrap/end.js\"></script>\n<script src=\"app.js\"></script>\n",
		"web/labels.js":     "{\"labels\": [\"cat\", \"dog\"]}\n",
		"web/wrap/start.js": "(function (tf) {\n  const model = tf.sequential();\n",
		"web/wrap/end.js":   "})(window.tf);\n",
		"web/app.js":        "const model = tf.sequential();\n",
		// A training script missing its last brace beside a helper that closes
		// one too many: both broken, neither a piece of a build.
		"train/train.js": "import * as tf from '@tensorflow/tfjs';\nasync function train(model, xs, ys) {\n  for (let i = 0; i < 10; i++) {\n    await model.fit(xs, ys);\n  }\n",
		"train/util.js":  "export function norm(t) {\n  return t.div(255);\n}\n}\n",
		// A UMD template header with no piece beside it: it ends where the
		// build puts the wrapped code. A script cut off inside a function
		// has code after the opener: still an error.
		"vendor/moment/templates/header.js": ";(function (global, factory) {\n  typeof define === 'function' && define.amd ? define(['../moment'], factory) :\n  factory(global.moment)\n}(this, function (moment) { 'use strict';\n",
		"train/cut.js":                      "function predict(model, x) {\n  const y = model.predict(x);\n",
		// A real syntax error in code nothing loads stays a syntax error.
		"scripts/eval.js": "const tf = require('@tensorflow/tfjs-node');\nconst acc = tf.scalar(0.9) +;\n",
	})
	var files []string
	for _, f := range []string{"assets/models/cube.js", "backups/webcam-old.js", "vendor/cropper/src/intro.js",
		"vendor/cropper/src/bind.js", "vendor/cropper/src/outro.js", "web/index.html", "web/labels.js",
		"web/wrap/start.js", "web/wrap/end.js", "web/app.js", "train/train.js", "train/util.js", "scripts/eval.js",
		"vendor/moment/templates/header.js", "train/cut.js", "vendor/select/src/wrapper.start.js", "vendor/select/src/wrapper.end.js", "train/assign.js"} {
		files = append(files, filepath.Join(root, f))
	}
	res, err := Run(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var skipped []string
	for _, s := range res.Skipped {
		r, _ := filepath.Rel(root, s.File)
		skipped = append(skipped, fmt.Sprintf("%s %s", filepath.ToSlash(r), s.Kind))
		if s.Reason == "" {
			t.Errorf("%s: skipped without a reason", s.File)
		}
	}
	slices.Sort(skipped)
	want := []string{
		"assets/models/cube.js not-javascript",
		"backups/webcam-old.js not-javascript",
		"vendor/cropper/src/bind.js fragment",
		"vendor/cropper/src/intro.js fragment",
		"vendor/cropper/src/outro.js fragment",
		"vendor/moment/templates/header.js fragment",
		"vendor/select/src/wrapper.end.js fragment",
		"vendor/select/src/wrapper.start.js fragment",
	}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped\n%s\nwant\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
	}
	var errs []string
	for _, f := range res.Findings {
		if f.Rule == "syntax-error" {
			r, _ := filepath.Rel(root, f.File)
			errs = append(errs, fmt.Sprintf("%s:%d", filepath.ToSlash(r), f.Range.Start.Line))
		}
	}
	slices.Sort(errs)
	wantErrs := []string{"scripts/eval.js:2", "train/assign.js:2", "train/cut.js:2", "train/train.js:5", "train/util.js:4", "web/labels.js:1", "web/wrap/end.js:1", "web/wrap/start.js:2"}
	if !slices.Equal(errs, wantErrs) {
		t.Errorf("syntax errors %q\nwant %q", errs, wantErrs)
	}
	for _, s := range res.Skipped {
		if slices.Contains(res.Files, s.File) || res.Sources[s.File] != nil {
			t.Errorf("%s is both skipped and linted", s.File)
		}
	}
}

// TestLeftOutSyntaxErrors checks the severity of syntax errors in files that
// nothing loads: info when the project around the file leaves it out (the
// page beside a classic script loads other scripts; the modules beside an
// exporting module import one another, not it), an error for a standalone
// Node script, a library's only module, and a script a page loads.
func TestLeftOutSyntaxErrors(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		// A page loads its solution; the exercise copy beside it is broken.
		"house/index.html":  "<script src=\"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs\"></script>\n<script src=\"solution.js\"></script>\n",
		"house/solution.js": "const model = tf.sequential();\nmodel.add(tf.layers.dense({units: 1, inputShape: [1]}));\n",
		"house/exercise.js": "const model = tf.sequential();\n/ TODO: add a layer\nmodel.add(tf.layers.dense({units: 1, inputShape: [1]}));\n",
		// The page loads the broken script: the page breaks.
		"snake/index.html": "<script src=\"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs\"></script>\n<script src=\"sketch.js\"></script>\n",
		"snake/sketch.js":  "function setup(var w) {\n  return tf.zeros([w]);\n}\n",
		// Node scripts that require one another; a data loader nobody requires.
		"server/start.js":  "const tf = require('@tensorflow/tfjs-node');\nconst split = require('./split');\nsplit('data.csv').then((rows) => tf.tensor2d(rows));\n",
		"server/split.js":  "const fs = require('fs');\nmodule.exports = async (file) => fs.readFileSync(file, 'utf8').split('\\n').map((l) => l.split(',').map(Number));\n",
		"server/loader.js": "const tf = require('@tensorflow/tfjs-node');\nmodule.exports = async () => {\n  print(\"rows\"\n  return tf.zeros([1]);\n};\n",
		// A TypeScript module nobody imports yet: tsc compiles it anyway.
		"server/metrics.ts": "export function accuracy(p: number[], y: number[]): number {\n  return p.filter((v, i) => v === y[i]).length / p.length;\n",
		"server/predict.js": "const tf = require('@tensorflow/tfjs-node');\nconst x = tf.tensor([1, 2]) +;\n",
		// A library's only module, and a Node script run on its own.
		"brain/brain.js":  "const tf = require('@tensorflow/tfjs');\nclass Brain { train() { [1].forEach(() => { continue; }); } }\nmodule.exports = Brain;\n",
		"scripts/iris.js": "const tf = require('@tensorflow/tfjs-node');\nconst xs = tf.tensor2d([[1, 2]]));\n",
	})
	var files []string
	for _, f := range []string{"house/index.html", "house/solution.js", "house/exercise.js", "snake/index.html", "snake/sketch.js",
		"server/start.js", "server/split.js", "server/loader.js", "server/predict.js", "server/metrics.ts", "brain/brain.js", "scripts/iris.js"} {
		files = append(files, filepath.Join(root, f))
	}
	res, err := Run(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range res.Findings {
		if f.Rule == "syntax-error" {
			r, _ := filepath.Rel(root, f.File)
			got = append(got, fmt.Sprintf("%s %s", filepath.ToSlash(r), f.Severity))
		}
	}
	slices.Sort(got)
	want := []string{
		"brain/brain.js error",
		"house/exercise.js info",
		"scripts/iris.js error",
		"server/loader.js info",
		"server/metrics.ts error",
		"server/predict.js error",
		"snake/sketch.js error",
	}
	if !slices.Equal(got, want) {
		t.Errorf("syntax errors\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
