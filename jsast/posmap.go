package jsast

import (
	"bytes"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-sourcemap/sourcemap"
	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/js"
)

// posMap maps byte offsets of a transformed text (esbuild's output) back to
// the original file, from the source map of the transform. It is the only
// place positions of a TypeScript or JSX file are translated; everything
// above jsast sees original offsets.
type posMap struct {
	gen, src []byte
	segs     []segment
	names    map[int]string // original names of identifiers esbuild renamed, by generated offset
	// runs are the maximal stretches copied verbatim from src into gen,
	// sorted by generated offset; byOrig indexes them by original offset.
	runs   []run
	byOrig []int
}

// segment is one source-map mapping: generated offset g comes from
// original offset o.
type segment struct{ g, o int }

// run is gen[g:g+n] == src[o:o+n].
type run struct{ g, o, n int }

// newPosMap decodes the source map of gen (made from src). Source-map
// columns count UTF-16 units; both texts are converted to byte offsets.
// emptyMappings reports a source map whose mappings are empty, which the
// decoder refuses.
func emptyMappings(sourceMap []byte) bool {
	var m struct {
		Mappings *string `json:"mappings"`
	}
	return json.Unmarshal(sourceMap, &m) == nil && m.Mappings != nil && strings.TrimSpace(*m.Mappings) == ""
}

