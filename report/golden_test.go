package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/aymanbagabas/go-udiff"

	"github.com/tfjslint/tfjslint/lint"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// render runs Write and fails the test on error.
func render(t *testing.T, format string, res *lint.Result, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, format, res, opts); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return buf.String()
}

// checkGolden compares got with testdata/name.golden, or rewrites it under -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (-want +got):\n%s", path, udiff.Unified("want", "got", string(want), got))
	}
}

// checkCanFail makes sure a format check that other tests rely on can fail,
// or passing it proves nothing: check must accept valid and refuse every
// broken document, each named by what is wrong with it. A broken document
// equal to valid is an edit that no longer applies: the test needs updating.
func checkCanFail(t *testing.T, check func(doc string) error, valid string, broken map[string]string) {
	t.Helper()
	if err := check(valid); err != nil {
		t.Fatalf("valid output refused: %v", err)
	}
	for name, doc := range broken {
		if doc == valid {
			t.Fatalf("%s: the replacement did not apply; update the test", name)
		}
		if check(doc) == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
