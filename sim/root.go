package sim

import (
	"path/filepath"
	"strings"
)

// ProjectRoot is the root a run may import from: the working directory
// when file is inside it, else the file's own directory.
func ProjectRoot(file, wd string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return filepath.Dir(file)
	}
	rel, err := filepath.Rel(wd, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.Dir(abs)
	}
	return wd
}
