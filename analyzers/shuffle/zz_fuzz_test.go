package shuffle_test

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/tfjslint/tfjslint/analyzers/resize"
	"github.com/tfjslint/tfjslint/analyzers/runctx"
	"github.com/tfjslint/tfjslint/analyzers/shuffle"
)

func FuzzZZ(f *testing.F) {
	for _, dir := range []string{"testdata", "../resize/testdata"} {
		ents, _ := os.ReadDir(dir)
		for _, e := range ents {
			if filepath.Ext(e.Name()) == ".golden" {
				continue
			}
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			f.Add(b, filepath.Ext(e.Name()) == ".html")
		}
	}
	tmp := f.TempDir()
	n := 0
	f.Fuzz(func(t *testing.T, src []byte, html bool) {
		n++
		name := filepath.Join(tmp, fmt.Sprintf("f%d.mjs", n))
		if html {
			name = filepath.Join(tmp, fmt.Sprintf("f%d.html", n))
		}
		os.WriteFile(name, src, 0o644)
		defer os.Remove(name)
		timer := time.AfterFunc(10*time.Second, func() {
			os.WriteFile("/tmp/stuck_input", src, 0o644)
			panic("stuck")
		})
		defer timer.Stop()
		fset := token.NewFileSet()
		g, err := checker.Analyze([]*analysis.Analyzer{shuffle.Analyzer, resize.Analyzer}, []*packages.Package{runctx.NewPackage(fset, name)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range g.Roots {
			if a.Err != nil {
				t.Fatal(a.Err)
			}
		}
	})
}
