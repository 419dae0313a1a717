package jsmod

import (
	"os"
	"path/filepath"
	"testing"
)

// mapFS is a project held in memory: file name -> content.
type mapFS map[string]string

func (m mapFS) IsFile(name string) bool { _, ok := m[filepath.ToSlash(name)]; return ok }

func (m mapFS) ReadFile(name string) ([]byte, error) {
	if s, ok := m[filepath.ToSlash(name)]; ok {
		return []byte(s), nil
	}
	return nil, os.ErrNotExist
}

func TestResolve(t *testing.T) {
	project := mapFS{
		"p/index.html":               "",
		"p/js/ui.js":                 "",
		"p/src/main.ts":              "",
		"p/src/model.ts":             "",
		"p/src/data/index.js":        "",
		"p/src/view.tsx":             "",
		"p/src/legacy.cjs":           "",
		"p/src/config.json":          "",
		"p/lib/package.json":         `{"main": "dist/lib.js", "module": "src/lib.mjs"}`,
		"p/lib/src/lib.mjs":          "",
		"p/cli/package.json":         `{"bin": {"train": "bin/train.js", "a": "bin/a.js"}}`,
		"p/cli/bin/a.js":             "",
		"p/broken/package.json":      `{"main": "nowhere.js"}`,
		"p/broken/index.mjs":         "",
		"p/src/dir.js/placeholder.x": "",
	}
	tests := []struct {
		from, spec, want string
	}{
		{"p/src/main.ts", "./model.js", "p/src/model.ts"}, // TypeScript source behind a .js specifier
		{"p/src/main.ts", "./model", "p/src/model.ts"},
		{"p/src/main.ts", "./data", "p/src/data/index.js"},
		{"p/src/main.ts", "./view.js", "p/src/view.tsx"},
		{"p/src/main.ts", "./legacy.cjs", "p/src/legacy.cjs"},
		{"p/src/main.ts", "./config.json", "p/src/config.json"},
		{"p/src/main.ts", "../lib", "p/lib/src/lib.mjs"}, // package.json module before main
		{"p/src/main.ts", "../cli", "p/cli/bin/a.js"},    // bin entries in name order
		{"p/src/main.ts", "../broken", "p/broken/index.mjs"},
		{"p/index.html", "js/ui.js", ""},                 // not a relative specifier in a module (a page's src is made relative by its caller)
		{"p/index.html", "./js/ui.js?v=3", "p/js/ui.js"}, // cache-busting query
		{"p/index.html", "/js/ui.js", "p/js/ui.js"},      // root-relative
		{"p/src/main.ts", "@tensorflow/tfjs", ""},
		{"p/src/main.ts", "https://cdn.jsdelivr.net/npm/x.js", ""},
		{"p/src/main.ts", "//cdn.example.com/x.js", ""},
		{"p/src/main.ts", "./missing", ""},
		{"p/src/main.ts", "./dir.js", ""}, // a directory named like a file, with no index
	}
	for _, tt := range tests {
		got, ok := Resolve(project, "p", tt.from, tt.spec)
		if filepath.ToSlash(got) != tt.want || ok != (tt.want != "") {
			t.Errorf("Resolve(%s, %q) = %q, %v; want %q", tt.from, tt.spec, got, ok, tt.want)
		}
	}
}

func TestPackageEntries(t *testing.T) {
	for _, tt := range []struct {
		json string
		want []string
	}{
		{`{"main": "index.js", "bin": "cli.js"}`, []string{"index.js", "cli.js"}},
		{`{"module": "esm/a.js", "main": "cjs/a.js"}`, []string{"esm/a.js", "cjs/a.js"}},
		{`{"bin": {"z": "z.js", "b": "b.js"}}`, []string{"b.js", "z.js"}},
		{`not json`, nil},
	} {
		got := PackageEntries([]byte(tt.json))
		if len(got) != len(tt.want) {
			t.Errorf("%s: %q, want %q", tt.json, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: %q, want %q", tt.json, got, tt.want)
			}
		}
	}
}

// TestPageScript checks the specifiers a page's <script src> names, as
// lint's module graph and the simulator's page runs both take them.
func TestPageScript(t *testing.T) {
	for _, c := range []struct {
		src, spec string
		local     bool
	}{
		{"js/app.js", "./js/app.js", true},
		{"app.js?v=3", "./app.js?v=3", true},
		{" ./ui.js ", "./ui.js", true},
		{"../lib/data.js", "../lib/data.js", true},
		{"/static/main.js", "/static/main.js", true},
		{"https://cdn.jsdelivr.net/npm/@tensorflow/tfjs", "https://cdn.jsdelivr.net/npm/@tensorflow/tfjs", false},
		{"//unpkg.com/x.js", "//unpkg.com/x.js", false},
		{"data:text/javascript,1", "data:text/javascript,1", false},
		{"", "", false},
	} {
		spec, local := PageScript(c.src)
		if spec != c.spec || local != c.local {
			t.Errorf("PageScript(%q) = %q, %v; want %q, %v", c.src, spec, local, c.spec, c.local)
		}
	}
}
