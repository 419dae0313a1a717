package lint

import (
	"fmt"
	"slices"

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

// WithImports returns files followed by the files they load (imports,
// requires, a page's scripts, workers), transitively, reading overlay
// contents before the disk, at most limit files in all: the part of a
// project an editor's open documents need to be linted as the CLI lints
// the whole project. root is where root-relative specifiers start ("":
// the files' common directory). External and unresolved specifiers are left
// out, and so are the loaded files CheckBuffer refuses under cfg (a
// vendored tf.min.js), as a directory walk would skip them.
func WithImports(files []string, overlay map[string][]byte, root string, limit int, cfg *rules.Config) []string {
	out := slices.Clone(files)
	seen := map[string]bool{}
	for _, f := range files {
		seen[f] = true
	}
	if root == "" {
		root = commonDir(files)
	}
	fsys := overlayFS{overlay}
	frontier := slices.Clone(files)
	for len(frontier) > 0 && len(out) < limit {
		g := BuildGraph(frontier, root, overlay)
		frontier = nil
		for _, e := range g.Edges {
			if e.To == "" || seen[e.To] || len(out) >= limit {
				continue
			}
			seen[e.To] = true
			src, err := fsys.ReadFile(e.To)
			if err != nil {
				continue
			}
			if _, refused := CheckBuffer(e.To, src, cfg); refused {
				continue
			}
			out = append(out, e.To)
			frontier = append(frontier, e.To)
		}
	}
	return out
}
