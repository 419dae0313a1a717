package tfjslint_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// requireExternal skips a test whose external program is missing, or fails
// it in CI (TFJSLINT_REQUIRE_EXTERNAL=1), where .ci/run installs it.
func requireExternal(t *testing.T, programs ...string) {
	t.Helper()
	for _, p := range programs {
		if _, err := exec.LookPath(p); err != nil {
			if os.Getenv("TFJSLINT_REQUIRE_EXTERNAL") == "1" {
				t.Fatalf("%s is not installed (.ci/run installs it)", p)
			}
			t.Skipf("skipping: %s is not installed (Debian: apt-get install pre-commit)", p)
		}
	}
}

// hookDef is one entry of .pre-commit-hooks.yaml, as pre-commit reads it.
type hookDef struct {
	ID            string   `yaml:"id"`
	Name          string   `yaml:"name"`
	Description   string   `yaml:"description"`
	Entry         string   `yaml:"entry"`
	Args          []string `yaml:"args"`
	Language      string   `yaml:"language"`
	TypesOr       []string `yaml:"types_or"`
	RequireSerial *bool    `yaml:"require_serial"`
	MinVersion    string   `yaml:"minimum_pre_commit_version"`
}

// The hook definitions say what the issue asks: static rules by default,
// the dry run in a second hook, every file kind tfjslint reads.
func TestPreCommitHookDefinitions(t *testing.T) {
	data, err := os.ReadFile(".pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hookDef
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml: %v", err)
	}
	byID := map[string]hookDef{}
	for _, h := range hooks {
		byID[h.ID] = h
		if h.Entry != "tfjslint" || h.Language != "golang" || h.Name == "" {
			t.Errorf("%s: entry %q, language %q, name %q; want tfjslint, golang and a name", h.ID, h.Entry, h.Language, h.Name)
		}
		if got := strings.Join(h.TypesOr, ","); got != "javascript,jsx,ts,tsx,html" {
			t.Errorf("%s: types_or %s", h.ID, got)
		}
		if h.RequireSerial == nil || *h.RequireSerial {
			t.Errorf("%s: require_serial must be false (files are linted in parallel batches)", h.ID)
		}
	}
	if h, ok := byID["tfjslint"]; !ok || strings.Join(h.Args, " ") != "--no-sim" {
		t.Errorf("hook tfjslint: %+v, want args [--no-sim]", h)
	}
	if h, ok := byID["tfjslint-sim"]; !ok || len(h.Args) != 0 {
		t.Errorf("hook tfjslint-sim: %+v, want no args (the dry run on)", h)
	}
	if len(hooks) != 2 {
		t.Errorf("%d hooks, want tfjslint and tfjslint-sim", len(hooks))
	}
}

const leakyJS = `import * as tf from '@tensorflow/tfjs';

const w = tf.variable(tf.randomNormal([8, 2]));
const opt = tf.train.adam(0.01);
const data = tf.randomNormal([256, 8]);
const labels = tf.randomNormal([256, 2]);

for (let i = 0; i < Number(process.argv[2] || 15); i++) {
  const batch = data.slice([i * 16, 0], [16, 8]);
  const target = labels.slice([i * 16, 0], [16, 2]);
  opt.minimize(() => tf.losses.meanSquaredError(target, batch.matMul(w)));
  target.dispose();
}
`

var fixedJS = strings.Replace(leakyJS, "  target.dispose();\n", "  target.dispose();\n  batch.dispose();\n", 1)

const cleanJS = "export function add(a, b) {\n  return a + b;\n}\n"

