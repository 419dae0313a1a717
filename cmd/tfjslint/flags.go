package main

import (
	"fmt"
	"strconv"

	"github.com/spf13/pflag"
)

// boolFlag defines a boolean flag that --help shows as `--fix`, not
// `--fix[=true|false]` as pflag's BoolVar does; `--fix=false` still works.
func boolFlag(fs *pflag.FlagSet, p *bool, name, short, usage string) {
	fs.BoolFuncP(name, short, usage, func(s string) error {
		v, err := strconv.ParseBool(s)
		if err != nil {
			return fmt.Errorf("want true or false, not %q", s)
		}
		*p = v
		return nil
	})
}
