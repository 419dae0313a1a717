package rules

import (
	"strconv"
	"strings"
)

// MarkdownTable renders the catalog as the README's rule table. Rules with
// docs link to them, relative to the repository root.
func MarkdownTable() string {
	var b strings.Builder
	b.WriteString("| ID | tips | default | fix | implemented | summary |\n")
	b.WriteString("|---|---|---|---|---|---|\n")
	for _, r := range catalog {
		cells := []string{idCell(r), tipsCell(r.Tips), defaultCell(r), fixCell(r.Fix), yesNo(r.Implemented), r.Summary}
		b.WriteString("| ")
		for i, c := range cells {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(strings.ReplaceAll(c, "|", `\|`))
		}
		b.WriteString(" |\n")
	}
	return b.String()
}

func idCell(r Rule) string {
	code := "`" + r.ID + "`"
	if _, ok := Doc(r.ID); ok {
		return "[" + code + "](rules/docs/" + r.ID + ".md)"
	}
	return code
}

func tipsCell(tips []int) string {
	if len(tips) == 0 {
		return "–"
	}
	s := make([]string, len(tips))
	for i, t := range tips {
		s[i] = strconv.Itoa(t)
	}
	return strings.Join(s, ", ")
}

func defaultCell(r Rule) string {
	if r.SeverityNote != "" {
		return r.SeverityNote
	}
	return r.DefaultSeverity.String()
}

func fixCell(k FixKind) string {
	if k == NoFix {
		return "–"
	}
	return k.String()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
