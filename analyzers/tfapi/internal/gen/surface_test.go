package gen

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tfjslint/tfjslint/analyzers/tfapi"
)

// The version of tfjs the table describes.
const tfjsVersion = "4.22.0"

// Namespaces for backend authors: the table lists them as namespaces but not
// their members.
var internalNamespaces = []string{"tf.backend_util", "tf.kernel_impls", "tf.broadcast_util", "tf.gather_util",
	"tf.scatter_util", "tf.slice_util", "tf.shared", "tf.gpgpu_util", "tf.webgl_util"}

// Real methods the table leaves out on purpose.
var omittedMethods = map[string][]string{
	"Dataset":   {"toArrayForTest"},                                             // a test helper
	"Optimizer": {"extractIterations", "incrementIterations", "saveIterations"}, // protected
}

type surface struct {
	Version    string              `json:"version"`
	Namespaces map[string][]string `json:"namespaces"`
	Methods    map[string][]string `json:"methods"`
}

// tfjsDir returns node and the directory that holds node_modules/@tensorflow/tfjs.
func tfjsDir(t *testing.T) (node, dir string) {
	t.Helper()
	skip := t.Skipf
	if os.Getenv("TFJSLINT_REQUIRE_EXTERNAL") == "1" {
		skip = t.Fatalf
	}
	node, err := exec.LookPath("node")
	if err != nil {
		skip("node is not installed: cannot compare the table with real tfjs")
	}
	dir = os.Getenv("TFJSLINT_TFJS_DIR")
	if dir == "" {
		dir = filepath.Join(repoRoot(t), "testdata", "oracle")
	}
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "@tensorflow", "tfjs", "package.json")); err != nil {
		skip("no @tensorflow/tfjs in %s/node_modules (run npm ci there, or set TFJSLINT_TFJS_DIR): %v", dir, err)
	}
	return node, dir
}

// runNode runs one of this package's scripts on the tfjs in dir and decodes its JSON output into v.
func runNode(t *testing.T, node, dir, script string, v any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(node, script, dir)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("node %s %s: %v\n%s", script, dir, err, stderr.Bytes())
	}
	if err := json.Unmarshal(stdout.Bytes(), v); err != nil {
		t.Fatalf("%s output: %v", script, err)
	}
}

func loadSurface(t *testing.T) surface {
	t.Helper()
	node, dir := tfjsDir(t)
	var s surface
	runNode(t, node, dir, "surface.js", &s)
	if s.Version != tfjsVersion {
		t.Fatalf("%s has tfjs %s; the table describes %s", dir, s.Version, tfjsVersion)
	}
	return s
}

func repoRoot(t *testing.T) string {
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// hasMethod reports whether class or one of its subclasses has the method:
// abstract classes (Dataset, Optimizer) leave some methods to their subclasses.
func hasMethod(s surface, class, method string) bool {
	for c, methods := range s.Methods {
		if !slices.Contains(methods, method) {
			continue
		}
		for ; c != ""; c = tfapi.SuperClass(c) {
			if c == class {
				return true
			}
		}
	}
	return false
}

func TestTableMatchesTFJS(t *testing.T) {
	s := loadSurface(t)

	// Namespaces: the same set.
	var real []string
	for ns := range s.Namespaces {
		real = append(real, ns)
	}
	slices.Sort(real)
	ours := tfapi.Namespaces()
	slices.Sort(ours)
	if !slices.Equal(real, ours) {
		t.Errorf("namespaces differ:\n tfjs:  %v\n table: %v", real, ours)
	}

	// Every table name exists in tfjs.
	inTable := map[string]bool{}
	for _, a := range tfapi.All() {
		inTable[a.Name] = true
		i := strings.LastIndexByte(a.Name, '.')
		prefix, member := a.Name[:i], a.Name[i+1:]
		if members, ok := s.Namespaces[prefix]; ok {
			if !slices.Contains(members, member) {
				t.Errorf("%s: not in tfjs %s", a.Name, s.Version)
			}
			continue
		}
		if _, ok := s.Methods[prefix]; ok && !hasMethod(s, prefix, member) {
			t.Errorf("%s: %s has no method %s in tfjs %s", a.Name, prefix, member, s.Version)
		}
	}

	// Every function of a user-facing namespace is in the table.
	for ns, members := range s.Namespaces {
		if slices.Contains(internalNamespaces, ns) {
			continue
		}
		for _, m := range members {
			if !inTable[ns+"."+m] {
				t.Errorf("%s.%s: in tfjs, missing from the table", ns, m)
			}
		}
	}

	// Every method of Tensor, Variable, Dataset and Optimizer is in the table.
	for _, class := range []string{"Tensor", "Variable", "Dataset", "Optimizer"} {
		for _, m := range s.Methods[class] {
			if slices.Contains(omittedMethods[class], m) {
				continue
			}
			if _, ok := tfapi.Method(class, m); !ok {
				t.Errorf("%s.%s: in tfjs, missing from the table", class, m)
			}
		}
	}
}

// TestResultsMatchProbe calls the functions of real tfjs (probe.js) and
// requires the table's Result and Async to describe what they returned.
func TestResultsMatchProbe(t *testing.T) {
	node, dir := tfjsDir(t)
	var probe map[string]struct {
		Kind  string `json:"kind"`
		Async bool   `json:"async"`
	}
	runNode(t, node, dir, "probe.js", &probe)
	if len(probe) < 500 {
		t.Errorf("probe.js classified only %d APIs", len(probe))
	}
	for name, got := range probe {
		a, ok := tfapi.Lookup(name)
		if !ok {
			t.Errorf("%s: probed in tfjs, missing from the table", name)
			continue
		}
		if a.Result.String() != got.Kind || a.Async != got.Async {
			t.Errorf("%s: table says %v (async %v), tfjs returned %s (async %v)", name, a.Result, a.Async, got.Kind, got.Async)
		}
	}
}
