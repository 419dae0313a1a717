package rules

import (
	"io/fs"
	"strconv"
	"strings"
	"testing"
)

func TestImplementedRulesHaveDocs(t *testing.T) {
	for _, r := range All() {
		if !r.Implemented {
			continue
		}
		doc, ok := Doc(r.ID)
		if !ok {
			t.Errorf("%s is implemented but has no rules/docs/%s.md", r.ID, r.ID)
			continue
		}
		for _, section := range []string{"# " + r.ID + "\n", "## What it flags", "## Why", "## Bad", "## Good", "## Options", "## Silencing"} {
			if !strings.Contains(doc, section) {
				t.Errorf("docs/%s.md lacks %q", r.ID, section)
			}
		}
		for _, tip := range r.Tips {
			if !strings.Contains(doc, "Tip "+strconv.Itoa(tip)) && !strings.Contains(doc, "tip "+strconv.Itoa(tip)) {
				t.Errorf("docs/%s.md does not cite tip %d", r.ID, tip)
			}
		}
		for _, opt := range r.Options {
			if !strings.Contains(doc, opt.Key) && !strings.Contains(doc, "min-<optimizer>") {
				t.Errorf("docs/%s.md does not document option %s", r.ID, opt.Key)
			}
		}
	}
}

func TestEveryDocBelongsToARule(t *testing.T) {
	names, err := fs.Glob(docFiles, "docs/*.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		id := strings.TrimSuffix(strings.TrimPrefix(name, "docs/"), ".md")
		if _, ok := Lookup(id); !ok {
			t.Errorf("%s documents no catalog rule", name)
		}
	}
}

func TestDocUnknown(t *testing.T) {
	for _, id := range []string{"nope", "../rules"} {
		if _, ok := Doc(id); ok {
			t.Errorf("Doc(%q) found a doc", id)
		}
	}
}

func TestHelpURI(t *testing.T) {
	want := "https://github.com/tfjslint/tfjslint/blob/main/rules/docs/sgd-optimizer.md"
	if got := HelpURI("sgd-optimizer"); got != want {
		t.Errorf("HelpURI = %q, want %q", got, want)
	}
}

func TestCatalogHelpURI(t *testing.T) {
	if got, want := CatalogHelpURI("sgd-optimizer"), HelpURI("sgd-optimizer"); got != want {
		t.Errorf("CatalogHelpURI(sgd-optimizer) = %q, want %q", got, want)
	}
	if got := CatalogHelpURI("no-such-rule"); got != "" {
		t.Errorf("CatalogHelpURI(no-such-rule) = %q, want none", got)
	}
}
