package lsp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// callersProject copies lint's cross-file fixture: game.js calls agent.js's
// act per iteration of its loop, and features.js's normalize inside a
// tf.tidy. Without game.js, neither file knows how it is called.
func callersProject(t *testing.T, withGame bool) (dir string, src map[string]string) {
	t.Helper()
	dir = t.TempDir()
	src = map[string]string{}
	for _, name := range []string{"agent.js", "features.js", "game.js"} {
		b, err := os.ReadFile(filepath.Join("..", "lint", "testdata", "crossfile", "callers", name))
		if err != nil {
			t.Fatal(err)
		}
		src[name] = string(b)
		if name != "game.js" || withGame {
			writeFile(t, filepath.Join(dir, name), string(b))
		}
	}
	return dir, src
}

// A document is linted with the files that load it, as a run over the
// project lints it: the editor shows what CI reports.
func TestImportersLintedWithDocument(t *testing.T) {
	dir, src := callersProject(t, true)
	c := startClient(t, dir, pushCaps)

	// act leaks per iteration of game.js's loop: an error, as the CLI says.
	agent := c.open(filepath.Join(dir, "agent.js"), "javascript", src["agent.js"])
	p, _ := c.diagnostics(agent, 0, func(p PublishDiagnosticsParams) bool {
		d := find(p.Diagnostics, "undisposed-tensor")
		return d != nil && d.Severity == SeverityError
	})
	if d := find(p.Diagnostics, "undisposed-tensor"); !strings.Contains(d.Message, "game.js:22") {
		t.Errorf("message = %q, want the caller in game.js", d.Message)
	}

	// normalize's temporaries are freed by the tf.tidy its caller wraps
	// it in: nothing to show, as the CLI shows nothing.
	features := c.open(filepath.Join(dir, "features.js"), "javascript", src["features.js"])
	c.diagnostics(features, 0, func(p PublishDiagnosticsParams) bool { return len(p.Diagnostics) == 0 })
}

// A file that starts loading an open document on disk (a git checkout, a
// new file) changes the document's findings.
func TestNewImporterOnDisk(t *testing.T) {
	dir, src := callersProject(t, false)
	c := startClient(t, dir, pushCaps)
	agent := c.open(filepath.Join(dir, "agent.js"), "javascript", src["agent.js"])
	_, after := c.diagnostics(agent, 0, func(p PublishDiagnosticsParams) bool {
		d := find(p.Diagnostics, "undisposed-tensor")
		return d != nil && d.Severity != SeverityError
	})

	game := filepath.Join(dir, "game.js")
	writeFile(t, game, src["game.js"])
	c.notify("workspace/didChangeWatchedFiles", DidChangeWatchedFilesParams{Changes: []FileEvent{{URI: pathToURI(game), Type: 1}}})
	c.diagnostics(agent, after, func(p PublishDiagnosticsParams) bool {
		d := find(p.Diagnostics, "undisposed-tensor")
		return d != nil && d.Severity == SeverityError && strings.Contains(d.Message, "game.js:22")
	})
}
