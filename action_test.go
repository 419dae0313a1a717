package tfjslint_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"go.yaml.in/yaml/v3"
)

// actionMeta is the action.yml metadata syntax GitHub documents for
// composite actions; decoding with KnownFields refuses anything else.
type actionMeta struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
	Author      string `yaml:"author"`
	Branding    struct {
		Icon  string `yaml:"icon"`
		Color string `yaml:"color"`
	} `yaml:"branding"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
		Required    bool   `yaml:"required"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Shell            string            `yaml:"shell"`
	WorkingDirectory string            `yaml:"working-directory"`
	Env              map[string]string `yaml:"env"`
	Run              string            `yaml:"run"`
}

func readAction(t *testing.T) (*actionMeta, string) {
	t.Helper()
	data, err := os.ReadFile("action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a actionMeta
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return &a, string(data)
}

var (
	expression = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	inputRef   = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)
)

func TestActionMetadata(t *testing.T) {
	a, text := readAction(t)
	if a.Name == "" || a.Description == "" || a.Branding.Icon == "" || a.Branding.Color == "" {
		t.Errorf("name, description and branding are required to publish: %+v", a)
	}
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", a.Runs.Using)
	}
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
	}
	for _, want := range []string{"path", "args", "sarif-file", "working-directory", "setup-go", "go-version"} {
		if _, ok := a.Inputs[want]; !ok {
			t.Errorf("input %s is missing", want)
		}
	}
	// Every inputs.X the file uses is declared: a typo would be an empty string at run time.
	for _, m := range inputRef.FindAllStringSubmatch(text, -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("inputs.%s is used but not declared", m[1])
		}
	}
	ids := map[string]bool{}
	var setupGo, build, lint *actionStep
	for i := range a.Runs.Steps {
		s := &a.Runs.Steps[i]
		ids[s.ID] = true
		if (s.Uses == "") == (s.Run == "") {
			t.Errorf("step %q: exactly one of uses and run", s.Name)
		}
		if s.Run != "" && s.Shell == "" {
			t.Errorf("step %q: a composite action's run step needs a shell", s.Name)
		}
		switch {
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			setupGo = s
		case strings.Contains(s.Run, "./cmd/tfjslint"):
			build = s
		case strings.Contains(s.Run, "--format github"):
			lint = s
		}
	}
	if setupGo == nil || setupGo.If != "inputs.setup-go == 'true'" || setupGo.With["go-version"] != "${{ inputs.go-version }}" {
		t.Errorf("setup-go step: %+v, want actions/setup-go, optional (inputs.setup-go), at inputs.go-version", setupGo)
	}
	if build == nil || build.Env["ACTION_PATH"] != "${{ github.action_path }}" {
		t.Errorf("no step builds tfjslint from the action's checkout: %+v", build)
	}
	if lint == nil || !strings.Contains(lint.Run, "--format sarif") {
		t.Errorf("no step runs tfjslint --format github (and sarif on request): %+v", lint)
	}
	for name, out := range a.Outputs {
		m := regexp.MustCompile(`steps\.([A-Za-z0-9_-]+)\.outputs\.`).FindStringSubmatch(out.Value)
		if m == nil || !ids[m[1]] {
			t.Errorf("output %s = %q does not name a step of the action", name, out.Value)
		}
	}
}

