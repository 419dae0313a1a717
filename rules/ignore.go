package rules

import (
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Ignored reports whether path (absolute, or relative to the working
// directory) matches an ignore pattern. Files outside the config's directory
// are never ignored: the patterns cannot name them.
func (c *Config) Ignored(path string) bool {
	if c == nil || len(c.Ignore) == 0 {
		return false
	}
	base, err1 := filepath.Abs(c.Dir())
	abs, err2 := filepath.Abs(path)
	if err1 != nil || err2 != nil {
		return false
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	rel = filepath.ToSlash(rel)
	for _, pattern := range c.Ignore {
		if doublestar.MatchUnvalidated(pattern, rel) {
			return true
		}
	}
	return false
}
