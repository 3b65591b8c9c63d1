package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/nlp/conllu"
	"github.com/spf13/cobra"
)

func newParseCmd(load loader) *cobra.Command {
	var model string
	cmd := &cobra.Command{
		Use:   "parse [--model DIR] [FILE...]",
		Short: "Segment, tokenize, tag and parse text; print CoNLL-U",
		Long: `Parse reads plain UTF-8 text from each FILE, or from standard input when there
is none or FILE is "-", and annotates it with the model bundle: sentences,
tokens, part-of-speech tags (UPOS and XPOS), lemmas and dependency relations.

It prints CoNLL-U (https://universaldependencies.org/format.html) on standard
output, one document per input, headed "# newdoc id = FILE" for files. Each
word's MISC column gives its byte range in the input (TokenRange=start:end)
and SpaceAfter=No where no white space follows it.

Defects in the input, such as invalid UTF-8, are skipped and reported on
standard error as "FILE: byte N: message".`,
		Example: `  dyad parse article.txt
  dyad parse a.txt b.txt > parsed.conllu
  curl -s https://example.org/story.txt | dyad parse
  dyad parse --model ./my-bundle article.txt`,
		DisableFlagsInUseLine: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			p, err := load(model)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			stderr := cmd.ErrOrStderr()
			failed := 0
			for _, name := range args {
				if err := parseOne(p, cmd.InOrStdin(), out, stderr, name); err != nil {
					fmt.Fprintf(stderr, "dyad: %v\n", err)
					failed++
				}
			}
			if err := out.Flush(); err != nil {
				return err
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d inputs failed", failed, len(args))
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&model, "model", "", "load the model bundle from `DIR` instead of the built-in one")
	return cmd
}

// parseOne annotates one input and writes its CoNLL-U.
func parseOne(p annotator, stdin io.Reader, out io.Writer, stderr io.Writer, name string) error {
	var (
		text  []byte
		err   error
		label = name // in problem reports
		docID = name
	)
	if name == "-" {
		text, err = io.ReadAll(stdin)
		label, docID = "<stdin>", ""
	} else {
		text, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	d := &dyad.Document{ID: docID, Text: string(text)}
	p.Annotate(d)
	for _, pr := range d.Problems {
		fmt.Fprintf(stderr, "%s: %s\n", label, pr)
	}
	return conllu.Write(out, d, docID)
}
