package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tfjslint/tfjslint/lint"
)

// applyFixes writes the safe fixes of res to disk, repeating while fixes
// apply (a skipped overlapping fix may apply on the next round), then
// returns a fresh result for the fixed files, as ESLint reports what is left.
func applyFixes(res *lint.Result, files []string, opts lint.Options) (*lint.Result, error) {
	const maxRounds = 10
	for round := 0; round < maxRounds; round++ {
		changed := false
		for _, file := range files {
			fixed, n := lint.ApplyFixes(res.Sources[file], res.FindingsOf(file), lint.SafeOnly)
			if n == 0 {
				continue
			}
			st, err := os.Stat(file)
			if err != nil {
				return nil, err
			}
			if err := os.WriteFile(file, fixed, st.Mode().Perm()); err != nil {
				return nil, fmt.Errorf("writing fixes to %s: %w", file, err)
			}
			changed = true
		}
		if !changed {
			return res, nil
		}
		var err error
		if res, err = lint.Run(files, opts); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// printDiff prints what the safe fixes and suggestions would change.
func printDiff(res *lint.Result, stdout io.Writer) int {
	code := exitOK
	for _, file := range res.Files {
		old := res.Sources[file]
		fixed, _ := lint.ApplyFixes(old, res.FindingsOf(file), lint.WithSuggestions)
		if d := lint.Diff(file, old, fixed); d != "" {
			io.WriteString(stdout, d)
		}
	}
	if exitCode(res, -1) != exitOK {
		code = exitFindings
	}
	return code
}

func parseDuration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a duration like 5s or 1500ms", s)
	}
	if d <= 0 {
		return 0, fmt.Errorf("%q must be positive", s)
	}
	return d, nil
}
