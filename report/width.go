package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// cellWidth is how many terminal columns r occupies: 2 for East Asian wide and
// fullwidth runes (CJK, most emoji), 0 for combining marks and invisible
// format characters, 1 otherwise. Tabs are never measured here: excerpts copy
// them into the caret line so the terminal's own tab stops line up.
func cellWidth(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// textWidth is the display width of a single-line string without tabs.
func textWidth(s string) int {
	n := 0
	for _, r := range s {
		n += cellWidth(r)
	}
	return n
}

// unsafeInTerminal reports runes that must not reach a terminal verbatim:
// control characters (escape sequences could restyle or rewrite the screen)
// and bidirectional overrides, which reorder what the reader sees ("Trojan
// Source", CVE-2021-42574).
func unsafeInTerminal(r rune) bool {
	if r == '\t' {
		return false
	}
	if unicode.IsControl(r) {
		return true
	}
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f',
		r >= '\u202a' && r <= '\u202e',
		r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// termSafe replaces what unsafeInTerminal rejects with '?': file names and
// messages can carry bytes from the linted code.
func termSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || unsafeInTerminal(r) {
			return '?'
		}
		return r
	}, s)
}
