// Package jsmod resolves the module specifiers of JavaScript and TypeScript
// files (import, require, import(), <script src>) to files, as Node and
// bundlers do: relative paths with or without an extension, TypeScript
// sources behind .js specifiers, directories through package.json or an
// index file. Bare specifiers (packages) and URLs are external.
package jsmod

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// FS is what resolution reads: whether a regular file exists, and a file's
// bytes (for package.json). An editor's unsaved buffers can answer first.
type FS interface {
	IsFile(name string) bool
	ReadFile(name string) ([]byte, error)
}

// OS is the file system as it is on disk.
var OS FS = osFS{}

type osFS struct{}

func (osFS) IsFile(name string) bool {
	st, err := os.Stat(name)
	return err == nil && st.Mode().IsRegular()
}

func (osFS) ReadFile(name string) ([]byte, error) { return os.ReadFile(name) }

// extensions are tried, in order, after a specifier without one.
var extensions = []string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts", ".json"}

// tsSources maps a JavaScript extension to the TypeScript sources that
// compile to it: `import './a.js'` in TypeScript names a.ts.
var tsSources = map[string][]string{
	".js": {".ts", ".tsx"}, ".mjs": {".mts"}, ".cjs": {".cts"}, ".jsx": {".tsx"},
}

// Local reports a specifier that names a file of the project: a relative or
// root-relative path, not a package or a URL.
func Local(spec string) bool {
	if strings.HasPrefix(spec, "//") || strings.Contains(spec, "://") || strings.HasPrefix(spec, "data:") {
		return false
	}
	return strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") ||
		spec == "." || spec == ".."
}

// PageScript is the specifier a page's <script src> names, as written in
// the page's file: a bare path ("js/app.js") is relative to the page
// ("./js/app.js"). local is false for what loads from elsewhere: a URL, a
// protocol-relative or data: address, an empty src.
func PageScript(src string) (spec string, local bool) {
	src = strings.TrimSpace(src)
	if src == "" || strings.Contains(src, ":") || strings.HasPrefix(src, "//") {
		return src, false
	}
	if !Local(src) {
		src = "./" + src
	}
	return src, true
}

// Resolve returns the file that spec names when written in the file from;
// root is where a root-relative specifier ("/js/app.js") starts. ok is
// false for external specifiers and for local ones that name no file.
func Resolve(fsys FS, root, from, spec string) (file string, ok bool) {
	if !Local(spec) {
		return "", false
	}
	if i := strings.IndexAny(spec, "?#"); i >= 0 {
		spec = spec[:i] // a cache-busting query: ui.js?v=3
	}
	base := filepath.Join(filepath.Dir(from), filepath.FromSlash(spec))
	if strings.HasPrefix(spec, "/") {
		base = filepath.Join(root, filepath.FromSlash(spec))
	}
	return resolvePath(fsys, base, 0)
}

func resolvePath(fsys FS, base string, depth int) (string, bool) {
	if fsys.IsFile(base) {
		return base, true
	}
	ext := filepath.Ext(base)
	for _, ts := range tsSources[ext] {
		if cand := strings.TrimSuffix(base, ext) + ts; fsys.IsFile(cand) {
			return cand, true
		}
	}
	for _, e := range extensions {
		if fsys.IsFile(base + e) {
			return base + e, true
		}
	}
	if depth > 0 {
		return "", false // a package.json entry that names a directory names no more directories
	}
	if b, err := fsys.ReadFile(filepath.Join(base, "package.json")); err == nil {
		for _, entry := range PackageEntries(b) {
			if f, ok := resolvePath(fsys, filepath.Join(base, filepath.FromSlash(entry)), depth+1); ok {
				return f, true
			}
		}
	}
	for _, e := range extensions {
		if cand := filepath.Join(base, "index"+e); fsys.IsFile(cand) {
			return cand, true
		}
	}
	return "", false
}

// PackageEntries returns the entry points a package.json names: module,
// main, then each bin, in that order (bin names sorted).
func PackageEntries(packageJSON []byte) []string {
	var pkg struct {
		Module string          `json:"module"`
		Main   string          `json:"main"`
		Bin    json.RawMessage `json:"bin"`
	}
	if json.Unmarshal(packageJSON, &pkg) != nil {
		return nil
	}
	var out []string
	for _, e := range []string{pkg.Module, pkg.Main} {
		if e != "" {
			out = append(out, e)
		}
	}
	var one string
	var many map[string]string
	if json.Unmarshal(pkg.Bin, &one) == nil && one != "" {
		out = append(out, one)
	} else if json.Unmarshal(pkg.Bin, &many) == nil {
		names := make([]string, 0, len(many))
		for n := range many {
			names = append(names, n)
		}
		slices.Sort(names)
		for _, n := range names {
			out = append(out, many[n])
		}
	}
	return out
}
