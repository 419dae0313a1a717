package contexts_test

import (
	"go/token"
	"strings"
	"testing"

	"github.com/grafana/sobek/ast"
	"golang.org/x/tools/go/analysis"

	"github.com/tfjslint/tfjslint/analyzers/analyzertest"
	"github.com/tfjslint/tfjslint/analyzers/contexts"
	"github.com/tfjslint/tfjslint/analyzers/tfapi"
	"github.com/tfjslint/tfjslint/jsast"
)

// probe reports the context of every tf.scalar(…) call, so fixtures can
// state with want comments where code runs.
var probe = &analysis.Analyzer{
	Name:     "contextprobe",
	Doc:      "test helper",
	Requires: []*analysis.Analyzer{contexts.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		c := pass.ResultOf[contexts.Analyzer].(*contexts.Info)
		c.File.Inspector().WithStack([]ast.Node{(*ast.CallExpression)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
			if api, ok := c.TF.API(n.(*ast.CallExpression)); !push || !ok || api.Name != "tf.scalar" {
				return true
			}
			ctx := c.Of(stack)
			parts := []string{ctx.Freq.String()}
			if ctx.Repeat != nil {
				parts[0] = ctx.Rate() + ctx.Via(c.File, n)
			}
			if ctx.Loopy && ctx.Outer < contexts.PerIteration {
				parts = append(parts, "outer "+ctx.Outer.String(), "loopy")
			}
			if ctx.Test {
				parts = append(parts, "test")
			}
			if ctx.Lazy {
				parts = append(parts, "lazy")
			}
			if ctx.Sparse {
				parts = append(parts, "sparse")
			}
			if ctx.Tidy {
				parts = append(parts, "tidy")
			}
			if ctx.Async {
				parts = append(parts, "async")
			}
			pass.Reportf(c.File.Pos(n.Idx0()), "%s", strings.Join(parts, ", "))
			return true
		})
		return nil, nil
	},
}

func TestContexts(t *testing.T) {
	analyzertest.Run(t, "testdata", probe)
}

func TestSubject(t *testing.T) {
	tests := []struct {
		r    contexts.Repeat
		want string
	}{
		{contexts.Repeat{Kind: contexts.Loop}, "loop body"},
		{contexts.Repeat{Kind: contexts.Listener, Detail: "click"}, "'click' handler"},
		{contexts.Repeat{Kind: contexts.Timer}, "setTimeout callback"},
		{contexts.Repeat{Kind: contexts.FitCallback, Detail: "onBatchEnd"}, "onBatchEnd callback"},
	}
	for _, tt := range tests {
		if got := tt.r.Subject(); got != tt.want {
			t.Errorf("Subject of kind %d = %q, want %q", tt.r.Kind, got, tt.want)
		}
	}
}

func TestNode(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"tfjs-node import", "import * as tf from '@tensorflow/tfjs-node-gpu';\ntf.scalar(1);", true},
		{"node: built-in", "import fs from 'node:fs';\nimport * as tf from '@tensorflow/tfjs';\ntf.scalar(1);", true},
		{"require of a Node module", "const tf = require('@tensorflow/tfjs');\nconst path = require('path');\ndocument.title = path.sep;\ntf.scalar(1);", true},
		{"process.argv", "import * as tf from '@tensorflow/tfjs';\nconst n = +process.argv[2];\ntf.scalar(n);", true},
		{"CommonJS without the page", "const tf = require('@tensorflow/tfjs');\nmodule.exports = () => tf.scalar(1);", true},
		// Module names in strings are not imports.
		{"strings naming Node modules", "import * as tf from '@tensorflow/tfjs';\nconst kind = 'http';\nfetch(kind + '://x/path');\ntf.scalar(1);", false},
		// Bundlers define process.env.NODE_ENV for the page too.
		{"NODE_ENV in browser code", "import * as tf from '@tensorflow/tfjs';\nif (process.env.NODE_ENV !== 'production') console.log(tf.scalar(1));", false},
		{"CommonJS on a page", "const tf = require('@tensorflow/tfjs');\nmodule.exports = (c) => tf.browser.fromPixels(c);", false},
		{"CommonJS drawing to the document", "const tf = require('@tensorflow/tfjs');\nmodule.exports = () => { document.body.append(String(tf.scalar(1))); };", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := jsast.Parse(token.NewFileSet(), "x.js", []byte(tt.src))
			if len(f.Errors) > 0 {
				t.Fatalf("parse: %v", f.Errors[0])
			}
			if got := contexts.Compute(tfapi.Resolve(f)).Node(); got != tt.want {
				t.Errorf("Node() = %v, want %v", got, tt.want)
			}
		})
	}
}
