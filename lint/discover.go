package lint

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	gitignore "github.com/sabhiram/go-gitignore"

	"github.com/tfjslint/tfjslint/jsast"
	"github.com/tfjslint/tfjslint/rules"
)

// skippedDirs are never walked into: installed packages (npm's and
// Bower's, which ESLint also ignores by default) and VCS directories.
var skippedDirs = map[string]bool{"node_modules": true, "bower_components": true, ".git": true, ".hg": true, ".svn": true}

// SkipKind says why a file that was found is not linted.
type SkipKind string

const (
	// SkipGenerated is minified or bundled code: a *.min.js or hashed name,
	// a bundler's markers, lines thousands of bytes long.
	SkipGenerated SkipKind = "generated"
	// SkipTooLarge is a file above files.max-size.
	SkipTooLarge SkipKind = "too-large"
	// SkipBinary is a file with NUL bytes near its start.
	SkipBinary SkipKind = "binary"
	// SkipIgnored is a file named on the command line that the config's
	// ignore globs match (walks leave such files out without a word, as
	// they do what .gitignore ignores: the user asked for it).
	SkipIgnored SkipKind = "ignored"
	// SkipUnreadable is a file or directory that cannot be read: permission
	// denied, a broken symbolic link, a read error, not a regular file.
	SkipUnreadable SkipKind = "unreadable"
	// SkipNotScript is a file named .js that holds JSON data or HTML
	// markup, which nothing in the run loads as a script (Run decides).
	SkipNotScript SkipKind = "not-javascript"
	// SkipFragment is a piece of a library's build (an intro, an outro,
	// members spliced in between) that parses only once concatenated with
	// its siblings, and that nothing in the run loads (Run decides).
	SkipFragment SkipKind = "fragment"
)

// Overridable reports whether DiscoverOptions.NoIgnore (--no-ignore) would
// lint a file skipped for this reason.
func (k SkipKind) Overridable() bool {
	return k != SkipUnreadable && k != SkipNotScript && k != SkipFragment
}

// Skipped is a file (or, when unreadable, a directory) that was found but
// is not linted, and why.
type Skipped struct {
	File   string
	Kind   SkipKind
	Reason string // the detail, e.g. "minified: a line of 20000 bytes" or "permission denied"
	// Named is true for a path given on the command line, false for one
	// found by walking a directory.
	Named bool
}

// DiscoverOptions control Discover.
type DiscoverOptions struct {
	// Config supplies the ignore globs and files.max-size
	// (rules.DefaultConfig() if nil).
	Config *rules.Config
	// ConfigFor, when set, is each path's configuration instead of Config.
	ConfigFor func(path string) *rules.Config
	// NoIgnore lints what is skipped by default: generated, oversized and
	// binary files, and what .gitignore files and the config's ignore globs
	// match. node_modules, bower_components and VCS directories are still not walked.
	NoIgnore bool
}

// Discovery is what Discover found: the files to lint, sorted and free of
// duplicates, and the files it skipped, sorted by path.
type Discovery struct {
	Files   []string
	Skipped []Skipped
	// Ignored counts the files of a kind tfjslint reads that .gitignore
	// files or the config's ignore globs left out of walks (not those in
	// directories they left out, which are not walked).
	Ignored int
}

