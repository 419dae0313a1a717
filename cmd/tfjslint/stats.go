package main

import (
	"fmt"
	"io"
	"os"
	"sync"
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

// startProgress shows "tfjslint: 512/2048 files" on stderr while a long
// run goes, only when stderr is a terminal (never in piped or CI output).
// It returns the callback for lint.Options.Progress and the function that
// clears the line.
func startProgress(stderr io.Writer, files int) (func(done, total int), func()) {
	if files < 2*256 || !isTerminal(stderr) || os.Getenv("CI") != "" {
		return nil, func() {}
	}
	var mu sync.Mutex
	shown := false
	update := func(done, total int) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(stderr, "\rtfjslint: %d/%d files", done, total)
		shown = true
	}
	return update, func() {
		mu.Lock()
		defer mu.Unlock()
		if shown {
			fmt.Fprint(stderr, "\r\033[K")
		}
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
