package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"text/tabwriter"

	"github.com/tfjslint/tfjslint/rules"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		fmt.Fprintln(stderr, "tfjslint rules: takes no arguments; see tfjslint explain ID")
		return exitUsage
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tTIPS\tDEFAULT\tFIX\tSTATUS\tSUMMARY")
	for _, r := range rules.All() {
		tips := "–"
		if len(r.Tips) > 0 {
			tips = strings.Trim(strings.ReplaceAll(fmt.Sprint(r.Tips), " ", ","), "[]")
		}
		def := r.DefaultSeverity.String()
		if r.SeverityNote != "" {
			def = r.SeverityNote
		}
		status := "planned"
		if r.Implemented {
			status = "yes"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.ID, tips, def, r.Fix, status, r.Summary)
	}
	tw.Flush()
	return exitOK
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: tfjslint explain RULE-ID (tfjslint rules lists them)")
		return exitUsage
	}
	id := args[0]
	r, ok := rules.Lookup(id)
	if !ok {
		fmt.Fprintf(stderr, "tfjslint explain: %v\n", rules.UnknownRuleError(id))
		return exitUsage
	}
	doc, ok := rules.Doc(id)
	if !ok {
		fmt.Fprintf(stdout, "# %s\n\n%s\n\nThis rule is planned but not implemented yet; its full documentation comes with it.\n", r.ID, r.Summary)
		return exitOK
	}
	io.WriteString(stdout, doc)
	return exitOK
}

func runVersion(stdout io.Writer) int {
	fmt.Fprintf(stdout, "tfjslint %s\n", version())
	return exitOK
}

// version is the module version go install recorded (v1.2.3), else, for a
// build from a checkout, "devel" with the commit the build info carries.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return fmt.Sprintf("devel (%.12s%s)", rev, modified)
}
