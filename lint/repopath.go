package lint

import (
	"os"
	"path/filepath"
)

// RepoRoot returns the top of the repository that holds dir: the nearest
// directory upward with a .git entry (a directory, or the file of a worktree
// or submodule). It returns "" when there is none. dir may be relative.
func RepoRoot(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Paths names files as CI services want them: relative to the repository
// root, with forward slashes, whatever directory tfjslint runs from (GitHub
// places an annotation only by its repository path; ../x.js goes nowhere).
// The zero value leaves names as the run gave them.
type Paths struct {
	Root    string // absolute repository root; "" keeps the run's names
	WorkDir string // absolute directory relative names are relative to
}

// NewPaths roots paths at the repository holding the working directory, or
// at the working directory itself outside a repository.
func NewPaths() Paths {
	wd, err := os.Getwd()
	if err != nil {
		return Paths{}
	}
	root := RepoRoot(wd)
	if root == "" {
		root = wd
	}
	return Paths{Root: root, WorkDir: wd}
}

// Rel is file's name relative to the root, in forward slashes. A file outside
// the root keeps an absolute name, the only one that says where it is.
func (p Paths) Rel(file string) string {
	if p.Root == "" {
		return filepath.ToSlash(file)
	}
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(p.WorkDir, file)
	}
	abs = filepath.Clean(abs)
	if rel, ok := relWithin(p.Root, abs); ok {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}