// TestActionRuns runs the action's shell steps as the runner would (bash -eo
// pipefail, inputs and github.action_path substituted, GITHUB_PATH and
// GITHUB_OUTPUT honoured) on a throwaway repository, with this checkout as
// the action. The setup-go step is GitHub's own and is not run.
func TestActionRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("builds tfjslint; skipped with -short")
	}
	a, _ := readAction(t)
	actionPath, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	runnerTemp := filepath.Join(tmp, "runner-temp")
	repo := filepath.Join(tmp, "repo")
	for _, d := range []string{runnerTemp, filepath.Join(repo, ".git")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, repo, "web/train.js", "import * as tf from '@tensorflow/tfjs';\n\nexport const opt = tf.train.adam(0);\n")
	write(t, repo, "lib/ok.js", "export const one = 1;\n")

	pathFile := filepath.Join(tmp, "github_path")
	path := os.Getenv("PATH")
	// step runs one step with the given inputs; it returns the output and exit code.
	step := func(s actionStep, inputs map[string]string, outputFile string) (string, int) {
		t.Helper()
		eval := func(v string) string {
			return expression.ReplaceAllStringFunc(v, func(e string) string {
				expr := expression.FindStringSubmatch(e)[1]
				if expr == "github.action_path" {
					return actionPath
				}
				if name, ok := strings.CutPrefix(expr, "inputs."); ok {
					if v, ok := inputs[name]; ok {
						return v
					}
					return a.Inputs[name].Default
				}
				t.Fatalf("step %q: expression %q is not one the test knows", s.Name, expr)
				return ""
			})
		}
		if s.Shell != "bash" {
			t.Fatalf("step %q: shell %q", s.Name, s.Shell)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", s.Run)
		cmd.Dir = filepath.Join(repo, eval(s.WorkingDirectory))
		cmd.Env = append(os.Environ(), "PATH="+path, "RUNNER_TEMP="+runnerTemp, "GITHUB_PATH="+pathFile, "GITHUB_OUTPUT="+outputFile)
		for k, v := range s.Env {
			cmd.Env = append(cmd.Env, k+"="+eval(v))
		}
		out, err := cmd.CombinedOutput()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("step %q: %v", s.Name, err)
		}
		return string(out), code
	}

	var lint actionStep
	for _, s := range a.Runs.Steps {
		switch {
		case s.Uses != "":
			continue
		case s.ID == "lint":
			lint = s
		default:
			if out, code := step(s, nil, filepath.Join(tmp, "build-output")); code != 0 {
				t.Fatalf("step %q failed (%d):\n%s", s.Name, code, out)
			}
		}
	}
	added, err := os.ReadFile(pathFile)
	if err != nil || !strings.HasPrefix(string(added), runnerTemp) {
		t.Fatalf("the build step did not add its bin directory to GITHUB_PATH: %q %v", added, err)
	}
	path = strings.TrimSpace(string(added)) + string(os.PathListSeparator) + path

	tests := []struct {
		name     string
		inputs   map[string]string
		code     int
		want     []string // lines of the step's output, as regexps
		sarif    string   // the SARIF file the step writes, relative to the repository
		wantNone bool
	}{
		{name: "defaults", code: 1, want: []string{`^::error file=web/train.js,line=3,col=\d+,.*title=learning-rate::learning rate 0`}},
		{name: "from a subdirectory, with SARIF", code: 1,
			inputs: map[string]string{"working-directory": "web", "sarif-file": "tfjslint.sarif"},
			want:   []string{`^::error file=web/train.js,line=3,`}, sarif: "web/tfjslint.sarif"},
		{name: "several paths and flags", code: 0, wantNone: true,
			inputs: map[string]string{"path": "web lib", "args": "--no-sim --disable learning-rate"}},
		{name: "a usage error fails even with SARIF", code: 2,
			inputs: map[string]string{"args": "--no-such-flag", "sarif-file": "x.sarif"}},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			outputs := filepath.Join(tmp, "output-"+string(rune('a'+i)))
			out, code := step(lint, tt.inputs, outputs)
			if code != tt.code {
				t.Fatalf("exit %d, want %d:\n%s", code, tt.code, out)
			}
			for _, w := range tt.want {
				if !regexp.MustCompile(`(?m)` + w).MatchString(out) {
					t.Errorf("output lacks %s:\n%s", w, out)
				}
			}
			if tt.wantNone && out != "" {
				t.Errorf("want no output, got:\n%s", out)
			}
			if tt.sarif == "" {
				return
			}
			log, err := sarif.Open(filepath.Join(repo, tt.sarif))
			if err != nil {
				t.Fatalf("SARIF file: %v", err)
			}
			var got []string
			for _, r := range log.Runs[0].Results {
				got = append(got, *r.RuleID+" "+*r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			}
			if !slices.Equal(got, []string{"learning-rate web/train.js"}) {
				t.Errorf("SARIF results %v", got)
			}
			step, _ := os.ReadFile(outputs)
			if want := "sarif-file=" + filepath.Join(repo, tt.sarif) + "\n"; string(step) != want {
				t.Errorf("GITHUB_OUTPUT = %q, want %q", step, want)
			}
		})
	}
}
