package jsast

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// binarySniffLen is how much of a file is checked for NUL bytes, as git does.
const binarySniffLen = 8000

// checkEncoding refuses input that is not text tfjslint can read.
func checkEncoding(src []byte) error {
	if bytes.HasPrefix(src, []byte{0xFF, 0xFE}) || bytes.HasPrefix(src, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("file is UTF-16 encoded; tfjslint reads UTF-8: re-save it as UTF-8 or exclude it with ignore: in .tfjslint.yaml")
	}
	head := src
	if len(head) > binarySniffLen {
		head = head[:binarySniffLen]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return fmt.Errorf("file looks binary (it contains NUL bytes): exclude it with ignore: in .tfjslint.yaml")
	}
	return nil
}

// sanitize returns text sobek can parse at the same byte offsets as src: a BOM
// becomes spaces and every byte of an invalid UTF-8 sequence becomes '?'.
// It returns src itself when nothing needs changing.
func sanitize(src []byte) []byte {
	hasBOM := bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF})
	if !hasBOM && utf8.Valid(src) {
		return src
	}
	out := bytes.Clone(src)
	if hasBOM {
		copy(out, "   ")
	}
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		if r == utf8.RuneError && size == 1 {
			out[i] = '?'
		}
		i += size
	}
	return out
}

// blankedPrefix returns src[:end] with every byte before start replaced by a
// space, except line breaks, so that offsets and line numbers are preserved.
func blankedPrefix(src []byte, start, end int) string {
	if start == 0 {
		return string(src[:end])
	}
	buf := make([]byte, end)
	for i := 0; i < start; i++ {
		if c := src[i]; c == '\n' || c == '\r' {
			buf[i] = c
		} else {
			buf[i] = ' '
		}
	}
	copy(buf[start:], src[start:end])
	return string(buf)
}
