package report

import (
	"strings"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// The fixture is a small project as the CLI would see it: a page whose inline
// script trains with SGD, a module script with CJK identifiers after a tab,
// and a file without findings. Positions are computed from the text, so they
// are right by construction.

const pageHTML = `<!doctype html>
<meta charset="utf-8">
<title>Entraînement</title>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0"></script>
<script>
  const opt = tf.train.sgd(-0.1); // taux d’apprentissage
  model.compile({optimizer: opt, loss: 'meanSquaredError'});
  setTimeout(() => model.save('downloads://modèle'), 5000);
</script>
`

const trainJS = "import * as tf from '@tensorflow/tfjs';\n" +
	"\n" +
	"const model = tf.sequential();\n" +
	"model.add(tf.layers.dense({units: 1, inputShape: [1]}));\n" +
	"model.compile({optimizer: 'sgd', loss: 'meanSquaredError'});\n" +
	"\n" +
	"export async function train(xs, ys) {\n" +
	"\t// «Lernrate» ändern\n" +
	"\tconst 最適化 = tf.train.adam(0.5);\n" +
	"\tawait model.fit(xs, ys, {epochs: 10});\n" +
	"}\n"

const utilsJS = "export const normalize = (x) => x.div(255);\n"

const (
	pagePath  = "demo/página.html"
	trainPath = "demo/train.js"
	utilsPath = "demo/utils.js"
)

func fixture() *lint.Result {
	sgdCall := span(pageHTML, "tf.train.sgd(-0.1)")
	return &lint.Result{
		Files: []string{pagePath, trainPath, utilsPath},
		Sources: map[string][]byte{
			pagePath:  []byte(pageHTML),
			trainPath: []byte(trainJS),
			utilsPath: []byte(utilsJS),
		},
		Skipped: []lint.Skipped{
			{File: "demo/data.js", Kind: lint.SkipTooLarge, Reason: "3.2 MiB, above files.max-size 1 MiB"},
			{File: "demo/vendor/tf.min.js", Kind: lint.SkipGenerated, Reason: "a *.min.js name", Named: true},
		},
		Findings: []lint.Finding{
			{
				File: pagePath, Rule: "sgd-optimizer", Severity: rules.Warning, Range: sgdCall,
				Message: "tf.train.sgd in <script> converges slowly: use tf.train.adam(0.001)",
				Fixes: []lint.Fix{{
					Message: "Replace with tf.train.adam(0.001)",
					Edits:   []lint.Edit{{Range: sgdCall, NewText: "tf.train.adam(0.001)"}},
				}},
			},
			{
				File: pagePath, Rule: "learning-rate", Severity: rules.Error, Range: span(pageHTML, "-0.1"),
				Message: "learning rate -0.1 for sgd is ≤ 0: training diverges or never moves, use a positive rate such as 0.01",
			},
			{
				File: pagePath, Rule: "timer-wait", Severity: rules.Info, Range: span(pageHTML, "setTimeout"),
				Message: "setTimeout waits 5000 ms for training to finish: await model.fit(...) instead",
			},
			{
				File: trainPath, Rule: "sim-incomplete", Severity: rules.Info,
				Message: "the dry run stopped early: model.fit was never called with data",
			},
			{
				File: trainPath, Rule: "sgd-optimizer", Severity: rules.Warning, Range: span(trainJS, "'sgd'"),
				Message: "optimizer 'sgd' converges slowly: use 'adam'",
				Fixes: []lint.Fix{{
					Message: "Use 'adam'",
					Edits:   []lint.Edit{{Range: span(trainJS, "'sgd'"), NewText: "'adam'"}},
				}},
			},
			{
				File: trainPath, Rule: "learning-rate", Severity: rules.Warning, Range: span(trainJS, "0.5"),
				Message: "learning rate 0.5 for adam is 50× above 0.01, the top of its sensible range (100% = diverging loss): try 0.001",
			},
		},
	}
}

// span is the range of the first occurrence of needle in src.
func span(src, needle string) lint.Range {
	i := strings.Index(src, needle)
	if i < 0 {
		panic("fixture: " + needle + " not in source")
	}
	return lint.Range{Start: position(src, i), End: position(src, i+len(needle))}
}

// position is the line, byte column and offset of byte offset off in src.
func position(src string, off int) lint.Position {
	line := 1 + strings.Count(src[:off], "\n")
	lineStart := strings.LastIndex(src[:off], "\n") + 1
	return lint.Position{Offset: off, Line: line, Column: off - lineStart + 1}
}
