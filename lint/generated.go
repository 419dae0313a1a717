package lint

import (
	"bytes"
	"io"
	"os"
	"regexp"
	"strings"
)

// generatedProbe is how much of a file generated() reads.
const generatedProbe = 64 << 10

// bundleMarkers are written by bundlers and UMD library builds (tf.min.js,
// face-api.js, webpack output): code nobody edits by hand.
var bundleMarkers = [][]byte{
	[]byte("__webpack_require__"), []byte("webpackBootstrap"), []byte("__webpack_modules__"),
	[]byte("typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports"),
	[]byte(`typeof exports=="object"&&typeof module<"u"?`), []byte("typeof exports==='object'&&typeof module!=='undefined'?"),
	[]byte("@generated"), []byte("DO NOT EDIT"), []byte("parcelRequire"), []byte("$parcel$"),
	[]byte("__parcel__"), []byte("System.register("),
}

// hashedName matches bundlers' content-hashed output names (script.75da7f30.js).
var hashedName = regexp.MustCompile(`[.-][0-9a-f]{8,}\.m?js$`)

// generated reports a JavaScript file that a tool wrote: a *.min.js name, a
// bundler's or UMD build's markers, or minified text (a line of thousands of
// characters, or lines that average hundreds). Directory walks skip them as
// golangci-lint skips generated Go files: findings there are not the
// user's to fix. A file named on the command line is still linted.
func generated(path string) bool {
	name := strings.ToLower(path)
	if strings.HasSuffix(name, ".html") || strings.HasSuffix(name, ".htm") {
		return false
	}
	for _, suffix := range []string{".min.js", ".min.mjs", ".min.cjs", ".bundle.js", "-bundle.js"} {
		if strings.HasSuffix(name, suffix) {
			return true
		}
	}
	if hashedName.MatchString(name) {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, generatedProbe)
	n, _ := io.ReadFull(f, buf)
	return generatedText(buf[:n])
}

func generatedText(src []byte) bool {
	for _, m := range bundleMarkers {
		if bytes.Contains(src, m) {
			return true
		}
	}
	if bytes.Count(src, []byte("@license")) >= 3 {
		return true // several libraries' banners: a bundle of them
	}
	lines, longest, start := 0, 0, 0
	for i := 0; i <= len(src); i++ {
		if i == len(src) || src[i] == '\n' {
			lines++
			longest = max(longest, i-start)
			start = i + 1
		}
	}
	return longest > 5000 || (len(src) > 8<<10 && len(src)/lines > 250)
}
