package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/tfjslint/tfjslint/lint"
	"github.com/tfjslint/tfjslint/rules"
)

// writeStats is --stats: what the run read and how long it took.
func writeStats(w io.Writer, res *lint.Result, took time.Duration) {
	var bytes int64
	for _, f := range res.Files {
		bytes += int64(len(res.Sources[f]))
	}
	fmt.Fprintf(w, "Linted %s (%s) in %s; %s skipped.\n", plural(len(res.Files), "file"), rules.FormatSize(bytes),
		took.Round(time.Millisecond), plural(len(res.Skipped), "file"))
}

// startProgress shows "linting N files…" on stderr while a long run goes,
// only when stderr is a terminal (never in piped or CI output). It returns
// the function that clears it.
func startProgress(stderr io.Writer, files int) func() {
	const after = 2 * time.Second // short runs print nothing
	if files < 50 || !isTerminal(stderr) || os.Getenv("CI") != "" {
		return func() {}
	}
	stopped, finished := make(chan struct{}), make(chan struct{})
	start := time.Now()
	go func() {
		defer close(finished)
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		shown := false
		for {
			select {
			case <-stopped:
				if shown {
					fmt.Fprint(stderr, "\r\033[K")
				}
				return
			case <-t.C:
				if time.Since(start) >= after {
					fmt.Fprintf(stderr, "\rtfjslint: linting %d files… %s", files, time.Since(start).Round(time.Second))
					shown = true
				}
			}
		}
	}()
	return func() {
		close(stopped)
		<-finished
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