// Discover expands paths into the files to lint. Directories are walked for
// .js, .mjs, .cjs, .html and .htm files, leaving out node_modules,
// bower_components, VCS directories, what .gitignore files ignore and what
// the config's ignore globs match. A file named in paths is linted whatever its name, unless the
// config's ignore globs match it. In both cases a file is skipped, and listed
// in Skipped with the reason, when it is generated (minified or bundled, see
// generatedName and generatedText), larger than files.max-size, binary or
// unreadable; NoIgnore lints all but the unreadable ones.
//
// An unreadable file or directory inside a walk is a Skipped entry, never an
// error. The error is for paths that do not exist.
func Discover(paths []string, opts DiscoverOptions) (*Discovery, error) {
	d := &discoverer{cfgFor: opts.ConfigFor, noIgnore: opts.NoIgnore}
	if d.cfgFor == nil {
		cfg := cmp.Or(opts.Config, rules.DefaultConfig())
		d.cfgFor = func(string) *rules.Config { return cfg }
	}
	var errs []error
	for _, p := range paths {
		st, err := os.Stat(p)
		switch {
		case errors.Is(err, syscall.ELOOP):
			// It exists, as a link that never ends at a file: a path to
			// skip with a warning, as a walk skips it.
			d.skip(filepath.Clean(p), SkipUnreadable, reason(err), true)
		case err != nil:
			errs = append(errs, pathError(p, err))
		case st.IsDir():
			d.walk(p)
		default:
			d.named(filepath.Clean(p), st)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return d.result(), nil
}

// pathError explains why a path given on the command line cannot be used.
func pathError(p string, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		if target, lerr := os.Readlink(p); lerr == nil {
			return fmt.Errorf("%s: broken symbolic link (its target %s does not exist)", p, target)
		}
		return fmt.Errorf("%s: no such file or directory", p)
	}
	return fmt.Errorf("%s: %s", p, reason(err))
}

// reason is an error without the path it names: "permission denied".
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

type discoverer struct {
	cfgFor   func(path string) *rules.Config
	noIgnore bool
	files    []string
	skipped  []Skipped
	probe    []byte

	ignoredFiles int
}

func (d *discoverer) skip(path string, kind SkipKind, why string, named bool) {
	d.skipped = append(d.skipped, Skipped{File: path, Kind: kind, Reason: why, Named: named})
}

// named takes a file given on the command line.
func (d *discoverer) named(path string, st fs.FileInfo) {
	switch {
	case !d.noIgnore && d.cfgFor(path).Ignored(path):
		d.skip(path, SkipIgnored, "matched by the ignore globs of "+cmp.Or(d.cfgFor(path).Path, "the config"), true)
	case !st.Mode().IsRegular():
		d.skip(path, SkipUnreadable, "not a regular file (use --stdin for a pipe)", true)
	default:
		d.check(path, st.Size(), true)
	}
}

// check decides whether a regular file of a lintable kind is linted.
func (d *discoverer) check(path string, size int64, named bool) {
	if !d.noIgnore {
		if why := generatedName(path); why != "" {
			d.skip(path, SkipGenerated, why, named)
			return
		}
		if limit := d.cfgFor(path).Files.MaxSize; limit > 0 && size > limit {
			d.skip(path, SkipTooLarge, fmt.Sprintf("%s, above files.max-size %s", rules.FormatSize(size), rules.FormatSize(limit)), named)
			return
		}
	}
	f, err := os.Open(path)
	if err != nil {
		d.skip(path, SkipUnreadable, reason(err), named)
		return
	}
	if d.probe == nil {
		d.probe = make([]byte, generatedProbe)
	}
	n, err := io.ReadFull(f, d.probe)
	f.Close()
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		d.skip(path, SkipUnreadable, reason(err), named)
		return
	}
	if !d.noIgnore {
		head := d.probe[:n]
		if binaryText(head) {
			d.skip(path, SkipBinary, fmt.Sprintf("NUL bytes in the first %d bytes", binarySniffLen), named)
			return
		}
		if why := generatedText(path, head); why != "" {
			d.skip(path, SkipGenerated, why, named)
			return
		}
	}
	d.files = append(d.files, path)
}

// ignoreFile is one .gitignore and the directory its patterns are relative to.
type ignoreFile struct {
	dir string
	gi  *gitignore.GitIgnore
}

