package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The caret must sit under the finding's byte column however the bytes before
// it are written: tabs are copied, wide runes count 2, combining marks 0.
func TestExcerptCaret(t *testing.T) {
	tests := []struct {
		name, line, at string // at: the text the caret must point to (its first occurrence)
		text, pad      string
	}{
		{"ascii", "model.compile({optimizer: 'sgd'});", "'sgd'",
			"model.compile({optimizer: 'sgd'});", strings.Repeat(" ", 26)},
		{"tab and CJK", "\tconst 最適化 = tf.train.adam(0.5);", "0.5",
			"\tconst 最適化 = tf.train.adam(0.5);", "\t" + strings.Repeat(" ", 6+6+17)},
		{"tabs inside", "a\tb\t\tc", "c", "a\tb\t\tc", " \t \t\t"},
		{"two-byte latin", "// über: tf.train.sgd(1)", "tf", "// über: tf.train.sgd(1)", strings.Repeat(" ", 9)},
		{"combining mark", "e\u0301 = x", "x", "e\u0301 = x", "    "},
		{"emoji", "🚀 x", "x", "🚀 x", "   "},
		{"invalid utf-8", "\xff\xfe x", "x", "\uFFFD\uFFFD x", "   "},
		{"escape sequence", "\x1b[31mx", "x", "?[31mx", "     "},
		{"crlf", "let a = 1;\r", "1", "let a = 1;", strings.Repeat(" ", 8)},
		{"column at start", "x = 1", "x", "x = 1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			col := strings.Index(tt.line, tt.at) + 1
			text, pad := excerpt([]byte(tt.line), col)
			if text != tt.text {
				t.Errorf("text = %q, want %q", text, tt.text)
			}
			if pad != tt.pad {
				t.Errorf("pad = %q, want %q", pad, tt.pad)
			}
		})
	}
}

// A column just past the end of the line (a finding at a line break) puts
// the caret after the last character.
func TestExcerptColumnPastEnd(t *testing.T) {
	text, pad := excerpt([]byte("xs.batch(32)"), 13)
	if text != "xs.batch(32)" || pad != strings.Repeat(" ", 12) {
		t.Errorf("got %q / %q", text, pad)
	}
	_, pad = excerpt([]byte("ab"), 99)
	if pad != "  " {
		t.Errorf("far past the end: pad = %q", pad)
	}
}

// Long lines (minified bundles) are cut around the column, with an ellipsis
// on each cut side, and the caret still points at the same character.
func TestExcerptTruncation(t *testing.T) {
	call := "tf.train.sgd(0.1)"
	tests := []struct {
		name              string
		line              string
		leftCut, rightCut bool
	}{
		{"middle", strings.Repeat("a", 300) + call + strings.Repeat("b", 300), true, true},
		{"near start", "x" + call + strings.Repeat("b", 300), false, true},
		{"near end", strings.Repeat("a", 300) + call + ";", true, false},
		{"wide runes", strings.Repeat("学", 150) + call + strings.Repeat("習", 150), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			col := strings.Index(tt.line, call) + 1
			text, pad := excerpt([]byte(tt.line), col)
			if w := textWidth(text); w > maxExcerptWidth {
				t.Errorf("excerpt is %d columns wide, limit %d", w, maxExcerptWidth)
			}
			if got := strings.HasPrefix(text, ellipsis); got != tt.leftCut {
				t.Errorf("left ellipsis = %v, want %v: %q", got, tt.leftCut, text)
			}
			if got := strings.HasSuffix(text, ellipsis); got != tt.rightCut {
				t.Errorf("right ellipsis = %v, want %v: %q", got, tt.rightCut, text)
			}
			i := strings.Index(text, call)
			if i < 0 {
				t.Fatalf("excerpt %q lost the code at the column", text)
			}
			if textWidth(pad) != textWidth(text[:i]) {
				t.Errorf("caret at column %d, code at %d", textWidth(pad), textWidth(text[:i]))
			}
			if !utf8.ValidString(text) {
				t.Errorf("cut inside a rune: %q", text)
			}
		})
	}
}

// A line that fits is never cut, even when it is long-ish and the column is late.
func TestExcerptNoTruncationWhenItFits(t *testing.T) {
	line := strings.Repeat("a", maxExcerptWidth-1) + "X"
	text, _ := excerpt([]byte(line), maxExcerptWidth)
	if text != line {
		t.Errorf("line of %d columns was cut: %q", maxExcerptWidth, text)
	}
}

func TestLineIndex(t *testing.T) {
	x := newLineIndex([]byte("one\ntwo\r\n\nfour"))
	for n, want := range map[int]string{1: "one", 2: "two\r", 3: "", 4: "four"} {
		if got, ok := x.line(n); !ok || string(got) != want {
			t.Errorf("line(%d) = %q, %v; want %q", n, got, ok, want)
		}
	}
	for _, n := range []int{0, 5, -1} {
		if _, ok := x.line(n); ok {
			t.Errorf("line(%d) exists", n)
		}
	}
}