// TestPreCommit runs the real pre-commit on a throwaway repository whose
// .pre-commit-config.yaml points at a snapshot of this checkout: pre-commit
// builds the hook with `go install ./...`, and `git commit` is refused while
// a staged file leaks, with the finding shown, and accepted after the fix.
func TestPreCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tfjslint inside pre-commit's environment; skipped with -short")
	}
	requireExternal(t, "git", "go", "pre-commit")
	tmp := t.TempDir()
	env := preCommitEnv(t, tmp)
	run := func(dir string, wantOK bool, name string, args ...string) string {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if (err == nil) != wantOK {
			t.Fatalf("%s %s: %v (want success: %v)\n%s", name, strings.Join(args, " "), err, wantOK, out)
		}
		return string(out)
	}

	// pre-commit needs a committed revision: commit this checkout's files,
	// as they are on disk (uncommitted edits included), in a repository of
	// its own, so the test checks the code under test and leaves ours alone.
	hookRepo := filepath.Join(tmp, "tfjslint")
	snapshot(t, hookRepo, env)
	rev := strings.TrimSpace(run(hookRepo, true, "git", "rev-parse", "HEAD"))

	project := filepath.Join(tmp, "project")
	if err := os.Mkdir(project, 0o755); err != nil {
		t.Fatal(err)
	}
	run(project, true, "git", "init", "-q")
	write(t, project, ".pre-commit-config.yaml", "repos:\n"+
		"  - repo: "+hookRepo+"\n"+
		"    rev: "+rev+"\n"+
		"    hooks:\n"+
		"      - id: tfjslint\n"+
		"      - id: tfjslint-sim\n"+
		"        stages: [manual]\n")
	write(t, project, "clean.js", cleanJS)
	write(t, project, "train.mjs", leakyJS)
	run(project, true, "pre-commit", "install")
	run(project, true, "git", "add", ".pre-commit-config.yaml", "clean.js", "train.mjs")
	// Not staged, so not linted: it must not block the commit below.
	write(t, project, "scratch.mjs", leakyJS)

	out := run(project, false, "git", "commit", "-q", "-m", "leaky")
	t.Logf("refused commit:\n%s", out)
	for _, want := range []string{"tfjslint", "Failed", "train.mjs\n", "  9:17  error", "undisposed-tensor", "1 error"} {
		if !strings.Contains(out, want) {
			t.Errorf("refused commit's output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "clean.js") || strings.Contains(out, "scratch.mjs") || strings.Contains(out, "memory-growth") {
		t.Errorf("linted more than the staged files, or ran the dry run:\n%s", out)
	}
	run(project, false, "git", "rev-parse", "--verify", "-q", "HEAD") // nothing committed

	// Fixed on disk but not staged: pre-commit lints what would be committed.
	write(t, project, "train.mjs", fixedJS)
	out = run(project, false, "git", "commit", "-q", "-m", "leaky")
	if !strings.Contains(out, "  9:17  error") {
		t.Errorf("the staged (leaky) content was not what got linted:\n%s", out)
	}

	run(project, true, "git", "add", "train.mjs")
	out = run(project, true, "git", "commit", "-q", "-m", "fixed")
	if !strings.Contains(out, "tfjslint") || !strings.Contains(out, "Passed") {
		t.Errorf("accepted commit's output does not show the hook passing:\n%s", out)
	}
	run(project, true, "git", "rev-parse", "--verify", "-q", "HEAD")

	// The second hook runs the dry run, which sees the growth itself.
	out = run(project, false, "pre-commit", "run", "--hook-stage", "manual", "tfjslint-sim", "--verbose", "--files", "scratch.mjs")
	if !strings.Contains(out, "memory-growth") {
		t.Errorf("tfjslint-sim did not run the dry run:\n%s", out)
	}
}

// preCommitEnv lets `go install` inside pre-commit work offline: pre-commit
// sets GOPATH to its own directory, which would move the module cache there,
// so GOMODCACHE pins the one already filled. Git runs without the user's
// configuration, and PRE_COMMIT_HOME keeps pre-commit's cache in the test.
func preCommitEnv(t *testing.T, tmp string) []string {
	t.Helper()
	goenv := func(key string) string {
		out, err := exec.Command("go", "env", key).Output()
		if err != nil {
			t.Fatalf("go env %s: %v", key, err)
		}
		return strings.TrimSpace(string(out))
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "GIT_") || strings.HasPrefix(k, "PRE_COMMIT") || k == "GOFLAGS" || k == "GOMODCACHE" {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "pre-commit-home"),
		"GOMODCACHE="+goenv("GOMODCACHE"),
		"GOCACHE="+goenv("GOCACHE"),
		"GOFLAGS="+strings.TrimSpace("-mod=mod "+goenv("GOFLAGS")),
		"GOTOOLCHAIN=local",
		"GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_GLOBAL="+os.DevNull,
		"GIT_AUTHOR_NAME=tfjslint test", "GIT_AUTHOR_EMAIL=test@example.com",
		"GIT_COMMITTER_NAME=tfjslint test", "GIT_COMMITTER_EMAIL=test@example.com",
	)
}

// snapshot commits the files of this checkout that git would see (tracked
// and untracked, not ignored) to a new repository at dir.
func snapshot(t *testing.T, dir string, env []string) {
	t.Helper()
	out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard").Output()
	if err != nil {
		t.Skipf("skipping: this checkout is not a git work tree (git ls-files: %v)", err)
	}
	for _, f := range strings.Split(strings.TrimRight(string(out), "\x00"), "\x00") {
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue // deleted, not yet staged
		}
		if err != nil {
			t.Fatal(err)
		}
		write(t, dir, f, string(data))
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "-A"}, {"commit", "-q", "-m", "snapshot"}} {
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = dir, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s in the snapshot: %v\n%s", args[0], err, out)
		}
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
