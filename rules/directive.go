package rules

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// DirectiveKind is which of the four inline comments a Directive is.
type DirectiveKind int

const (
	DisableLine     DirectiveKind = iota // tfjslint-disable-line: the comment's own line
	DisableNextLine                      // tfjslint-disable-next-line: the line after the comment
	Disable                              // tfjslint-disable: from here to a matching enable
	Enable                               // tfjslint-enable: ends a disable
)

var directiveKeywords = [...]string{
	DisableLine:     "tfjslint-disable-line",
	DisableNextLine: "tfjslint-disable-next-line",
	Disable:         "tfjslint-disable",
	Enable:          "tfjslint-enable",
}

func (k DirectiveKind) String() string {
	if k < DisableLine || k > Enable {
		return fmt.Sprintf("DirectiveKind(%d)", int(k))
	}
	return directiveKeywords[k]
}

// Directive is an inline comment that turns rules off or on. ParseDirective
// fills Kind, Rules and Reason; the caller, who knows where the comment is,
// fills the positions.
type Directive struct {
	Kind    DirectiveKind
	Rules   []string // empty = all rules
	Reason  string   // text after " -- "
	Line    int      // 1-based line where the comment starts
	EndLine int      // 1-based line where the comment ends
	Offset  int      // byte offset of the comment start
	End     int      // byte offset just past the comment
}

// directiveSyntax matches the keyword at the start of a comment; the longest
// keywords come first so "disable-line" is not read as "disable".
var directiveSyntax = regexp.MustCompile(`^(tfjslint-disable-next-line|tfjslint-disable-line|tfjslint-disable|tfjslint-enable)(\s|$)`)

// reasonSeparator is ESLint's: two or more dashes between spaces.
var reasonSeparator = regexp.MustCompile(`\s-{2,}(\s|$)`)

// ParseDirective reads one comment's text, without its // or /* */
// delimiters. ok is false when the comment is not a directive. err reports
// unknown rule IDs (d then still lists every ID as written, so an unknown ID
// never widens it to "all rules") and -line directives spanning lines.
func ParseDirective(text string) (d Directive, ok bool, err error) {
	text = strings.TrimSpace(text)
	m := directiveSyntax.FindStringSubmatchIndex(text)
	if m == nil {
		return Directive{}, false, nil
	}
	keyword, rest := text[m[2]:m[3]], text[m[3]:]
	d.Kind = DirectiveKind(slices.Index(directiveKeywords[:], keyword))
	if loc := reasonSeparator.FindStringIndex(rest); loc != nil {
		d.Reason = strings.TrimSpace(rest[loc[1]:])
		rest = rest[:loc[0]]
	}
	var errs []error
	for _, id := range strings.FieldsFunc(rest, isDirectiveSeparator) {
		if slices.Contains(d.Rules, id) {
			continue
		}
		if _, known := catalogIndex[id]; !known {
			errs = append(errs, UnknownRuleError(id))
		}
		d.Rules = append(d.Rules, id)
	}
	if d.Kind == DisableLine && strings.Contains(text, "\n") {
		errs = append(errs, errors.New("a tfjslint-disable-line comment must not span several lines; use tfjslint-disable-next-line"))
	}
	return d, true, errors.Join(errs...)
}

func isDirectiveSeparator(r rune) bool { return r == ',' || unicode.IsSpace(r) }

// appliesTo reports whether the directive names rule id, or all rules.
func (d Directive) appliesTo(id string) bool {
	return len(d.Rules) == 0 || slices.Contains(d.Rules, id)
}
