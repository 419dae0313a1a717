package report

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The official OASIS SARIF 2.1.0 schema (Errata 01) is the one go-sarif
// embeds in its v210 package source; the test reads it from the module
// instead of keeping a copy, so it is the exact schema of the pinned library.
const sarifModule = "github.com/owenrumney/go-sarif/v3"

var sarifSchemaFile = sync.OnceValue(func() string {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", sarifModule).Output()
	if err != nil {
		return "(go list -m " + sarifModule + " failed: " + err.Error() + ")"
	}
	return filepath.Join(strings.TrimSpace(string(out)), "pkg", "report", "v210", "sarif", "schema.go")
})

// embeddedSchema cuts the JSON out of go-sarif's `const schema = `...“.
var embeddedSchema = regexp.MustCompile("(?s)const schema = `(.*)`")

var sarifSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	src, err := os.ReadFile(sarifSchemaFile())
	if err != nil {
		return nil, err
	}
	m := embeddedSchema.FindSubmatch(src)
	if m == nil {
		return nil, fmt.Errorf("no schema constant in %s", sarifSchemaFile())
	}
	if !bytes.Contains(m[1], []byte(sarifSchemaURI)) {
		return nil, fmt.Errorf("%s is not the SARIF 2.1.0 errata01 schema", sarifSchemaFile())
	}
	f := bytes.NewReader(m[1])
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	// Registered under its own id, so nothing is fetched: the compiler has
	// no network loader, and the draft-04 meta-schema is built in.
	c := jsonschema.NewCompiler()
	c.AssertFormat() // "uri", "uri-reference", "date-time" are checked, not just documented
	if err := c.AddResource(sarifSchemaURI, doc); err != nil {
		return nil, err
	}
	return c.Compile(sarifSchemaURI)
})

// validateSARIF checks a SARIF document against the official schema.
func validateSARIF(t *testing.T, doc string) error {
	t.Helper()
	sch, err := sarifSchema()
	if err != nil {
		t.Fatalf("loading %s: %v", sarifSchemaFile(), err)
	}
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	return sch.Validate(inst)
}
