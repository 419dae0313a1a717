// Package vscode holds the VS Code extension (package.json, extension.js);
// this test checks the manifest's shape, as VS Code would read it.
package vscode

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestManifest(t *testing.T) {
	data, err := os.ReadFile("package.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Name, Publisher, Version, Main string
		Engines                        map[string]string
		ActivationEvents               []string
		Dependencies                   map[string]string
		Contributes                    struct {
			Configuration struct {
				Properties map[string]struct {
					Type    string
					Default any
				}
			}
		}
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("package.json: %v", err)
	}
	if !regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`).MatchString(m.Name) || m.Publisher == "" {
		t.Errorf("name %q / publisher %q: VS Code needs a lowercase name and a publisher", m.Name, m.Publisher)
	}
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(m.Version) {
		t.Errorf("version %q is not semver", m.Version)
	}
	if !strings.HasPrefix(m.Engines["vscode"], "^1.") {
		t.Errorf("engines.vscode = %q", m.Engines["vscode"])
	}
	if _, err := os.Stat(strings.TrimPrefix(m.Main, "./")); err != nil {
		t.Errorf("main %q: %v", m.Main, err)
	}
	if m.Dependencies["vscode-languageclient"] == "" {
		t.Error("no vscode-languageclient dependency")
	}
	for _, lang := range []string{"javascript", "javascriptreact", "typescript", "typescriptreact", "html"} {
		found := false
		for _, e := range m.ActivationEvents {
			found = found || e == "onLanguage:"+lang
		}
		if !found {
			t.Errorf("no activation event for %s", lang)
		}
	}
	if p, ok := m.Contributes.Configuration.Properties["tfjslint.path"]; !ok || p.Type != "string" || p.Default != "tfjslint" {
		t.Errorf("tfjslint.path setting = %+v", p)
	}
	src, err := os.ReadFile("extension.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"require('vscode-languageclient/node')", "args: ['lsp']", "activate", "deactivate"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("extension.js lacks %q", want)
		}
	}
}
