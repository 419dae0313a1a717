package lint

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRepoRoot(t *testing.T) {
	top := t.TempDir()
	repo := filepath.Join(top, "repo")
	sub := filepath.Join(repo, "web", "src")
	wt := filepath.Join(top, "worktree")
	for _, d := range []string{filepath.Join(repo, ".git"), sub, filepath.Join(wt, "lib")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// A worktree or submodule has a .git file, not a directory.
	if err := os.WriteFile(filepath.Join(wt, ".git"), []byte("gitdir: ../repo/.git/worktrees/wt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for dir, want := range map[string]string{
		repo:                      repo,
		sub:                       repo,
		filepath.Join(wt, "lib"):  wt,
		filepath.Join(top, "out"): "", // no .git up to / (TempDir is not inside a repository)
	} {
		if got := RepoRoot(dir); got != want {
			t.Errorf("RepoRoot(%s) = %q, want %q", dir, got, want)
		}
	}
}

func TestPathsRel(t *testing.T) {
	p := Paths{Root: "/r", WorkDir: "/r/web"}
	for file, want := range map[string]string{
		"train.js":           "web/train.js",
		"./src/../a.js":      "web/a.js",
		"../x.js":            "x.js",
		"/r/lib/m.js":        "lib/m.js",
		"../../elsewhere.js": "/elsewhere.js",  // outside the repository: absolute
		"/r2/y.js":           "/r2/y.js",       // a sibling whose name starts like the root
		"..foo/z.js":         "web/..foo/z.js", // a name starting with .. is not the parent
	} {
		if got := p.Rel(file); got != want {
			t.Errorf("Rel(%q) = %q, want %q", file, got, want)
		}
	}
	if got := (Paths{}).Rel("../x.js"); got != "../x.js" {
		t.Errorf("zero Paths changed the name: %q", got)
	}
}

func TestNewPathsFallsBackToWorkDir(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	p := NewPaths()
	wd, _ := os.Getwd()
	if p.Root != wd || p.WorkDir != wd {
		t.Errorf("outside a repository: %+v, want root and workdir %s", p, wd)
	}
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(filepath.Join(dir, "sub"))
	p = NewPaths()
	if p.Root != wd {
		t.Errorf("in a subdirectory: root %s, want %s", p.Root, wd)
	}
	if got := p.Rel("../a.js"); got != "a.js" {
		t.Errorf("Rel(../a.js) from sub = %q, want a.js", got)
	}
}
