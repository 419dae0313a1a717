package jsast

import (
	"fmt"
	"go/token"
	"testing"

	"github.com/grafana/sobek/ast"
)

func TestProbeScratch(t *testing.T) {
	for _, c := range []struct{ name, src string }{
		{"a.js", "x = `ab${y}cd${z}`; t`q`; `é${1}`"},
		{"b.mjs", "async function* g() { yield 1; }\nasync function f() { for await (const x of g()) {} }"},
		{"c.js", "x = 'é' + `é${y}é` + /é/"},
		{"d.html", "<script>\r\nconst a = 1;\r\nconst b = ;\r\n</script>"},
	} {
		f := Parse(token.NewFileSet(), c.name, []byte(c.src))
		fmt.Printf("%s: errs=%v scripts=%d\n", c.name, f.Errors, len(f.Scripts))
		for _, e := range f.Errors {
			fmt.Printf("   err %d %q %v\n", e.Offset, e.Msg, f.Tok.Position(f.Tok.Pos(e.Offset)))
		}
		f.Inspector().Preorder(nil, func(n ast.Node) {
			func() {
				defer func() {
					if r := recover(); r != nil {
						fmt.Printf("   PANIC %T: %v\n", n, r)
					}
				}()
				fmt.Printf("   %T %d %d %q\n", n, int(n.Idx0())-1, int(n.Idx1())-1, f.Text(n))
			}()
		})
	}
}
