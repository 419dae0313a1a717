package lint

import (
	"fmt"
	"path/filepath"
	"slices"

	gitignore "github.com/sabhiram/go-gitignore"

	"github.com/tfjslint/tfjslint/rules"
)

// CheckBuffer decides, for an in-memory buffer (an editor's document), what
// Discover decides for a file on disk: whether the config's ignore globs
// leave it out, or it is generated, too large or binary. It returns the
// reason it is not linted, or ok=false when it should be linted.
func CheckBuffer(path string, src []byte, cfg *rules.Config) (Skipped, bool) {
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	skip := func(kind SkipKind, why string) (Skipped, bool) {
		return Skipped{File: path, Kind: kind, Reason: why, Named: true}, true
	}
	if cfg.Ignored(path) {
		return skip(SkipIgnored, "matched by the ignore globs of "+orConfig(cfg.Path))
	}
	if why := generatedName(path); why != "" {
		return skip(SkipGenerated, why)
	}
	if limit := cfg.Files.MaxSize; limit > 0 && int64(len(src)) > limit {
		return skip(SkipTooLarge, fmt.Sprintf("%s, above files.max-size %s", rules.FormatSize(int64(len(src))), rules.FormatSize(limit)))
	}
	head := src[:min(len(src), generatedProbe)]
	if binaryText(head) {
		return skip(SkipBinary, fmt.Sprintf("NUL bytes in the first %d bytes", binarySniffLen))
	}
	if why := generatedText(path, head); why != "" {
		return skip(SkipGenerated, why)
	}
	return Skipped{}, false
}

func orConfig(path string) string {
	if path == "" {
		return "the config"
	}
	return path
}

// WalkSkips says why a walk of the project holding path would leave it
// out, or returns "": the config's ignore globs match it or a directory
// above it, it lies in node_modules or a VCS directory, or a .gitignore
// from the repository top (else from root, else path's own directory) down
// to it ignores it or a directory above it. An editor asks so that it
// shows nothing where a run over the project reports nothing.
func WalkSkips(path, root string, cfg *rules.Config) string {
	if cfg == nil {
		cfg = rules.DefaultConfig()
	}
	cfgIgnores := "matched by the ignore globs of " + orConfig(cfg.Path)
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	dir := filepath.Dir(abs)
	top := RepoRoot(dir)
	if top == "" || !within(top, abs) {
		top = dir
		if root != "" {
			if r, err := filepath.Abs(root); err == nil && within(r, abs) {
				top = r
			}
		}
	}
	// The directories from top down to path's own.
	dirs := []string{dir}
	for d := dir; d != top && filepath.Dir(d) != d; {
		d = filepath.Dir(d)
		dirs = append(dirs, d)
	}
	slices.Reverse(dirs)
	var ignores []ignoreFile
	for i, d := range dirs {
		if i > 0 {
			if skippedDirs[filepath.Base(d)] {
				return "in " + filepath.Base(d)
			}
			if cfg.Ignored(d) {
				return cfgIgnores
			}
			if gi := ignoredBy(ignores, d, true); gi != "" {
				return "ignored by " + gi
			}
		}
		if gi, err := gitignore.CompileIgnoreFile(filepath.Join(d, ".gitignore")); err == nil {
			ignores = append(ignores, ignoreFile{dir: d, gi: gi})
		}
	}
	if gi := ignoredBy(ignores, abs, false); gi != "" {
		return "ignored by " + gi
	}
	if cfg.Ignored(abs) {
		return cfgIgnores
	}
	return ""
}

// ignoredBy names the .gitignore of ignores that ignores path, or "".
func ignoredBy(ignores []ignoreFile, path string, isDir bool) string {
	for _, ig := range ignores {
		if ignored([]ignoreFile{ig}, path, isDir) {
			return filepath.Join(ig.dir, ".gitignore")
		}
	}
	return ""
}
