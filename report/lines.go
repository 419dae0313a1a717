package report

import "bytes"

// lineIndex finds lines of one source file. Lines end at '\n' only, as in
// go/token's SetLinesForContent, which numbers the lines of every finding.
type lineIndex struct {
	src    []byte
	starts []int // byte offset where each line begins
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

// line returns the text of the 1-based line n without its newline.
func (x *lineIndex) line(n int) ([]byte, bool) {
	if n < 1 || n > len(x.starts) {
		return nil, false
	}
	text := x.src[x.starts[n-1]:]
	if i := bytes.IndexByte(text, '\n'); i >= 0 {
		text = text[:i]
	}
	return text, true
}

// sourceCache builds each file's index once, on first use.
type sourceCache struct {
	sources map[string][]byte
	index   map[string]*lineIndex
}

func newSourceCache(sources map[string][]byte) *sourceCache {
	return &sourceCache{sources: sources, index: map[string]*lineIndex{}}
}

func (c *sourceCache) line(file string, n int) ([]byte, bool) {
	x, ok := c.index[file]
	if !ok {
		src, found := c.sources[file]
		if !found {
			return nil, false
		}
		x = newLineIndex(src)
		c.index[file] = x
	}
	return x.line(n)
}
