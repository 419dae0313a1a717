package jsast

import (
	"bytes"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

// binarySniffLen is how much of a file is checked for NUL bytes, as git does.
const binarySniffLen = 8000

// DecodeUTF16 returns the UTF-8 text of a file that starts with a UTF-16
// byte-order mark, without the mark, and the encoding's name; nil for any
// other file. Browsers and Node decode such files, so they are code like
// any other. Unpaired surrogates and an odd last byte become U+FFFD.
func DecodeUTF16(src []byte) ([]byte, string) {
	var hi, lo int
	var name string
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		hi, lo, name = 1, 0, "UTF-16LE"
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		hi, lo, name = 0, 1, "UTF-16BE"
	default:
		return nil, ""
	}
	body := src[2:]
	units := make([]uint16, len(body)/2)
	for i := range units {
		units[i] = uint16(body[2*i+hi])<<8 | uint16(body[2*i+lo])
	}
	out := make([]byte, 0, len(units)+len(units)/4)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(body)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out, name
}

// checkEncoding refuses input that is not text tfjslint can read.
func checkEncoding(src []byte) error {
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
