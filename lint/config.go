package lint

import (
	"os"
	"path/filepath"

	"github.com/tfjslint/tfjslint/rules"
)

// LoadConfig returns the configuration for a run: the file given with
// --config, else the nearest .tfjslint.yaml upward from the first linted
// path (its directory, for a file), else from the working directory, else
// the defaults.
func LoadConfig(explicit string, paths []string) (*rules.Config, error) {
	if explicit != "" {
		return rules.LoadConfig(explicit)
	}
	var starts []string
	if len(paths) > 0 {
		start := paths[0]
		if st, err := os.Stat(start); err != nil || !st.IsDir() {
			start = filepath.Dir(start)
		}
		starts = append(starts, start)
	}
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	for _, s := range starts {
		if p, ok := rules.FindConfig(s); ok {
			return rules.LoadConfig(p)
		}
	}
	return rules.DefaultConfig(), nil
}
