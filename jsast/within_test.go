package jsast

import (
	"slices"
	"testing"

	"github.com/grafana/sobek/ast"
)

// PreorderWithin must visit exactly the nodes a whole-file scan filtered by
// span finds, in the same order, for every node as root: declarations whose
// function literal has the same span, arrows, classes, a page's scripts.
func TestPreorderWithinMatchesScan(t *testing.T) {
	for name, src := range map[string]string{
		"a.js": "import * as tf from '@tensorflow/tfjs';\nfunction f(a = () => 1) { const x = tf.zeros([2]); return g(x); }\n" +
			"export default function (m) { m.fit(); }\nclass C { #p = 1; m() { return this.#p; } static { h(); } }\n" +
			"const k = async () => { await tf.nextFrame(); setTimeout(() => k(), 10); };\n",
		"p.html": "<script>function a() { b(); }</script><p>x</p><script type=module>const c = () => a(); c();</script>",
	} {
		f := parseSrc(t, name, src)
		if len(f.Errors) > 0 {
			t.Fatal(f.Errors)
		}
		for _, types := range [][]ast.Node{nil, {(*ast.CallExpression)(nil)}} {
			f.Inspector().Preorder(nil, func(root ast.Node) {
				start, end := f.Span(root)
				var want, got []ast.Node
				f.Inspector().Preorder(types, func(n ast.Node) {
					if a, b := f.Span(n); a >= start && b <= end {
						want = append(want, n)
					}
				})
				f.PreorderWithin(root, types, func(n ast.Node) { got = append(got, n) })
				if !slices.Equal(got, want) {
					t.Errorf("%s: root %T at %d: %d nodes, scan finds %d", name, root, f.Tok.Offset(start), len(got), len(want))
				}
			})
		}
	}
}
