package main

import (
	"github.com/tfjslint/tfjslint/rules"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A made-up reviewed repository: one real leak (per frame), one finding the
// review called noise, one verdict for a line the build no longer reports,
// one for a file the build skips (a minified bundle).
const page = `<!DOCTYPE html>
<script src="https://cdn.jsdelivr.net/npm/@tensorflow/tfjs@4.22.0/dist/tf.min.js"></script>
<video id="v"></video>
<script>
  const video = document.getElementById('v');
  function loop() {
    const frame = tf.browser.fromPixels(video);
    document.title = frame.shape[0];
    requestAnimationFrame(loop);
  }
  loop();
  document.body.addEventListener('click', () => {
    const still = tf.browser.fromPixels(video);
    document.title = still.shape.length;
  });
</script>
`

func TestCheck(t *testing.T) {
	corpus := t.TempDir()
	dir := filepath.Join(corpus, "someone+demo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "dist"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dist", "app.min.js"), []byte("var a=1;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	vs := []verdict{
		{repo: "someone/demo", commit: "abc", path: "index.html", line: 7, rule: "undisposed-tensor", verdict: "real"},
		{repo: "someone/demo", commit: "abc", path: "index.html", line: 13, rule: "undisposed-tensor", verdict: "noise"},
		{repo: "someone/demo", commit: "abc", path: "index.html", line: 3, rule: "undisposed-tensor", verdict: "real"},
		{repo: "someone/demo", commit: "abc", path: "dist/app.min.js", line: 1, rule: "undisposed-tensor", verdict: "real"},
	}
	var out strings.Builder
	code, err := check(&out, corpus, vs, true, false, false, rules.Warning)
	if err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"LOST   someone/demo/index.html:3 undisposed-tensor",
		"STILL  someone/demo/index.html:13 undisposed-tensor",
		"undisposed-tensor             2        2      1      0      1       50%",
		"SKIP   someone/demo/dist/app.min.js:1 undisposed-tensor (not linted: generated, ignored or missing)",
		"4 verdicts, 2 disagree",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
}

func TestReadVerdicts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v.tsv")
	data := "repo\tpath\tline\trule\tverdict\treason\n" +
		"a/b@0123\tx.js\t4\tleaked-temporary\twrong\tfreed by the caller\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	vs, err := readVerdicts(path)
	if err != nil || len(vs) != 1 || vs[0].repo != "a/b" || vs[0].commit != "0123" || vs[0].line != 4 {
		t.Fatalf("readVerdicts = %+v, %v", vs, err)
	}
	if err := os.WriteFile(path, []byte(data+"a/b@1\tx.js\t5\tleaked-temporary\tmaybe\t?\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readVerdicts(path); err == nil || !strings.Contains(err.Error(), `"maybe"`) {
		t.Errorf("a bad verdict gives %v", err)
	}
}