func newPosMap(gen, src, sourceMap []byte) (*posMap, error) {
	if len(bytes.TrimSpace(gen)) == 0 {
		// Only types (or nothing): no code, and a map without mappings,
		// which the decoder refuses.
		return &posMap{gen: gen, src: src}, nil
	}
	if emptyMappings(sourceMap) {
		// Code without a mapping to the source (a lone 'use strict' kept from a
		// file of types, `export {}`): nothing in it to report on.
		return &posMap{gen: gen, src: src}, nil
	}
	c, err := sourcemap.Parse("", sourceMap)
	if err != nil {
		return nil, err
	}
	// One segment per mapping at most: size the slice once.
	m := &posMap{gen: gen, src: src, segs: make([]segment, 0, bytes.Count(sourceMap, []byte(","))+bytes.Count(sourceMap, []byte(";"))+1)}
	srcLines := lineStarts(src)
	ascii := isASCII(src)
	lineNo := 1
	last := segment{-1, -1}
	for ls := 0; ls <= len(gen); lineNo++ {
		le := bytes.IndexByte(gen[ls:], '\n')
		if le < 0 {
			le = len(gen)
		} else {
			le += ls
		}
		col := 0 // UTF-16 column of gen[i]
		for i := ls; i < le; {
			r, size := rune(gen[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRune(gen[i:])
			}
			// A mapping starts at a token; never inside a run of word bytes.
			if i == ls || !isWordByte(gen[i-1]) || !isWordByte(gen[i]) {
				_, name, line, column, ok := c.Source(lineNo, col)
				if ok {
					o := originalOffset(src, srcLines, ascii, line, column)
					if o != last.o {
						m.segs = append(m.segs, segment{i, o})
						if name != "" {
							if m.names == nil {
								m.names = map[int]string{}
							}
							m.names[i] = name
						}
						last = segment{i, o}
					}
				}
			}
			col++
			if r > 0xFFFF {
				col++
			}
			i += size
		}
		ls = le + 1
	}
	m.buildRuns()
	return m, nil
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$' || c >= utf8.RuneSelf
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func lineStarts(b []byte) []int {
	starts := make([]int, 1, bytes.Count(b, []byte("\n"))+1)
	for i, c := range b {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// originalOffset turns a source map's 1-based line and 0-based UTF-16
// column into a byte offset of src.
func originalOffset(src []byte, lines []int, ascii bool, line, column int) int {
	if line < 1 {
		return 0
	}
	if line > len(lines) {
		return len(src)
	}
	start := lines[line-1]
	if ascii {
		return min(start+column, len(src))
	}
	i := start
	for units := 0; units < column && i < len(src) && src[i] != '\n'; {
		r, size := utf8.DecodeRune(src[i:])
		units++
		if r > 0xFFFF {
			units++
		}
		i += size
	}
	return i
}

// buildRuns extends every segment while the texts agree byte for byte and
// joins runs that continue each other.
func (m *posMap) buildRuns() {
	for k, s := range m.segs {
		next := len(m.gen)
		if k+1 < len(m.segs) {
			next = m.segs[k+1].g
		}
		n := 0
		for s.g+n < next && s.o+n < len(m.src) && m.gen[s.g+n] == m.src[s.o+n] {
			n++
		}
		if n == 0 {
			continue
		}
		if l := len(m.runs) - 1; l >= 0 && m.runs[l].g+m.runs[l].n == s.g && m.runs[l].o+m.runs[l].n == s.o {
			m.runs[l].n += n
			continue
		}
		m.runs = append(m.runs, run{s.g, s.o, n})
	}
	m.byOrig = make([]int, len(m.runs))
	for i := range m.byOrig {
		m.byOrig[i] = i
	}
	slices.SortStableFunc(m.byOrig, func(a, b int) int { return m.runs[a].o - m.runs[b].o })
}

// maxWalk bounds how far start walks from a segment: generated code can
// sit under one mapping for long.
const maxWalk = 512

// start maps the generated offset g to the original offset of the same
// character.
func (m *posMap) start(g int) int {
	o, _ := m.walk(g)
	return o
}

// walk maps g from the last mapping at or before it, letting whitespace
// differ (esbuild reprints the code). Where the texts disagree (generated
// or reprinted code) it stops at the disagreement: the original construct
// that produced the code; ok is false then.
func (m *posMap) walk(g int) (o int, ok bool) {
	g = min(max(g, 0), len(m.gen))
	k := m.segAt(g)
	if k < 0 {
		return 0, false // code esbuild generated before the first mapped token
	}
	a, b := m.segs[k].g, m.segs[k].o
	if g-a > maxWalk {
		return min(b, len(m.src)), false
	}
	for a < g {
		switch {
		case b < len(m.src) && m.gen[a] == m.src[b]:
			a, b = a+1, b+1
		case isSpace(m.gen[a]):
			a++
		case b < len(m.src) && isSpace(m.src[b]):
			b++
		case b < len(m.src) && sameLiteralKind(m.gen[a], m.src[b]):
			// A string or number esbuild reprinted ('a' as "a", 1_000
			// as 1e3): step over the literal on both sides.
			na, nb := tokenLen(m.gen[a:]), tokenLen(m.src[b:])
			if na == 0 || nb == 0 || a+na > g {
				return min(b, len(m.src)), false
			}
			a, b = a+na, b+nb
		default:
			return min(b, len(m.src)), false
		}
	}
	if g < len(m.gen) && !isSpace(m.gen[g]) {
		j := b
		for j < len(m.src) && isSpace(m.src[j]) {
			j++
		}
		if j < len(m.src) && m.src[j] == m.gen[g] {
			b = j
		}
	}
	return min(b, len(m.src)), true
}

func sameLiteralKind(g, o byte) bool {
	quote := func(c byte) bool { return c == '"' || c == '\'' || c == '`' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	return quote(g) && quote(o) || digit(g) && digit(o)
}

// segAt is the index of the last segment at or before g, or -1.
func (m *posMap) segAt(g int) int {
	return sort.Search(len(m.segs), func(i int) bool { return m.segs[i].g > g }) - 1
}

// end maps an exclusive generated end offset: just past the original of
// its last character. A semicolon or comma esbuild added (the original
// relied on ASI, or had none) is left out; a call esbuild made of a JSX
// element ends with the element; a token esbuild reprinted (quotes,
// numeric separators) ends with the original token.
func (m *posMap) end(g int) int {
	g = min(max(g, 0), len(m.gen))
	for g > 0 {
		c := m.gen[g-1]
		o, ok := m.walk(g - 1)
		if ok && o < len(m.src) && m.src[o] == c {
			return o + 1
		}
		if c == ';' || c == ',' || isSpace(c) {
			g--
			continue
		}
		if c == ')' {
			if e, ok := jsxClose(m.src, o); ok {
				return e
			}
		}
		if k := m.segAt(g - 1); k >= 0 && tokenLen(m.gen[m.segs[k].g:g]) == g-m.segs[k].g {
			if n := tokenLen(m.src[m.segs[k].o:]); n > 0 {
				return m.segs[k].o + n
			}
		}
		return min(o+1, len(m.src))
	}
	return m.start(0)
}

// jsxClose finds the end of the closing tag (`</div>`, `</>` or `/>`) at o.
func jsxClose(src []byte, o int) (int, bool) {
	rest := src[o:]
	switch {
	case bytes.HasPrefix(rest, []byte("/>")):
		return o + 2, true
	case bytes.HasPrefix(rest, []byte("</")):
		if i := bytes.IndexByte(rest, '>'); i >= 0 {
			return o + i + 1, true
		}
	}
	return 0, false
}

// tokenLen is the length of the JavaScript token b starts with (0 for none).
func tokenLen(b []byte) int {
	const most = 1 << 12 // string and template literals; longer ones are not worth it
	buf := make([]byte, min(len(b), most), min(len(b), most)+1)
	copy(buf, b)
	tt, data := js.NewLexer(parse.NewInputBytes(buf)).Next()
	if tt == js.ErrorToken || tt == js.WhitespaceToken || tt == js.LineTerminatorToken {
		return 0
	}
	return len(data)
}

// exactGen reports whether gen[a:b] lies in one verbatim run, and where.
func (m *posMap) exactGen(a, b int) (int, bool) {
	k := sort.Search(len(m.runs), func(i int) bool { return m.runs[i].g > a }) - 1
	if k < 0 {
		return 0, false
	}
	r := m.runs[k]
	if b > r.g+r.n {
		return 0, false
	}
	return r.o + a - r.g, true
}

// exactOrig reports whether src[a:b] is a verbatim copy of generated text
// in the same surroundings: the nearest code on either side (past blanks
// and comments) agrees too, or differs only by a semicolon esbuild added
// where the original relied on ASI. Without that, an edit of `x.data()`
// could land inside `x.data() as T`, which the parser never saw.
func (m *posMap) exactOrig(a, b int, comments []Comment) bool {
	if a == b {
		// An insertion after a statement's trailing comment is an
		// insertion right after its code: the parser saw no comment.
		a, _ = skipBackBlank(m.src, a, comments)
		b = a
	}
	k := sort.Search(len(m.byOrig), func(i int) bool { return m.runs[m.byOrig[i]].o > a })
	// Runs may overlap in the original (code esbuild copies twice); look
	// back over a few of those starting at or before a.
	for i := k - 1; i >= 0 && i >= k-8; i-- {
		r := m.runs[m.byOrig[i]]
		if b > r.o+r.n {
			continue
		}
		ga, gb := r.g+a-r.o, r.g+b-r.o
		cg, _ := m.nextGen(gb)
		cs, nl := nextCode(m.src, b, comments)
		if !(cg == cs || cg == ';' && (nl || cs == '}' || cs == 0)) {
			continue
		}
		cg, _ = m.prevGen(ga)
		cs, nl = prevCode(m.src, a, comments)
		if cg == cs || cs == 0 || cg == ';' && (nl || cs == '}') {
			return true
		}
	}
	return false
}

// nextGen is the first byte of code at or after gen[g] (0 at the end),
// past blanks and the /* @__PURE__ */ comments esbuild writes.
func (m *posMap) nextGen(g int) (byte, bool) {
	for g < len(m.gen) {
		switch {
		case isSpace(m.gen[g]):
			g++
		case bytes.HasPrefix(m.gen[g:], []byte("/*")):
			end := bytes.Index(m.gen[g:], []byte("*/"))
			if end < 0 {
				return 0, false
			}
			g += end + 2
		default:
			return m.gen[g], false
		}
	}
	return 0, false
}

// prevGen is the last byte of code before gen[g] (0 at the start).
func (m *posMap) prevGen(g int) (byte, bool) {
	for g > 0 {
		switch {
		case isSpace(m.gen[g-1]):
			g--
		case g >= 2 && m.gen[g-1] == '/' && m.gen[g-2] == '*':
			start := bytes.LastIndex(m.gen[:g-2], []byte("/*"))
			if start < 0 {
				return 0, false
			}
			g = start
		default:
			return m.gen[g-1], false
		}
	}
	return 0, false
}

// nextCode is the first byte of code at or after src[o] (0 at the end),
// past blanks and comments, and whether a line break comes before it.
func nextCode(src []byte, o int, comments []Comment) (byte, bool) {
	newline := false
	for o < len(src) {
		if isSpace(src[o]) {
			newline = newline || src[o] == '\n'
			o++
			continue
		}
		k := sort.Search(len(comments), func(i int) bool { return comments[i].Start >= o })
		if k < len(comments) && comments[k].Start == o {
			newline = newline || !comments[k].Block
			o = comments[k].End
			continue
		}
		return src[o], newline
	}
	return 0, newline
}

// skipBackBlank moves o back over blanks and comments, and tells whether
// it passed a line break.
func skipBackBlank(src []byte, o int, comments []Comment) (int, bool) {
	newline := false
	for o > 0 {
		if isSpace(src[o-1]) {
			newline = newline || src[o-1] == '\n'
			o--
			continue
		}
		k := sort.Search(len(comments), func(i int) bool { return comments[i].End >= o })
		if k < len(comments) && comments[k].End == o {
			o = comments[k].Start
			continue
		}
		break
	}
	return o, newline
}

// prevCode is the last byte of code before src[o] (0 at the start), and
// whether a line break comes after it.
func prevCode(src []byte, o int, comments []Comment) (byte, bool) {
	o, newline := skipBackBlank(src, o, comments)
	if o == 0 {
		return 0, newline
	}
	return src[o-1], newline
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
