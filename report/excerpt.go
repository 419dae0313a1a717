package report

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// maxExcerptWidth bounds a printed source line, so minified bundles and data
// URLs do not flood the terminal; tabs count as tabWidthEstimate toward it.
const (
	maxExcerptWidth  = 100
	tabWidthEstimate = 4
	ellipsis         = "…"
)

// cell is one printable unit of a source line.
type cell struct {
	text  string // what is printed: the rune, a tab, or a stand-in for unsafe bytes
	start int    // byte offset of the unit within the line
	width int    // display columns; for tabs, the estimate used for truncation
	tab   bool
}

// excerpt renders one source line and the padding that puts a caret under
// the byte column col (1-based). Tabs stay tabs in both, and every other rune
// before the column becomes as many spaces as it is wide, so the caret lines
// up whatever the terminal's tab width and whatever the script.
func excerpt(line []byte, col int) (text, pad string) {
	line = bytes.TrimSuffix(line, []byte("\r"))
	cells := splitCells(line)

	k := len(cells) // the caret's cell: the first one at or after the column
	for i, c := range cells {
		if c.start >= col-1 {
			k = i
			break
		}
	}
	a, b := window(cells, k, maxExcerptWidth)

	var tb, cb strings.Builder
	if a > 0 {
		tb.WriteString(ellipsis)
		cb.WriteString(strings.Repeat(" ", textWidth(ellipsis)))
	}
	for i := a; i < b; i++ {
		tb.WriteString(cells[i].text)
		if i >= k {
			continue
		}
		if cells[i].tab {
			cb.WriteByte('\t')
		} else {
			cb.WriteString(strings.Repeat(" ", cells[i].width))
		}
	}
	if b < len(cells) {
		tb.WriteString(ellipsis)
	}
	return tb.String(), cb.String()
}

func splitCells(line []byte) []cell {
	cells := make([]cell, 0, len(line))
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRune(line[i:])
		c := cell{start: i}
		switch {
		case r == '\t':
			c.text, c.width, c.tab = "\t", tabWidthEstimate, true
		case r == utf8.RuneError && size == 1:
			c.text, c.width = "\uFFFD", 1 // invalid UTF-8: one stand-in per byte
		case unsafeInTerminal(r):
			c.text, c.width = "?", 1
		default:
			c.text, c.width = string(r), cellWidth(r)
		}
		cells = append(cells, c)
		i += size
	}
	return cells
}

// window picks the cells [a, b) to print so that the caret cell k is visible
// with some context before it (a third of the budget) and as much as fits
// after it; when the line ends early, the unused budget goes back to the left.
func window(cells []cell, k, budget int) (a, b int) {
	total := 0
	for _, c := range cells {
		total += c.width
	}
	if total <= budget {
		return 0, len(cells)
	}
	budget -= 2 * textWidth(ellipsis)
	w := 0
	a = k
	for a > 0 && w+cells[a-1].width <= budget/3 {
		a--
		w += cells[a].width
	}
	b = k
	for b < len(cells) && w+cells[b].width <= budget {
		w += cells[b].width
		b++
	}
	for a > 0 && w+cells[a-1].width <= budget {
		a--
		w += cells[a].width
	}
	return a, b
}
