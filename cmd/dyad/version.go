package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"runtime"
	"runtime/debug"

	"github.com/dyadproject/dyad/nlp"
	"github.com/spf13/cobra"
)

// version is set at link time: -ldflags "-X main.version=v1.2.3".
var version = ""

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of dyad and of its built-in model",
		Long: `Version prints the version of dyad, the Go release that built it, and the name,
version and training data of the built-in model bundle.`,
		Example:               `  dyad version`,
		Args:                  noArgs,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := cmd.OutOrStdout()
			fmt.Fprintln(w, versionString())
			fmt.Fprintf(w, "%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
			fmt.Fprintln(w, "model:", modelVersion())
			return nil
		},
	}
}

// versionString names this build.
func versionString() string {
	v := version
	info, ok := debug.ReadBuildInfo()
	if v == "" && ok && info.Main.Version != "" {
		v = info.Main.Version
	}
	if v == "" {
		v = "(devel)"
	}
	if ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
	}
	return "dyad " + v
}

// modelVersion describes the built-in bundle from its manifest, without
// loading the models.
func modelVersion() string {
	b, err := fs.ReadFile(defaultBundle(), "manifest.json")
	if err != nil {
		return "none built in (build one with: " + rebuildCommand + ")"
	}
	var m nlp.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return "unreadable manifest.json: " + err.Error()
	}
	s := fmt.Sprintf("%s %s (%s)", m.Name, m.Version, m.Language)
	for _, d := range m.Data {
		s += fmt.Sprintf(", trained on %s (%s)", d.Name, d.License)
	}
	return s
}
