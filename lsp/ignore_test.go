package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A buffer that a run over the project leaves out (.gitignore, the
// config's ignore globs, node_modules) gets no diagnostics, as ESLint's
// editor integrations show nothing for ignored files; the log says why.
// When the ignore goes, the buffer is linted.
func TestIgnoredBuffersShowNothing(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, ".gitignore"), "dist/\n")
	writeFile(t, filepath.Join(dir, "src", ".gitignore"), "*.gen.js\n")
	writeFile(t, filepath.Join(dir, ".tfjslint.yaml"), "ignore: [\"vendor\"]\n")
	c := startClient(t, dir, pushCaps)
	c.waitFor("the watcher registration", func() bool { return len(c.registrations) == 1 })
	var watchesGitignore bool
	for _, w := range c.registrations[0].RegisterOptions.(map[string]any)["watchers"].([]any) {
		watchesGitignore = watchesGitignore || w.(map[string]any)["globPattern"] == "**/.gitignore"
	}
	if !watchesGitignore {
		t.Errorf("no watcher for .gitignore files: %+v", c.registrations[0])
	}
	for _, rel := range []string{"dist/train.js", "src/model.gen.js", "vendor/lib/train.js", "node_modules/pkg/train.js"} {
		uri := c.open(filepath.Join(dir, rel), "javascript", loopJS)
		c.settled(uri)
		if p, _ := c.diagnostics(uri, 0, func(PublishDiagnosticsParams) bool { return true }); len(p.Diagnostics) != 0 {
			t.Errorf("%s: %d diagnostics, want none: %+v", rel, len(p.Diagnostics), p.Diagnostics)
		}
		c.waitFor("a log line about "+rel, func() bool {
			for _, n := range c.notes {
				if n.Method == "window/logMessage" && strings.Contains(string(*n.Params), "not linting "+filepath.Join(dir, rel)) {
					return true
				}
			}
			return false
		})
	}
	// The file next to them is linted.
	uri := c.open(filepath.Join(dir, "src", "train.js"), "javascript", loopJS)
	c.diagnostics(uri, 0, has("undisposed-tensor"))

	// dist/ is no longer ignored: its open buffer is linted.
	writeFile(t, filepath.Join(dir, ".gitignore"), "build/\n")
	c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: pathToURI(filepath.Join(dir, ".gitignore")), Type: 2}}})
	c.diagnostics(pathToURI(filepath.Join(dir, "dist", "train.js")), 0, has("undisposed-tensor"))
}