func (d *discoverer) walk(root string) {
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // walk the directory a link names
	}
	var ignores []ignoreFile
	if !d.noIgnore {
		ignores = parentGitignores(root)
	}
	filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed (WalkDir reports it a
			// second time, with the error), or an entry gone meanwhile.
			d.skip(path, SkipUnreadable, reason(err), false)
			if e != nil && e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			if path != root && (skippedDirs[e.Name()] || d.ignored(ignores, path, true)) {
				return filepath.SkipDir
			}
			if d.noIgnore {
				return nil
			}
			if gi, err := gitignore.CompileIgnoreFile(filepath.Join(path, ".gitignore")); err == nil {
				ignores = append(ignores, ignoreFile{dir: path, gi: gi})
			}
			return nil
		}
		if _, ok := jsast.KindOf(path); !ok {
			return nil
		}
		if d.ignored(ignores, path, false) {
			d.ignoredFiles++
			return nil
		}
		switch {
		case e.Type().IsRegular():
			info, err := e.Info()
			if err != nil {
				d.skip(path, SkipUnreadable, reason(err), false)
				return nil
			}
			d.check(path, info.Size(), false)
		case e.Type()&fs.ModeSymlink != 0:
			d.link(path)
		default:
			d.skip(path, SkipUnreadable, "not a regular file", false)
		}
		return nil
	})
}

// link takes a symbolic link met in a walk: a link to a file is linted under
// the link's name (unless the walk also finds the file itself); links to
// directories are not followed, so that walks end.
func (d *discoverer) link(path string) {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d.skip(path, SkipUnreadable, "broken symbolic link", false)
	case err != nil:
		d.skip(path, SkipUnreadable, reason(err), false)
	case st.IsDir():
	case !st.Mode().IsRegular():
		d.skip(path, SkipUnreadable, "not a regular file", false)
	default:
		d.check(path, st.Size(), false)
	}
}

// ignored reports what .gitignore files and the config's globs leave out of
// a walk; nothing with NoIgnore.
func (d *discoverer) ignored(ignores []ignoreFile, path string, isDir bool) bool {
	return !d.noIgnore && (ignored(ignores, path, isDir) || d.cfgFor(path).Ignored(path))
}

func (d *discoverer) result() *Discovery {
	slices.Sort(d.files)
	files := slices.Compact(d.files)
	// A file reached twice — named twice under different spellings
	// (./a.js, an absolute path), named and walked, or through a symbolic
	// link — is linted once, by one of its names: not a link's, then
	// not an absolute one, then the first in path order.
	type choice struct{ rank, pos int }
	best := map[string]choice{}
	keys := make([]string, len(files))
	for i, f := range files {
		key := f
		if real, err := filepath.EvalSymlinks(f); err == nil {
			if abs, err := filepath.Abs(real); err == nil {
				key = abs
			}
		}
		keys[i] = key
		rank := 0
		if st, err := os.Lstat(f); err == nil && st.Mode()&fs.ModeSymlink != 0 {
			rank += 2
		}
		if filepath.IsAbs(f) {
			rank++
		}
		if b, ok := best[key]; !ok || rank < b.rank {
			best[key] = choice{rank, i}
		}
	}
	kept := files[:0]
	for i, f := range files {
		if best[keys[i]].pos == i {
			kept = append(kept, f)
		}
	}
	files = kept
	// A file both named and walked counts as named: the user asked for it.
	slices.SortFunc(d.skipped, func(a, b Skipped) int {
		return cmp.Or(cmp.Compare(a.File, b.File), boolOrder(b.Named)-boolOrder(a.Named))
	})
	skipped := slices.CompactFunc(d.skipped, func(a, b Skipped) bool { return a.File == b.File })
	return &Discovery{Files: files, Skipped: skipped, Ignored: d.ignoredFiles}
}

func boolOrder(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parentGitignores loads the .gitignore files above root up to the
// repository top (RepoRoot), so that linting a subdirectory honours the
// repository's ignores.
func parentGitignores(root string) []ignoreFile {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil
	}
	top := RepoRoot(abs)
	if top == abs {
		return nil // root is the top: what is above it is another project's
	}
	var found []ignoreFile
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if gi, err := gitignore.CompileIgnoreFile(filepath.Join(dir, ".gitignore")); err == nil {
			found = append([]ignoreFile{{dir: dir, gi: gi}}, found...)
		}
		if dir == top || filepath.Dir(dir) == dir {
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
