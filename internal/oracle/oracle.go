// Package oracle runs JavaScript programs on real TensorFlow.js 4.22.0 under
// Node, through the harness in testdata/oracle (run.js), for tests that check
// tfjslint against the real library. Tests call Need first: it skips when
// Node or the harness's node_modules is missing, and fails instead when
// TFJSLINT_REQUIRE_EXTERNAL=1 (CI), so the comparison never silently lapses.
// TFJSLINT_ORACLE_DUMP=DIR keeps what every run measured (see dump), to
// check that the harness measures the same on every run.
package oracle

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Memory is tf.memory() at one point of a run.
type Memory struct {
	NumTensors int   `json:"numTensors"`
	NumBytes   int64 `json:"numBytes"`
}

// Result is the harness's JSON (see the header of testdata/oracle/run.js).
type Result struct {
	// Models are the compiled models, as run.js describes them.
	Models []json.RawMessage `json:"models"`
	// Steps, Frames and Events are tf.memory() after each optimizer step,
	// each requestAnimationFrame callback and each round of fired events.
	Steps  []Memory `json:"steps"`
	Frames []Memory `json:"frames"`
	Events []Memory `json:"events"`
	// Incomplete says why the run stopped early: "step budget of N reached",
	// "timer budget reached: …" (a page that never stops scheduling
	// callbacks), or "error: …" when the program threw.
	Incomplete *string `json:"incomplete"`
	// Console is what the program printed (Options.Console).
	Console []string `json:"console"`
}

// Options bound a run.
type Options struct {
	Steps  int // stop after this many optimizer steps (0: no limit)
	Frames int // requestAnimationFrame budget (0: the harness's default)
	Events int // rounds of event handlers to fire once the page is idle
	// Console asks for what the program printed.
	Console bool
	// Seed, when not 0, makes Math.random a PRNG seeded with it: two runs
	// of one program draw the same weights and random tensors.
	Seed int
}

// Dir is the harness directory, testdata/oracle of the module.
func Dir() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", "oracle"), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Need returns the path of node when real tfjs can run here. Otherwise it
// skips the test with a message naming what is missing, or fails it when
// TFJSLINT_REQUIRE_EXTERNAL=1.
func Need(t testing.TB) string {
	t.Helper()
	missing := ""
	node, err := exec.LookPath("node")
	if err != nil {
		missing = "node is not installed"
	} else if dir, err := Dir(); err != nil {
		missing = err.Error()
	} else if _, err := os.Stat(filepath.Join(dir, "node_modules", "@tensorflow", "tfjs")); err != nil {
		missing = "testdata/oracle/node_modules is missing (run `npm ci` in testdata/oracle)"
	}
	if missing != "" {
		if os.Getenv("TFJSLINT_REQUIRE_EXTERNAL") == "1" {
			t.Fatalf("the tfjs oracle cannot run: %s", missing)
		}
		t.Skipf("skipping the check on real tfjs: %s", missing)
	}
	return node
}

// Run runs one program (.js, .mjs, .cjs or .html) on real tfjs and returns
// what the harness measured. A program that throws is not an error here: its
// Result says so in Incomplete.
func Run(node, file string, opts Options) (*Result, error) {
	dir, err := Dir()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	args := []string{"run.js", abs}
	if opts.Steps > 0 {
		args = append(args, "--steps", strconv.Itoa(opts.Steps))
	}
	if opts.Frames > 0 {
		args = append(args, "--frames", strconv.Itoa(opts.Frames))
	}
	if opts.Events > 0 {
		args = append(args, "--events", strconv.Itoa(opts.Events))
	}
	if opts.Console {
		args = append(args, "--console")
	}
	if opts.Seed != 0 {
		args = append(args, "--seed", strconv.Itoa(opts.Seed))
	}
	cmd := exec.Command(node, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("oracle on %s: %v\n%s", file, err, stderr.String())
	}
	if err := dump(abs, args[2:], stdout.Bytes()); err != nil {
		return nil, err
	}
	var res Result
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("oracle output for %s: %v\n%s", file, err, stdout.String())
	}
	return &res, nil
}

// dump keeps, when TFJSLINT_ORACLE_DUMP names a directory, what the harness
// printed for a run, as one line appended to NAME-HASH.jsonl (with the
// program in NAME-HASH.src and run.js's options in NAME-HASH.args). HASH
// covers the program's text and the options, so every run of one program
// with one set of options, whatever directory it ran from and however many
// test runs share the directory, lands in the same file: a harness that
// measures the same on every run leaves files whose lines are all equal.
func dump(file string, opts []string, out []byte) error {
	dir := os.Getenv("TFJSLINT_ORACLE_DUMP")
	if dir == "" {
		return nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	h := sha256.New()
	h.Write(src)
	for _, o := range opts {
		h.Write([]byte{0})
		h.Write([]byte(o))
	}
	name := filepath.Join(dir, filepath.Base(file)+"-"+hex.EncodeToString(h.Sum(nil))[:12])
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(name+".src", src, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(name+".args", []byte(strings.Join(opts, " ")+"\n"), 0o644); err != nil {
		return err
	}
	// One write of a whole line per run: appends of concurrent runs do not
	// interleave.
	f, err := os.OpenFile(name+".jsonl", os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	line := append(append([]byte(nil), bytes.TrimRight(out, "\n")...), '\n')
	if _, err := f.Write(line); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Failed returns the error a program threw, or "".
func (r *Result) Failed() string {
	if r.Incomplete != nil && strings.HasPrefix(*r.Incomplete, "error:") {
		return *r.Incomplete
	}
	return ""
}
