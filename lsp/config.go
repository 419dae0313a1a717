package lsp

import (
	"errors"
	"path/filepath"
	"slices"

	"github.com/tfjslint/tfjslint/rules"
)

// configCache remembers, until a reload, which config file governs each
// directory and what it says, as the CLI finds it: the nearest
// .tfjslint.yaml upward from the linted file, else the defaults.
type configCache struct {
	dirs  map[string]string       // directory -> config path ("" for none)
	files map[string]*configState // config path -> its content
}

type configState struct {
	cfg *rules.Config // the defaults when the file is broken
	err error
	// announced is set once the user has been told about err.
	announced bool
}

func newConfigCache() configCache {
	return configCache{dirs: map[string]string{}, files: map[string]*configState{}}
}

func (c *configCache) reset() {
	clear(c.dirs)
	clear(c.files)
}

// lookup returns the config for a file at path and the config file's path.
func (c *configCache) lookup(path string) (string, *configState) {
	dir := filepath.Dir(path)
	cfgPath, ok := c.dirs[dir]
	if !ok {
		cfgPath, _ = rules.FindConfig(dir)
		c.dirs[dir] = cfgPath
	}
	if cfgPath == "" {
		return "", &configState{cfg: rules.DefaultConfig()}
	}
	st := c.files[cfgPath]
	if st == nil {
		cfg, err := rules.LoadConfig(cfgPath)
		if err != nil {
			cfg = rules.DefaultConfig()
		}
		st = &configState{cfg: cfg, err: err}
		c.files[cfgPath] = st
	}
	return cfgPath, st
}

// broken lists the config files that failed to load, sorted.
func (c *configCache) broken() []string {
	var out []string
	for p, st := range c.files {
		if st.err != nil {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// configProblems splits a config error into its positioned problems.
func configProblems(err error) []*rules.ConfigError {
	var out []*rules.ConfigError
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var ce *rules.ConfigError
		if errors.As(err, &ce) {
			out = append(out, ce)
			return
		}
		out = append(out, &rules.ConfigError{Msg: err.Error()})
	}
	walk(err)
	return out
}
