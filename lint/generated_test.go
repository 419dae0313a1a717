package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestGenerated(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"train.js":            "import * as tf from '@tensorflow/tfjs';\nconst x = tf.scalar(1);\n",
		"tf.min.js":           "!function(t){}\n",
		"app.js":              "/******/ (function(modules) { // webpackBootstrap\n/******/ var __webpack_require__;\n",
		"face-api.js":         "(function (global, factory) {\n  typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports) : factory(global.faceapi = {});\n}(this, function (exports) {}));\n",
		"minified.js":         "var a=1;" + strings.Repeat("a=a+1;", 2000) + "\n",
		"wide.js":             strings.Repeat("var a=1;"+strings.Repeat("a=a+1;", 50)+"\n", 100),
		"page.html":           "<script>" + strings.Repeat("a=a+1;", 2000) + "</script>\n",
		"long_but_normal.mjs": strings.Repeat("export const weights = [0.1, 0.2, 0.3];\n", 400),
		"parcel.js":           "// modules are defined as an array\nparcelRequire = (function (modules) {})({});\n",
		"licenses.js":         "/** @license A */\n/** @license B */\n/** @license C */\n",
		"script.75da7f30.js":  "console.log(1);\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{
		"train.js":            "",
		"tf.min.js":           "a *.min.js name",
		"app.js":              `bundler output: contains "__webpack_require__"`,
		"face-api.js":         `bundler output: contains "typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports"`,
		"minified.js":         "minified: a line of 12008 bytes",
		"wide.js":             "minified: lines of 305 bytes on average",
		"page.html":           "",
		"long_but_normal.mjs": "",
		"parcel.js":           `bundler output: contains "parcelRequire"`,
		"licenses.js":         "a bundle of libraries: 3 @license banners",
		"script.75da7f30.js":  "a content-hashed name",
	}
	for name, reason := range want {
		path := filepath.Join(dir, name)
		got := generatedName(path)
		if got == "" {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got = generatedText(path, src)
		}
		if got != reason {
			t.Errorf("%s: generated because %q, want %q", name, got, reason)
		}
	}
	found, err := Discover([]string{dir, filepath.Join(dir, "tf.min.js")}, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range found.Files {
		names = append(names, filepath.Base(f))
	}
	if got := strings.Join(names, " "); got != "long_but_normal.mjs page.html train.js" {
		t.Errorf("Discover = %s; want the generated files skipped, in the walk and when named", got)
	}
	var skipped []string
	for _, s := range found.Skipped {
		skipped = append(skipped, filepath.Base(s.File))
		if s.Kind != SkipGenerated || s.Reason != want[filepath.Base(s.File)] || s.Named != (filepath.Base(s.File) == "tf.min.js") {
			t.Errorf("skipped %+v, want generated because %q", s, want[filepath.Base(s.File)])
		}
	}
	if got := strings.Join(skipped, " "); got != "app.js face-api.js licenses.js minified.js parcel.js script.75da7f30.js tf.min.js wide.js" {
		t.Errorf("Skipped = %s", got)
	}
}

func TestBinaryText(t *testing.T) {
	for src, want := range map[string]bool{
		"const a = 1;\n":                   false,
		"\x7fELF\x02\x01\x01\x00":          true,
		"\xff\xfec\x00o\x00n\x00":          false, // UTF-16: the parser explains it
		strings.Repeat("a", 9000) + "\x00": false, // past the sniffed prefix
		"const s = '" + "\x00" + "';\n":    true,
	} {
		if got := binaryText([]byte(src)); got != want {
			t.Errorf("binaryText(%.20q) = %v, want %v", src, got, want)
		}
	}
}
