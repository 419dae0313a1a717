package lint

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/tfjslint/tfjslint/rules"
)

// Configs gives each linted file its configuration, as oxlint's nested
// configs and ESLint's cascading ones do: the file given with --config for
// every file, else the nearest .tfjslint.yaml upward from the file's
// directory, else the one upward from the working directory, else the
// defaults. Each config file is read once; Apply (the command line's rule
// and simulator flags) is applied to each. The first error loading a
// config is kept (Err) and that file gets the defaults meanwhile.
type Configs struct {
	Apply func(*rules.Config) error

	mu       sync.Mutex
	explicit string
	byDir    map[string]string        // directory -> config path ("" for none)
	byPath   map[string]*rules.Config // config path -> loaded config
	err      error
}

// NewConfigs returns the configurations for a run; explicit is --config.
func NewConfigs(explicit string, apply func(*rules.Config) error) *Configs {
	return &Configs{Apply: apply, explicit: explicit, byDir: map[string]string{}, byPath: map[string]*rules.Config{}}
}

// For returns the configuration of path (a file, or a directory entry of a
// walk: its directory decides).
func (c *Configs) For(path string) *rules.Config {
	cfg, _ := c.Load(path)
	return cfg
}

// Load is For with the config file's error.
func (c *Configs) Load(path string) (*rules.Config, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	file := c.explicit
	if file == "" {
		file = c.find(filepath.Dir(path))
	}
	if cfg, ok := c.byPath[file]; ok {
		return cfg, nil
	}
	cfg := rules.DefaultConfig()
	var err error
	if file != "" {
		if cfg, err = rules.LoadConfig(file); err != nil {
			cfg = rules.DefaultConfig()
		}
	}
	if err == nil && c.Apply != nil {
		err = c.Apply(cfg)
	}
	if err != nil && c.err == nil {
		c.err = err
	}
	c.byPath[file] = cfg
	return cfg, err
}

// find returns the config file nearest to dir, else the one nearest to the
// working directory, else "".
func (c *Configs) find(dir string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	if p, ok := c.byDir[dir]; ok {
		return p
	}
	p, ok := rules.FindConfig(dir)
	if !ok {
		if wd, err := os.Getwd(); err == nil {
			p, _ = rules.FindConfig(wd)
		}
	}
	c.byDir[dir] = p
	return p
}

// Err is the first error loading or applying a config.
func (c *Configs) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
