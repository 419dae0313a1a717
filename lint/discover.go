package lint

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	gitignore "github.com/sabhiram/go-gitignore"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// skippedDirs are never walked into.
var skippedDirs = map[string]bool{"node_modules": true, ".git": true, ".hg": true, ".svn": true}

// Discover expands paths into the files to lint: files are taken as given
// (unless the config ignores them), directories are walked for .js, .mjs,
// .cjs, .html and .htm files, skipping node_modules, VCS directories, what
// .gitignore files ignore, what the config's ignore patterns match, and
// generated files (minified or bundled code, see generated).
// The result is sorted and free of duplicates.
func Discover(paths []string, cfg *rules.Config) ([]string, error) {
	var out []string
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: no such file or directory", p)
		}
		if !st.IsDir() {
			if !cfg.Ignored(p) {
				out = append(out, filepath.Clean(p))
			}
			continue
		}
		files, err := walk(p, cfg)
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// ignoreFile is one .gitignore and the directory its patterns are relative to.
type ignoreFile struct {
	dir string
	gi  *gitignore.GitIgnore
}

func walk(root string, cfg *rules.Config) ([]string, error) {
	var out []string
	ignores := parentGitignores(root)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if d.IsDir() {
			if path != root && (skippedDirs[d.Name()] || ignored(ignores, path, true) || cfg.Ignored(path)) {
				return filepath.SkipDir
			}
			if gi, err := gitignore.CompileIgnoreFile(filepath.Join(path, ".gitignore")); err == nil {
				ignores = append(ignores, ignoreFile{dir: path, gi: gi})
			}
			return nil
		}
		if _, ok := jsast.KindOf(path); !ok || !d.Type().IsRegular() {
			return nil
		}
		if ignored(ignores, path, false) || cfg.Ignored(path) || generated(path) {
			return nil
		}
		out = append(out, path)
		return nil
	})
	return out, err
}

// parentGitignores loads the .gitignore files above root up to the
// repository top (the directory holding .git), so that linting a
// subdirectory honours the repository's ignores.
func parentGitignores(root string) []ignoreFile {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	if _, err := os.Stat(filepath.Join(abs, ".git")); err == nil {
		return nil // root is the top: what is above it is another project's
	}
	var found []ignoreFile
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if gi, err := gitignore.CompileIgnoreFile(filepath.Join(dir, ".gitignore")); err == nil {
			found = append([]ignoreFile{{dir: dir, gi: gi}}, found...)
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil || filepath.Dir(dir) == dir {
			break
		}
	}
	return found
}

func ignored(ignores []ignoreFile, path string, isDir bool) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	for _, ig := range ignores {
		dir, _ := filepath.Abs(ig.dir)
		rel, err := filepath.Rel(dir, abs)
		if err != nil || strings.HasPrefix(rel, "..") {
			continue
		}
		rel = filepath.ToSlash(rel)
		if ig.gi.MatchesPath(rel) || (isDir && ig.gi.MatchesPath(rel+"/")) {
			return true
		}
	}
	return false
}
