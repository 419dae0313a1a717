package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHostileFiles feeds the CLI input that txtar cannot hold: NUL bytes,
// a million nested brackets and a 10 MB minified file. Each must end in a
// finding or a clean report, never a crash or a hang.
func TestHostileFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds 10 MB inputs")
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	minified := bytes.Repeat([]byte("var a=tf.tidy(function(){return tf.add(b,c).mul(d)});function f(x){return x?g(x-1):0}"), 10<<20/86)
	cases := []struct {
		name     string
		data     []byte
		wantCode int
		want     string
	}{
		// UTF-16 is decoded: the error is the code's, and the excerpt readable.
		{"utf16.js", utf16LE("const a = 1;\r\nconst b = ;\r\n"), exitFindings, ":2:11  error  Unexpected token ;  syntax-error\n    const b = ;\n"},
		{"nul.js", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), exitFindings, "file looks binary"},
		{"nulstring.js", []byte(strings.Repeat("const s = 'x';\n", 1000) + "const t = '\x00';\n"), exitOK, ""},
		{"deep.js", []byte(strings.Repeat("(", 1_000_000) + "1" + strings.Repeat(")", 1_000_000)), exitFindings, "nested more than 5000 levels"},
		{"deep.html", []byte("<script>" + strings.Repeat("[", 1_000_000) + "</script>"), exitFindings, "nested more than 5000 levels"},
		{"min.js", minified, exitOK, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := write(c.name, c.data)
			var stdout, stderr bytes.Buffer
			// --no-ignore: binary and minified files are skipped by default;
			// this is about what the linter does when made to read them. codeframe
			// shows the excerpt.
			code := run([]string{"--no-sim", "--no-ignore", "-f", "codeframe", path}, nil, &stdout, &stderr)
			if code != c.wantCode {
				t.Errorf("exit %d, want %d; stdout %s; stderr %s", code, c.wantCode, truncate(stdout.String()), stderr.String())
			}
			if !strings.Contains(stdout.String(), c.want) || (c.want != "" && !strings.Contains(stdout.String(), c.name)) {
				t.Errorf("stdout %q lacks %q and the file name", truncate(stdout.String()), c.want)
			}
		})
	}
}

// utf16LE encodes ASCII text as UTF-16LE with a byte-order mark.
func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for i := 0; i < len(s); i++ {
		out = append(out, s[i], 0)
	}
	return out
}

func truncate(s string) string {
	if len(s) > 400 {
		return s[:400] + "…"
	}
	return s
}
