package lint

import (
	"bufio"
	"bytes"
	"github.com/tfjslint/tfjslint/rules"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// TestCrossFile lints each project of testdata/crossfile as a whole and
// checks its findings against the `want "regexp"` comments of its files:
// every finding ("rule: message") must match a want on its line, every want
// a finding. The wants are what the same code gives in one file: the
// facts one file exports about its exports and globals make the others see
// its models, tensors and tensor-making functions.
func TestCrossFile(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "crossfile", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no crossfile projects: %v", err)
	}
	// model-not-saved is off by default; its projects are here to check it.
	cfg := rules.DefaultConfig()
	if err := cfg.SetSeverity("model-not-saved", rules.Info); err != nil {
		t.Fatal(err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			found, err := Discover([]string{dir}, DiscoverOptions{})
			if err != nil {
				t.Fatal(err)
			}
			files := found.Files
			res, err := Run(files, Options{Config: cfg})
			if err != nil {
				t.Fatal(err)
			}
			type line struct {
				file string
				n    int
			}
			wants := map[line][]*regexp.Regexp{}
			for _, f := range files {
				for n, res := range fileWants(t, f) {
					wants[line{f, n}] = res
				}
			}
			for _, fd := range res.Findings {
				l := line{fd.File, fd.Range.Start.Line}
				text := fd.Rule + ": " + fd.Message
				i := slices.IndexFunc(wants[l], func(re *regexp.Regexp) bool { return re.MatchString(text) })
				if i < 0 {
					t.Errorf("%s:%d: unexpected finding %q", fd.File, l.n, text)
					continue
				}
				wants[l] = append(wants[l][:i], wants[l][i+1:]...)
			}
			for l, res := range wants {
				for _, re := range res {
					t.Errorf("%s:%d: no finding matched %q", l.file, l.n, re)
				}
			}
		})
	}
}

var wantRE = regexp.MustCompile(`want((?:\s+"(?:[^"\\]|\\.)*")+)`)
var quotedRE = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// fileWants reads the want comments of a file, by line.
func fileWants(t *testing.T, file string) map[int][]*regexp.Regexp {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]*regexp.Regexp{}
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		m := wantRE.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		for _, q := range quotedRE.FindAllString(m[1], -1) {
			re, err := regexp.Compile(q[1 : len(q)-1]) // the quotes hold a regexp as written
			if err != nil {
				t.Fatalf("%s:%d: bad want %s: %v", file, n, q, err)
			}
			out[n] = append(out[n], re)
		}
	}
	return out
}
