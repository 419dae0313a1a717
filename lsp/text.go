package lsp

import (
	"sort"
	"unicode/utf8"
)

// Position encodings a client may offer (LSP 3.17 PositionEncodingKind).
const (
	encodingUTF16 = "utf-16"
	encodingUTF8  = "utf-8"
)

// text is one immutable version of a document with its line starts, to turn
// byte offsets (what lint reports) into LSP positions and back.
type text struct {
	src   string
	lines []int  // byte offset where each line starts
	b     []byte // src as bytes, made once, for lint overlays
}

// bytes returns the text as a byte slice, shared by every lint of this
// version; nobody writes to it.
func (t *text) bytes() []byte {
	if t.b == nil {
		t.b = []byte(t.src)
	}
	return t.b
}

func newText(src string) *text {
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &text{src: src, lines: lines}
}

// lineEnd is the offset of the end of line i, before its line break.
func (t *text) lineEnd(i int) int {
	end := len(t.src)
	if i+1 < len(t.lines) {
		end = t.lines[i+1] - 1
	}
	if end > t.lines[i] && t.src[end-1] == '\r' {
		end--
	}
	return end
}

// position converts a byte offset, clamped to the text, into an LSP
// position in the given encoding.
func (t *text) position(off int, enc string) Position {
	off = max(0, min(off, len(t.src)))
	line := sort.Search(len(t.lines), func(i int) bool { return t.lines[i] > off }) - 1
	start := t.lines[line]
	if enc == encodingUTF8 {
		return Position{Line: line, Character: off - start}
	}
	units := 0
	for i := start; i < off; {
		r, size := utf8.DecodeRuneInString(t.src[i:])
		if i+size > off {
			break // an offset inside a character: count up to it
		}
		units += utf16Len(r)
		i += size
	}
	return Position{Line: line, Character: units}
}

// utf16Len is how many UTF-16 code units r takes: two above the BMP. A
// byte that is not UTF-8 decodes as U+FFFD, one unit, as editors show it.
func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// offset converts an LSP position into a byte offset. As the specification
// asks, a character past the end of its line means the line's end, and a
// line past the end of the text means the end of the text.
func (t *text) offset(p Position, enc string) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(t.lines) {
		return len(t.src)
	}
	start, end := t.lines[p.Line], t.lineEnd(p.Line)
	if enc == encodingUTF8 {
		return start + max(0, min(p.Character, end-start))
	}
	units := 0
	i := start
	for i < end && units < p.Character {
		r, size := utf8.DecodeRuneInString(t.src[i:])
		units += utf16Len(r)
		i += size
	}
	return i
}

func (t *text) lspRange(start, end int, enc string) Range {
	return Range{Start: t.position(start, enc), End: t.position(end, enc)}
}
