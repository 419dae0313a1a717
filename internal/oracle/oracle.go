// Package oracle runs JavaScript programs on real TensorFlow.js 4.22.0 under
// Node, through the harness in testdata/oracle (run.js), for tests that check
// tfjslint against the real library. Tests call Need first: it skips when
// Node or the harness's node_modules is missing, and fails instead when
// TFJSLINT_REQUIRE_EXTERNAL=1 (CI), so the comparison never silently lapses.
package oracle

import (
	"bytes"
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
	// or "error: …" when the program threw.
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
	var res Result
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		return nil, fmt.Errorf("oracle output for %s: %v\n%s", file, err, stdout.String())
	}
	return &res, nil
}

// Failed returns the error a program threw, or "".
func (r *Result) Failed() string {
	if r.Incomplete != nil && strings.HasPrefix(*r.Incomplete, "error:") {
		return *r.Incomplete
	}
	return ""
}
