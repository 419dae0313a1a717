package lint

import (
	"fmt"

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
