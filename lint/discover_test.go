package lint

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/tfjslint/tfjslint/rules"
)

// TestDiscoverSkipReasons checks that every file a walk or a name turns up
// is either linted or listed with its reason, and that NoIgnore lints all
// but the unreadable ones.
func TestDiscoverSkipReasons(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"src/train.js":     "const a = 1;\n",
		"src/big.js":       strings.Repeat("const a = 1;\n", 800), // 10400 bytes
		"src/blob.js":      "\x7fELF\x02\x01\x01\x00",
		"src/utf16.js":     "\xff\xfec\x00o\x00n\x00s\x00t\x00",
		"src/page.html":    "<script>" + strings.Repeat("a=a+1;", 1000) + "</script>\n", // a 6 KB line, under the limit
		"vendor/tf.min.js": "!function(t){}\n",
		"dist/.gitignore":  "",
		"notes.md":         "not a kind tfjslint reads",
	})
	cfg, err := rules.ParseConfig(filepath.Join(root, ".tfjslint.yaml"), []byte("files: {max-size: 8KiB}\n"))
	if err != nil {
		t.Fatal(err)
	}
	// Links: one to a file the walk also finds (linted once), one to a file
	// outside (linted under the link's name), one dangling, one to a directory.
	outside := filepath.Join(t.TempDir(), "shared.js")
	if err := os.WriteFile(outside, []byte("const b = 2;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{
		"src/again.js":  "train.js",
		"src/shared.js": outside,
		"src/gone.js":   "nowhere.js",
		"src/loop":      "..",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	unreadable := []string{"src/gone.js unreadable"}
	if os.Geteuid() != 0 { // root reads whatever the mode says
		writeTree(t, root, map[string]string{"src/secret.js": "", "private/x.js": ""})
		for _, p := range []string{"src/secret.js", "private"} {
			if err := os.Chmod(filepath.Join(root, p), 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(filepath.Join(root, p), 0o755) })
		}
		unreadable = []string{"private unreadable", "src/gone.js unreadable", "src/secret.js unreadable"}
	}

	got, err := Discover([]string{root}, DiscoverOptions{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if r, want := rel(t, root, got.Files), []string{"src/page.html", "src/shared.js", "src/train.js", "src/utf16.js"}; !slices.Equal(r, want) {
		t.Errorf("Files = %q\nwant    %q", r, want)
	}
	want := slices.Concat([]string{"src/big.js too-large", "src/blob.js binary"}, unreadable, []string{"vendor/tf.min.js generated"})
	slices.Sort(want)
	if s := skips(t, root, got.Skipped); !slices.Equal(s, want) {
		t.Errorf("Skipped = %q\nwant      %q", s, want)
	}
	for _, s := range got.Skipped {
		if s.Reason == "" {
			t.Errorf("%s skipped without a reason", s.File)
		}
		if strings.HasSuffix(s.File, "big.js") && s.Reason != "10.2 KiB, above files.max-size 8 KiB" {
			t.Errorf("big.js: reason %q", s.Reason)
		}
		if strings.HasSuffix(s.File, "gone.js") && s.Reason != "broken symbolic link" {
			t.Errorf("gone.js: reason %q", s.Reason)
		}
	}

	// --no-ignore: everything readable is linted.
	got, err = Discover([]string{root}, DiscoverOptions{Config: cfg, NoIgnore: true})
	if err != nil {
		t.Fatal(err)
	}
	if r, want := rel(t, root, got.Files), []string{"src/big.js", "src/blob.js", "src/page.html", "src/shared.js", "src/train.js", "src/utf16.js", "vendor/tf.min.js"}; !slices.Equal(r, want) {
		t.Errorf("NoIgnore: Files = %q\nwant              %q", r, want)
	}
	if s := skips(t, root, got.Skipped); !slices.Equal(s, unreadable) {
		t.Errorf("NoIgnore: Skipped = %q, want %q", s, unreadable)
	}

	// Named files get the same checks, marked as named.
	got, err = Discover([]string{filepath.Join(root, "src/big.js"), filepath.Join(root, "vendor/tf.min.js"), filepath.Join(root, "src/train.js")}, DiscoverOptions{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if s, want := skips(t, root, got.Skipped), []string{"src/big.js too-large+named", "vendor/tf.min.js generated+named"}; !slices.Equal(s, want) {
		t.Errorf("named: Skipped = %q, want %q", s, want)
	}
	if r := rel(t, root, got.Files); !slices.Equal(r, []string{"src/train.js"}) {
		t.Errorf("named: Files = %q", r)
	}
}

// TestDiscoverSymlinkedRoot walks the directory a named link points to.
func TestDiscoverSymlinkedRoot(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{"real/a.js": ""})
	if err := os.Symlink("real", filepath.Join(root, "link")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	got, err := Discover([]string{filepath.Join(root, "link")}, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r := rel(t, root, got.Files); !slices.Equal(r, []string{"link/a.js"}) {
		t.Errorf("Files = %q, want link/a.js", r)
	}
}

// TestDiscoverNamedPathErrors: a path given that does not exist is an error
// naming it (ESLint: "No files matching the pattern"); each is reported.
func TestDiscoverNamedPathErrors(t *testing.T) {
	dir := t.TempDir()
	dangling := filepath.Join(dir, "dangling.js")
	if err := os.Symlink("gone.js", dangling); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	missing := filepath.Join(dir, "missing.js")
	_, err := Discover([]string{missing, dangling}, DiscoverOptions{})
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{missing + ": no such file or directory", dangling + ": broken symbolic link (its target gone.js does not exist)"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// TestDiscoverNamedPipe: a named pipe is not read (discovery and the run
// would each consume it) but listed.
func TestDiscoverNamedPipe(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.js")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got, err := Discover([]string{fifo, filepath.Dir(fifo)}, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Files) != 0 || len(got.Skipped) != 1 || got.Skipped[0].Kind != SkipUnreadable || !got.Skipped[0].Named {
		t.Errorf("Discover(fifo) = %+v", got)
	}
}

// TestRunUnreadable: a file that cannot be read when the run reads it is
// listed in Result.Skipped, and the other files are still linted.
func TestRunUnreadable(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.js")
	if err := os.WriteFile(ok, []byte("const x = ;\n"), 0o644); err != nil { // a syntax-error finding
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "gone.js")
	cfg := rules.DefaultConfig()
	cfg.Sim.Enabled = false
	res, err := Run([]string{gone, ok}, Options{Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Files, []string{ok}) || len(res.Findings) == 0 {
		t.Errorf("Files %q, %d findings; want ok.js linted", res.Files, len(res.Findings))
	}
	if len(res.Skipped) != 1 || res.Skipped[0].File != gone || res.Skipped[0].Kind != SkipUnreadable || res.Skipped[0].Reason != "no such file or directory" {
		t.Errorf("Skipped = %+v", res.Skipped)
	}
}

// Linting a subdirectory honours the .gitignore files above it up to the
// repository top (the nearest .git, a directory or a worktree's file), and
// none beyond; linting the top itself reads none above it.
func TestParentGitignores(t *testing.T) {
	top := t.TempDir()
	writeTree(t, top, map[string]string{
		".gitignore":            "outer\n",
		"repo/.gitignore":       "repo-level\n",
		"repo/web/.gitignore":   "web-level\n",
		"repo/web/src/a.js":     "",
		"wt/.git":               "gitdir: /nowhere/.git/worktrees/wt\n",
		"wt/.gitignore":         "wt-level\n",
		"wt/lib/b.js":           "",
		"repo/.git/HEAD":        "ref: refs/heads/main\n",
		"plain/.gitignore":      "plain-level\n",
		"plain/sub/deeper/c.js": "",
	})
	dirs := func(root string) []string {
		var got []string
		for _, ig := range parentGitignores(root) {
			rel, _ := filepath.Rel(top, ig.dir)
			got = append(got, filepath.ToSlash(rel))
		}
		return got
	}
	for root, want := range map[string][]string{
		"repo/web/src": {"repo", "repo/web"},
		"repo":         nil,
		"wt/lib":       {"wt"},
		"wt":           nil,
	} {
		if got := dirs(filepath.Join(top, root)); !slices.Equal(got, want) {
			t.Errorf("parentGitignores(%s) = %v, want %v", root, got, want)
		}
	}
	// Outside any repository, every .gitignore up to / counts (the temp
	// directory's own parents have none of ours).
	if got := dirs(filepath.Join(top, "plain/sub/deeper")); !slices.Contains(got, "plain") || !slices.Contains(got, ".") {
		t.Errorf("outside a repository: %v, want plain and the top", got)
	}
}
