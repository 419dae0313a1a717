package jsast

import "fmt"

// MaxNesting is the deepest bracket / arrow-function nesting jsast accepts.
// sobek's recursive parser dies with a fatal stack overflow near a million
// nested brackets and is quadratic in nested arrow functions; real code stays
// far below this.
const MaxNesting = 5000

// NestingError reports input nested deeper than Limit (MaxNesting before
// parsing, MaxDepth for the parsed tree).
type NestingError struct{ Offset, Depth, Limit int }

func (e *NestingError) Error() string {
	return fmt.Sprintf("code is nested more than %d levels deep; tfjslint does not parse it (is it generated? exclude it with ignore: in .tfjslint.yaml)", e.Limit)
}

// checkNesting scans src[start:end] for bracket, template and arrow nesting
// without parsing. It skips strings and comments and guesses regular
// expressions; a wrong guess only shifts the depth by a few levels.
func checkNesting(src []byte, start, end int) error {
	// levels[i] counts arrows pending at bracket level i.
	levels := make([]int, 1, 64)
	depth := 0
	templates := make([]int, 0, 4) // bracket depth at which each open `${` resumes a template
	prev := byte(0)                // previous significant byte
	i := start
	for i < end {
		c := src[i]
		switch {
		case c == '/' && i+1 < end && src[i+1] == '/':
			for i < end && src[i] != '\n' {
				i++
			}
			continue
		case c == '/' && i+1 < end && src[i+1] == '*':
			i += 2
			for i+1 < end && !(src[i] == '*' && src[i+1] == '/') {
				i++
			}
			i += 2
			continue
		case c == '"' || c == '\'':
			i = skipQuoted(src, i, end, c)
			prev = c
			continue
		case c == '`':
			var open bool
			i, open = skipTemplate(src, i+1, end)
			if open {
				templates = append(templates, len(levels))
				levels = append(levels, 0)
				depth++
			}
			prev = '`'
			continue
		case c == '/' && regexAllowedAfter(prev):
			i = skipRegexp(src, i, end)
			prev = '/'
			continue
		case c == '(' || c == '[' || c == '{':
			levels = append(levels, 0)
			depth++
		case c == ')' || c == ']' || c == '}':
			if len(levels) > 1 {
				depth -= 1 + levels[len(levels)-1]
				levels = levels[:len(levels)-1]
			}
			if c == '}' && len(templates) > 0 && templates[len(templates)-1] == len(levels) {
				templates = templates[:len(templates)-1]
				var open bool
				i, open = skipTemplate(src, i+1, end)
				if open {
					templates = append(templates, len(levels))
					levels = append(levels, 0)
					depth++
				}
				prev = '`'
				continue
			}
		case c == '=' && i+1 < end && src[i+1] == '>':
			levels[len(levels)-1]++
			depth++
			i += 2
			prev = '>'
			if depth > MaxNesting {
				return &NestingError{Offset: i, Depth: depth, Limit: MaxNesting}
			}
			continue
		case c == ';' || c == ',':
			depth -= levels[len(levels)-1]
			levels[len(levels)-1] = 0
		}
		if depth > MaxNesting {
			return &NestingError{Offset: i, Depth: depth, Limit: MaxNesting}
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev = c
		}
		i++
	}
	return nil
}

func skipQuoted(src []byte, i, end int, q byte) int {
	for i++; i < end; i++ {
		switch src[i] {
		case '\\':
			i++
		case q, '\n':
			return i + 1
		}
	}
	return end
}

// skipTemplate skips template text from i; open reports whether it stopped
// after a `${` substitution rather than the closing backquote.
func skipTemplate(src []byte, i, end int) (int, bool) {
	for ; i < end; i++ {
		switch src[i] {
		case '\\':
			i++
		case '`':
			return i + 1, false
		case '$':
			if i+1 < end && src[i+1] == '{' {
				return i + 2, true
			}
		}
	}
	return end, false
}

func skipRegexp(src []byte, i, end int) int {
	inClass := false
	for i++; i < end; i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			inClass = true
		case ']':
			inClass = false
		case '\n':
			return i
		case '/':
			if !inClass {
				return i + 1
			}
		}
	}
	return end
}

func regexAllowedAfter(prev byte) bool {
	switch {
	case prev == 0:
		return true
	case prev >= 'a' && prev <= 'z', prev >= 'A' && prev <= 'Z', prev >= '0' && prev <= '9',
		prev == '_', prev == '$', prev == ')', prev == ']', prev == '}', prev == '"', prev == '\'', prev == '`':
		return false
	}
	return true
}
